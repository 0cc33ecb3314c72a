import { XR, type XRStore } from '@react-three/xr';
import { useEffect, useMemo, useState } from 'react';
import type { MenuSwitch } from './menuSwitch';
import { MenuSwitchContext } from './menuSwitch';
import { createRig, RigContext } from './rig';
import { XRRig } from './XRRig';

/**
 * Everything the headset adds inside the Canvas; the world itself is shared with the desktop.
 * The rig's and the menu's contexts wrap <XR> so that the controllers and hands it draws can
 * teleport the visitor and open the menu.
 */
export function PavilionXR({ xrStore }: { readonly xrStore: XRStore }) {
  const [rig] = useState(createRig);
  const [open, setOpen] = useState(false);
  const menu = useMemo<MenuSwitch>(
    () => ({ open, toggle: () => setOpen((was) => !was), close: () => setOpen(false) }),
    [open],
  );

  // A session that ends, however it ends, takes the menu with it.
  useEffect(
    () =>
      xrStore.subscribe((state, previous) => {
        if (previous.session && !state.session) setOpen(false);
      }),
    [xrStore],
  );

  return (
    <RigContext.Provider value={rig}>
      <MenuSwitchContext.Provider value={menu}>
        <XR store={xrStore}>
          <XRRig xrStore={xrStore} />
        </XR>
      </MenuSwitchContext.Provider>
    </RigContext.Provider>
  );
}
