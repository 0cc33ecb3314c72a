import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { usePavilionStore } from '../state/context';
import { CONTEXT_NOTICE_ID } from './view-state';

/** How long a lost WebGL context may take to come back before the 2D view takes over. */
export const CONTEXT_RESTORE_WAIT_MS = 4000;

/**
 * Mounted inside the Canvas: when the browser takes the WebGL context away (driver reset, too
 * many contexts, a tab in the background on mobile), says so and waits. three.js re-uploads
 * everything it holds on the CPU after a restore; the world keeps no GPU-only resources (no
 * render targets), so one fresh frame is all it needs. No restore in time: `onGiveUp`.
 */
export function ContextWatch({ onGiveUp }: { readonly onGiveUp: () => void }) {
  const store = usePavilionStore();
  const canvas = useThree((state) => state.gl.domElement);
  const invalidate = useThree((state) => state.invalidate);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onLost = (event: Event) => {
      // Without this the browser never offers the context back.
      event.preventDefault();
      const text = 'The 3D view lost its graphics context. Recovering…';
      store.getState().notify('warning', text, CONTEXT_NOTICE_ID);
      clearTimeout(timer);
      timer = setTimeout(onGiveUp, CONTEXT_RESTORE_WAIT_MS);
    };
    const onRestored = () => {
      clearTimeout(timer);
      store.getState().dismissNotice(CONTEXT_NOTICE_ID);
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      clearTimeout(timer);
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
    };
  }, [store, canvas, invalidate, onGiveUp]);

  return null;
}
