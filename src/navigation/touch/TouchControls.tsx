import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { usePavilionStore } from '../../state/context';
import { clampPitch, type Motion } from '../motion';
import { wrapAngle } from '../viewpoints';
import { lookFromDrag, stickFromDrag, touchRole } from './gestures';
import { createJoystickView } from './joystickView';
import './touch.css';

const REST = { forward: 0, sideways: 0, fast: false } as const;

interface Finger {
  readonly role: 'walk' | 'look';
  readonly startX: number;
  readonly startY: number;
  lastX: number;
  lastY: number;
}

/**
 * Touch navigation, mounted inside the Canvas beside the desktop controls (a tablet with a
 * keyboard gets both): a thumb landing on the left of the world walks with a joystick that
 * appears under it; a drag anywhere else looks around. Taps reach the world as clicks (fiber),
 * so tapping a booth or a control travels as a click does. Only touch pointers are handled here.
 */
export function TouchControls({ motion }: { readonly motion: Motion }) {
  const store = usePavilionStore();
  const canvas = useThree((state) => state.gl.domElement);
  const invalidate = useThree((state) => state.invalidate);

  useEffect(() => {
    // A phone or tablet whose main pointer is a finger starts in touch mode; any other device
    // switches on its first touch. Capability, not the user agent, decides.
    if (window.matchMedia?.('(pointer: coarse)').matches && store.getState().mode === 'desktop') {
      store.getState().setMode('touch');
    }
    const container = canvas.parentElement ?? canvas;
    const joystick = createJoystickView(container);
    const fingers = new Map<number, Finger>();
    const walking = () => [...fingers.values()].some((finger) => finger.role === 'walk');

    const onDown = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') {
        // A mouse on a touch screen: the visitor is back at the desk.
        if (store.getState().mode === 'touch') store.getState().setMode('desktop');
        return;
      }
      if (store.getState().mode === 'desktop') store.getState().setMode('touch');
      const box = canvas.getBoundingClientRect();
      const x = event.clientX - box.left;
      const y = event.clientY - box.top;
      const role = touchRole(x, box.width, walking());
      fingers.set(event.pointerId, { role, startX: x, startY: y, lastX: x, lastY: y });
      if (role === 'walk') joystick.show(x, y);
    };

    const onMove = (event: PointerEvent) => {
      const finger = fingers.get(event.pointerId);
      if (!finger) return;
      const box = canvas.getBoundingClientRect();
      const x = event.clientX - box.left;
      const y = event.clientY - box.top;
      if (finger.role === 'walk') {
        const dx = x - finger.startX;
        const dy = y - finger.startY;
        motion.stick = stickFromDrag(dx, dy);
        joystick.drag(dx, dy);
      } else if (!motion.glide) {
        // During a glide the trip steers the view; looking resumes when it ends.
        const turn = lookFromDrag(x - finger.lastX, y - finger.lastY);
        motion.yaw = wrapAngle(motion.yaw + turn.yaw);
        motion.pitch = clampPitch(motion.pitch + turn.pitch);
      }
      finger.lastX = x;
      finger.lastY = y;
      invalidate();
    };

    const onUp = (event: PointerEvent) => {
      const finger = fingers.get(event.pointerId);
      if (!finger) return;
      fingers.delete(event.pointerId);
      if (finger.role === 'walk') {
        motion.stick = REST;
        joystick.hide();
        invalidate();
      }
    };

    // Safari's own pinch gestures ignore touch-action: refuse them on the world only, so the
    // rest of the page still zooms for those who need it.
    const refuseGesture = (event: Event) => event.preventDefault();

    canvas.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    canvas.addEventListener('gesturestart', refuseGesture);
    canvas.addEventListener('gesturechange', refuseGesture);
    return () => {
      canvas.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
      canvas.removeEventListener('gesturestart', refuseGesture);
      canvas.removeEventListener('gesturechange', refuseGesture);
      motion.stick = REST;
      joystick.dispose();
    };
  }, [store, canvas, motion, invalidate]);

  return null;
}
