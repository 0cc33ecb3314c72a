import { metaQuest3, XRDevice } from 'iwer';

/**
 * Test-only: an emulated Quest 3 (iwer) installed over the browser's own WebXR, which in
 * headless Chromium reports no headset. Loaded only with `?debug=1&xr-emulate=quest3`, before
 * the pavilion checks for a headset. The device stays on `window.__pavilionHeadset` so a test
 * can move the controllers and press their buttons.
 */

declare global {
  interface Window {
    __pavilionHeadset?: XRDevice;
  }
}

export function installEmulatedHeadset(): XRDevice {
  const device = new XRDevice(metaQuest3, { stereoEnabled: true });
  // Headless Chromium has its own navigator.xr (with no headset): replace it.
  device.installRuntime({ forceInstall: true });
  window.__pavilionHeadset = device;
  return device;
}
