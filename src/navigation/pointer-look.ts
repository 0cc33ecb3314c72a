import { type RootState, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { usePavilionStore } from '../state/context';
import { clampPitch, LOOK_SENSITIVITY, type Motion } from './motion';
import { isLocked, LOOK_HINT, LOOK_HINT_ID, requestLook } from './pointer-lock';
import { wrapAngle } from './viewpoints';

/** Pixels of mouse movement in one event beyond which the event is not a real movement. */
const MAX_MOVEMENT = 300;

/**
 * Click the world (not a booth or another 3D control) to capture the mouse, then move it to
 * look around. Esc releases the mouse
 * (the browser does that); nothing here needs to know, as every read asks the document.
 */
export function usePointerLook(motion: Motion, invalidate: () => void): void {
  const store = usePavilionStore();
  const canvas = useThree((state) => state.gl.domElement);

  useEffect(() => {
    const refused = () => store.getState().notify('info', LOOK_HINT, LOOK_HINT_ID);

    // On the window, so it runs after fiber's handlers (on the canvas's parent) have seen the
    // click: a click a 3D control claimed (claimClick) travels or answers, and captures nothing.
    const onClick = (event: MouseEvent) => {
      if (event.target !== canvas || event.defaultPrevented) return;
      // Touch screens have no pointer lock (iOS lacks the API); they get their own controls.
      if (event instanceof PointerEvent && event.pointerType !== 'mouse') return;
      if (!('requestPointerLock' in canvas) || isLocked(canvas)) return;
      requestLook(canvas, refused);
    };
    const onLockChange = () => {
      if (isLocked(canvas)) store.getState().dismissNotice(LOOK_HINT_ID);
      // The crosshair and hover move with the lock: draw once more.
      invalidate();
    };
    const onMouseMove = (event: MouseEvent) => {
      // During a glide the trip steers the view; looking resumes when it ends.
      if (!isLocked(canvas) || motion.glide) return;
      // Chromium sometimes reports one huge jump right after locking; a hand cannot do that.
      if (Math.abs(event.movementX) > MAX_MOVEMENT || Math.abs(event.movementY) > MAX_MOVEMENT)
        return;
      motion.yaw = wrapAngle(motion.yaw - event.movementX * LOOK_SENSITIVITY);
      motion.pitch = clampPitch(motion.pitch - event.movementY * LOOK_SENSITIVITY);
      invalidate();
    };

    window.addEventListener('click', onClick);
    document.addEventListener('pointerlockchange', onLockChange);
    document.addEventListener('pointerlockerror', refused);
    document.addEventListener('mousemove', onMouseMove);
    return () => {
      window.removeEventListener('click', onClick);
      document.removeEventListener('pointerlockchange', onLockChange);
      document.removeEventListener('pointerlockerror', refused);
      document.removeEventListener('mousemove', onMouseMove);
      if (isLocked(canvas)) document.exitPointerLock();
    };
  }, [store, canvas, motion, invalidate]);
}

/**
 * While the mouse is captured its cursor is hidden and frozen wherever it was: clicks and hover
 * must pick what the crosshair shows, at the screen centre.
 */
export function useCentrePicking(): void {
  const setEvents = useThree((state) => state.setEvents);
  const get = useThree((state) => state.get);

  useEffect(() => {
    const previous = get().events.compute;
    setEvents({
      compute(event, state: RootState) {
        if (isLocked(state.gl.domElement)) state.pointer.set(0, 0);
        else {
          state.pointer.set(
            (event.offsetX / state.size.width) * 2 - 1,
            -(event.offsetY / state.size.height) * 2 + 1,
          );
        }
        state.raycaster.setFromCamera(state.pointer, state.camera);
      },
    });
    return () => setEvents({ compute: previous });
  }, [setEvents, get]);
}
