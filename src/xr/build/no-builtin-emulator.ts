/**
 * Stands in for @react-three/xr's built-in emulator module in the build (see vite.config.ts).
 * That module carries iwer's developer UI and its synthetic rooms (about 1.7 MB gzip), which the
 * pavilion never loads: its store is created with `emulate: false`, and tests install their own
 * emulated headset (src/xr/emulate.ts). Reaching this means that option was switched back on.
 */
export function emulate(): never {
  throw new Error(
    '[pavilion:xr] the built-in XR emulator is left out of the build: keep `emulate: false` and ' +
      'use ?debug=1&xr-emulate=quest3 instead',
  );
}
