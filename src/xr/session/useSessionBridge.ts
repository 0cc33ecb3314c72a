import { useThree } from '@react-three/fiber';
import type { XRStore } from '@react-three/xr';
import { useEffect, useState } from 'react';
import { Quaternion, Vector3 } from 'three';
import { usePavilionStore } from '../../state/context';
import type { SessionMode } from '../../state/store';

/**
 * Ties a headset session to the rest of the app: the store's mode is 'xr' while it lasts, and
 * when it ends the desktop camera stands exactly where it stood before, with its controls back.
 * Kiosk answers and the place live in the store, so they come through untouched.
 * `onStart` hears where the desktop camera stood, to start the headset there.
 */
export function useSessionBridge(
  xrStore: XRStore,
  onStart: (from: { position: Vector3; yaw: number }) => void,
): void {
  const store = usePavilionStore();
  const invalidate = useThree((state) => state.invalidate);
  // The camera before any session: the desktop one, which the session swaps out for its own.
  const mountCamera = useThree((state) => state.camera);
  const [desktopCamera] = useState(mountCamera);

  useEffect(() => {
    const saved = { position: new Vector3(), quaternion: new Quaternion() };
    let before: SessionMode = 'desktop';

    return xrStore.subscribe((state, previous) => {
      if (state.session === previous.session) return;
      if (state.session) {
        saved.position.copy(desktopCamera.position);
        saved.quaternion.copy(desktopCamera.quaternion);
        before = store.getState().mode === 'xr' ? before : store.getState().mode;
        store.getState().setMode('xr');
        onStart({ position: saved.position.clone(), yaw: desktopCamera.rotation.y });
        return;
      }
      desktopCamera.position.copy(saved.position);
      desktopCamera.quaternion.copy(saved.quaternion);
      desktopCamera.updateMatrixWorld();
      store.getState().setMode(before);
      invalidate();
    });
  }, [xrStore, store, desktopCamera, invalidate, onStart]);
}
