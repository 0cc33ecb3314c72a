/**
 * Whether this browser can show the pavilion in a headset, and if not, why, in words a visitor
 * can act on. No XR library is loaded to find out: only the browser's own `navigator.xr`.
 */

export type XRUnavailableReason = 'insecure' | 'no-webxr' | 'blocked' | 'no-headset';

export type XRSupport =
  | { readonly kind: 'supported' }
  | { readonly kind: 'unavailable'; readonly reason: XRUnavailableReason };

/** The parts of the browser the check reads; the page's own objects by default. */
export interface XREnvironment {
  readonly secure: boolean;
  readonly xr: Pick<XRSystem, 'isSessionSupported'> | undefined;
  /** False when the page's permissions policy refuses `xr-spatial-tracking` (e.g. an iframe). */
  readonly policyAllows: boolean | undefined;
}

interface PolicyDocument {
  readonly featurePolicy?: { allowsFeature(feature: string): boolean };
  readonly permissionsPolicy?: { allowsFeature(feature: string): boolean };
}

export function pageEnvironment(): XREnvironment {
  const policy =
    (document as PolicyDocument).permissionsPolicy ?? (document as PolicyDocument).featurePolicy;
  return {
    secure: window.isSecureContext,
    xr: navigator.xr,
    policyAllows: policy?.allowsFeature('xr-spatial-tracking'),
  };
}

export async function checkXRSupport(env: XREnvironment): Promise<XRSupport> {
  // Browsers hide navigator.xr outside secure contexts: say that, not "no WebXR".
  if (!env.secure) return { kind: 'unavailable', reason: 'insecure' };
  if (!env.xr) return { kind: 'unavailable', reason: 'no-webxr' };
  if (env.policyAllows === false) return { kind: 'unavailable', reason: 'blocked' };
  try {
    const supported = await env.xr.isSessionSupported('immersive-vr');
    return supported ? { kind: 'supported' } : { kind: 'unavailable', reason: 'no-headset' };
  } catch (error) {
    // A permissions policy that refuses XR makes the check throw a SecurityError.
    const blocked = error instanceof DOMException && error.name === 'SecurityError';
    return { kind: 'unavailable', reason: blocked ? 'blocked' : 'no-webxr' };
  }
}

/** The short note shown where the Enter VR control would be. */
export function unavailableNote(reason: XRUnavailableReason): string {
  switch (reason) {
    case 'insecure':
      return 'No VR here: headsets need a secure (https) page.';
    case 'no-webxr':
      return 'No VR here: this browser has no WebXR.';
    case 'blocked':
      return 'No VR here: the page around the pavilion does not allow it.';
    case 'no-headset':
      return 'No VR headset found.';
  }
}
