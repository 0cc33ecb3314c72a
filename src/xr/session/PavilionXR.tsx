import { XR, type XRStore } from '@react-three/xr';
import { XRRig } from './XRRig';

/** Everything the headset adds inside the Canvas; the world itself is shared with the desktop. */
export function PavilionXR({ xrStore }: { readonly xrStore: XRStore }) {
  return (
    <XR store={xrStore}>
      <XRRig xrStore={xrStore} />
    </XR>
  );
}
