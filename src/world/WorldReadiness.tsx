import { addAfterEffect, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { getTextRenderInfo } from 'troika-three-text';
import { usePavilionStore } from '../state/context';
import { FONT_BOLD, FONT_REGULAR, GLYPH_FIELDS } from './resources';
import { textSync } from './textSync';

/**
 * Fetches and parses a font in troika's worker, building no glyphs: each text asks for exactly the
 * glyphs it shows, and a text counts as typeset only once its glyphs are in the atlas, so the
 * "every text typeset" mark already covers them. (A preset alphabet built glyphs nobody showed,
 * and texts needing a glyph outside it queued behind the whole set.)
 */
function loadFont(font: string): Promise<void> {
  return new Promise((resolve) =>
    getTextRenderInfo({ ...GLYPH_FIELDS, font, text: '' }, () => resolve()),
  );
}

let fontsLoading: Promise<unknown> | undefined;

/**
 * Starts loading the fonts (once per page). The Stage calls it before the Canvas exists, so the
 * worker parses them while the renderer and the scene are being set up.
 */
export function preloadWorldFonts(): Promise<unknown> {
  fontsLoading ??= Promise.all([loadFont(FONT_REGULAR), loadFont(FONT_BOLD)]);
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
      if (!fontsReady.current || store.getState().worldReady) return;
      const share = synced / Math.max(1, synced + pending);
      store.getState().setLoad(0.6 + 0.3 * share, 'Setting the text');
      if (pending === 0) invalidate();
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
