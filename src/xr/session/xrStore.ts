import { createXRStore, type XRStore } from '@react-three/xr';
import { pickFrameRate } from './frameRate';
import { CLICK_MS, PavilionController } from './PavilionController';
import { PavilionHand } from './PavilionHand';

/**
 * The pavilion's XR store. Controllers and hands are drawn by our own small components, and
 * their button layout comes from this app's own profile (public/xr/profiles/), so a session
 * fetches nothing from another origin.
 */
export function createPavilionXRStore(origin: string): XRStore {
  return createXRStore({
    // Our own Enter VR control starts sessions; the browser's offer would race it.
    offerSession: false,
    // Tests install their emulated headset themselves, before the app looks for one.
    emulate: false,
    frameRate: pickFrameRate,
    baseAssetPath: new URL('/xr/profiles/', origin).href,
    defaultControllerProfileId: 'pavilion-controller',
    controller: PavilionController,
    hand: PavilionHand,
    // Gaze-and-pinch headsets (no controllers) point with transient pointers: a cursor, no ray.
    transientPointer: { clickThresholdMs: CLICK_MS, cursorModel: { color: '#ffd166' } },
    gaze: false,
    screenInput: false,
    handTracking: true,
    anchors: false,
    hitTest: false,
    planeDetection: false,
    meshDetection: false,
    layers: false,
    domOverlay: false,
  });
}
