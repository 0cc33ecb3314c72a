import { describe, expect, it } from 'vitest';
import { pickFrameRate } from '../../../src/xr/session/frameRate';
import { checkXRSupport, unavailableNote, type XREnvironment } from '../../../src/xr/support';

const headset = (answer: boolean | Error): XREnvironment['xr'] => ({
  isSessionSupported: () =>
    answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer),
});

describe('finding a headset', () => {
  it('offers VR only when the browser says immersive VR is supported', async () => {
    const env = { secure: true, xr: headset(true), policyAllows: true };
    expect(await checkXRSupport(env)).toEqual({ kind: 'supported' });
  });

  it('says why not, in order: secure page, WebXR, the frame’s policy, a headset', async () => {
    const base = { secure: true, xr: headset(false), policyAllows: undefined };
    expect(await checkXRSupport({ ...base, secure: false })).toMatchObject({ reason: 'insecure' });
    expect(await checkXRSupport({ ...base, xr: undefined })).toMatchObject({ reason: 'no-webxr' });
    expect(await checkXRSupport({ ...base, policyAllows: false })).toMatchObject({
      reason: 'blocked',
    });
    expect(await checkXRSupport(base)).toMatchObject({ reason: 'no-headset' });
  });

  it('reads a SecurityError from the check as a frame that does not allow XR', async () => {
    const refused = new DOMException('not allowed', 'SecurityError');
    const env = { secure: true, xr: headset(refused), policyAllows: undefined };
    expect(await checkXRSupport(env)).toMatchObject({ reason: 'blocked' });
  });

  it('has a note for every reason', () => {
    for (const reason of ['insecure', 'no-webxr', 'blocked', 'no-headset'] as const) {
      expect(unavailableNote(reason).length).toBeGreaterThan(10);
    }
  });

  it('asks for 72 Hz when offered, else the nearest rate above, else the highest', () => {
    expect(pickFrameRate([72, 80, 90, 120])).toBe(72);
    expect(pickFrameRate([60, 90, 120])).toBe(90);
    expect(pickFrameRate([60])).toBe(60);
    expect(pickFrameRate([])).toBe(false);
  });
});
