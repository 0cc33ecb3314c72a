import { XR, type XRStore } from '@react-three/xr';
import { useState } from 'react';
import { createRig, RigContext } from './rig';
import { XRRig } from './XRRig';

/**
 * Everything the headset adds inside the Canvas; the world itself is shared with the desktop.
 * The rig's context wraps <XR> so that the controllers it draws can teleport the visitor.
 */
export function PavilionXR({ xrStore }: { readonly xrStore: XRStore }) {
  const [rig] = useState(createRig);
  return (
    <RigContext.Provider value={rig}>
      <XR store={xrStore}>
        <XRRig xrStore={xrStore} />
      </XR>
    </RigContext.Provider>
  );
}
