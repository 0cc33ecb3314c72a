import { addAfterEffect, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { getTextRenderInfo } from 'troika-three-text';
import { usePavilionStore } from '../state/context';
import { FONT_BOLD, FONT_REGULAR, GLYPH_FIELDS, START_GLYPHS } from './resources';
import { textSync } from './textSync';

/**
 * Fetches and parses a font in troika's worker and builds the glyphs nearly every text needs, so
 * that they are in the atlas when the texts are typeset. The world is ready only once these are
 * built too: a text whose glyphs are all known counts as typeset at once, even while their
 * fields are still being built.
 */
function loadFont(font: string, glyphs: string): Promise<void> {
  return new Promise((resolve) =>
    getTextRenderInfo({ ...GLYPH_FIELDS, font, text: glyphs }, () => resolve()),
  );
}

/**
 * Whether troika can write glyph fields now: its atlas is a WebGL canvas of its own, and when it
 * gets no context the failure surfaces inside troika as an unhandled rejection we cannot catch.
 * The shell's probe said yes at start-up, but the context three asks for next may still be
 * refused (then the 2D view takes over); glyphs are only built ahead once a context is at hand.
 */
function glyphAtlasUsable(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

let fontsLoading: Promise<unknown> | undefined;

/**
 * Starts loading the fonts (once per page). The Stage calls it before the Canvas exists, so the
 * workers parse them and build their common glyphs while the renderer and the scene are set up.
 */
export function preloadWorldFonts(): Promise<unknown> {
  if (!fontsLoading) {
    const glyphs = glyphAtlasUsable() ? START_GLYPHS : '';
    fontsLoading = Promise.all([loadFont(FONT_REGULAR, glyphs), loadFont(FONT_BOLD, glyphs)]);
  }
  return fontsLoading;
}

/**
 * Reports real loading progress (fonts, then text typesetting, then the first frame) and marks
 * the world ready once a frame has been drawn with every mounted text typeset.
 */
export function WorldReadiness() {
  const store = usePavilionStore();
  const invalidate = useThree((state) => state.invalidate);
  const fontsReady = useRef(false);

  useEffect(() => {
    let cancelled = false;
    const { setLoad } = store.getState();
    setLoad(0.4, 'Loading fonts');
    preloadWorldFonts().then(() => {
      if (cancelled) return;
      fontsReady.current = true;
      store.getState().setLoad(0.6, 'Setting the text');
      invalidate();
    });
    return () => {
      cancelled = true;
    };
  }, [store, invalidate]);

  useEffect(() => {
    const report = () => {
      const { pending, synced } = textSync.snapshot();
      // The frame that shows the texts typeset since the last one (a Label asks for none while
      // others are pending); also when the last pending text was unmounted instead.
      if (pending === 0) invalidate();
      if (!fontsReady.current || store.getState().worldReady) return;
      const share = synced / Math.max(1, synced + pending);
      store.getState().setLoad(0.6 + 0.3 * share, 'Setting the text');
    };
    const unsubscribe = textSync.subscribe(report);
    // After each drawn frame: once a frame went out with all text typeset, the world is ready.
    const removeAfter = addAfterEffect(() => {
      const { pending, synced } = textSync.snapshot();
      const state = store.getState();
      if (state.worldReady || !fontsReady.current || pending > 0 || synced === 0) return;
      state.markWorldReady();
    });
    return () => {
      unsubscribe();
      removeAfter();
    };
  }, [store, invalidate]);

  return null;
}
