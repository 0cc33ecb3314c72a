import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { usePavilionStore } from '../state/context';
import { selectDerived } from '../state/selectors';
import { debugStartPose } from '../world/debugStartPose';
import { useHeldKeys } from './keyboard';
import { createNavigator } from './navigator';
import { useCentrePicking, usePointerLook } from './pointer-look';
import { TouchControls } from './touch/TouchControls';

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Desktop navigation, mounted inside the Canvas: mouse look under pointer lock, keyboard walking
 * with collisions, glides (or cuts) for travel requests, and frames only while something moves
 * (the Canvas renders on demand).
 */
export function DesktopControls() {
  const store = usePavilionStore();
  // The camera at mount is the visitor's own: a headset session swaps in its own camera for a
  // while, and the desktop pose must wait, untouched, for the visitor's return.
  const mountCamera = useThree((state) => state.camera);
  const [camera] = useState(mountCamera);
  const invalidate = useThree((state) => state.invalidate);
  const navigator = useMemo(() => {
    const reducedMotion = () => prefersReducedMotion() || store.getState().settings.reducedMotion;
    // Only with ?debug=1: a test's start pose, which the first cut would otherwise undo.
    const startPose = () => debugStartPose(window.location.search, selectDerived(store.getState()));
    return createNavigator(store, camera, { reducedMotion, startPose });
  }, [store, camera]);

  useEffect(() => {
    const stop = navigator.start(invalidate);
    invalidate();
    return stop;
  }, [navigator, invalidate]);

  const held = useHeldKeys((command) => {
    const state = store.getState();
    if (command === 'home') state.travelTo('hub', 'key');
    else if (command === 'help') state.setHelpOpen(!state.helpOpen);
    else invalidate();
  });
  usePointerLook(navigator.motion, invalidate);
  useCentrePicking();

  useFrame((_, delta) => {
    if (store.getState().mode === 'xr') return;
    if (navigator.frame(delta, held.current)) invalidate();
  });

  return <TouchControls motion={navigator.motion} />;
}
