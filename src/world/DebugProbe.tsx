import { addAfterEffect, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import { usePavilionStore } from '../state/context';
import { selectDerived } from '../state/selectors';
import { placeKey } from '../state/store';
import { type PavilionDebugSnapshot, publishSnapshot, removeSnapshot } from './debugHook';
import { textSync } from './textSync';

/**
 * Publishes `window.__pavilion` for automated tests (mounted only with `?debug=1`): after every
 * rendered frame and on every store change, a new frozen snapshot replaces the old one.
 */
export function DebugProbe() {
  const store = usePavilionStore();
  const gl = useThree((state) => state.gl);
  const camera = useThree((state) => state.camera);

  useEffect(() => {
    let frames = 0;
    // Taken after each frame only, so that the counts and `renderer` describe the same frame.
    let texts = textSync.snapshot();
    const direction = new Vector3();
    const position = new Vector3();
    const publish = () => {
      const state = store.getState();
      const derived = selectDerived(state);
      camera.getWorldDirection(direction);
      camera.getWorldPosition(position);
      const { render, memory, programs } = gl.info;
      const snapshot: PavilionDebugSnapshot = {
        ready: state.worldReady,
        place: placeKey(state.place),
        booths: derived.booths.map((booth, i) => ({
          id: booth.platform.id,
          rank: booth.ranked.position,
          score: booth.ranked.total,
          scale: booth.scale,
          position: [...(derived.layout.booths[i]?.position ?? [0, 0, 0])],
        })),
        camera: {
          position: [position.x, position.y, position.z],
          direction: [direction.x, direction.y, direction.z],
        },
        renderer: {
          calls: render.calls,
          triangles: render.triangles,
          geometries: memory.geometries,
          textures: memory.textures,
          programs: programs?.length ?? 0,
        },
        frames,
        texts,
        mode: state.mode,
        views: gl.xr.isPresenting ? Math.max(1, gl.xr.getCamera().cameras.length) : 1,
      };
      publishSnapshot(snapshot);
    };

    publish();
    const removeAfter = addAfterEffect(() => {
      frames++;
      texts = textSync.snapshot();
      publish();
    });
    const unsubscribe = store.subscribe(publish);
    return () => {
      removeAfter();
      unsubscribe();
      removeSnapshot();
    };
  }, [store, gl, camera]);

  return null;
}
