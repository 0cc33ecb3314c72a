/** Test-only switch: `?debug=1&xr-emulate=quest3` asks for an emulated headset (src/xr/emulate.ts). */

export type EmulatedHeadset = 'quest3';

/** The headset the address asks to emulate; none unless the debug hook is on too. */
export function emulationRequested(search: string): EmulatedHeadset | null {
  const params = new URLSearchParams(search);
  if (params.get('debug') !== '1') return null;
  return params.get('xr-emulate') === 'quest3' ? 'quest3' : null;
}
