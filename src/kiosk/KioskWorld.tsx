import { KioskStand3D } from './KioskStand3D';
import { PickGlows } from './PickGlows';
import type { StandLabel } from './standParts';

/** Plinth height in metres, as the hub builds it. */
const PLINTH_TOP = 1;

interface KioskWorldProps {
  /** The world's text component (local font, counted by the loading tracker). */
  readonly Label: StandLabel;
  /** The hub's plinth: its centre on the floor and the yaw that turns its face to the start. */
  readonly plinth: { readonly center: readonly [number, number]; readonly yaw: number };
}

/** Everything the kiosk adds to the scene: its stand on the hub's plinth and the lit-up picks. */
export function KioskWorld({ Label, plinth }: KioskWorldProps) {
  return (
    <>
      <KioskStand3D Label={Label} at={plinth.center} yaw={plinth.yaw} plinthTop={PLINTH_TOP} />
      <PickGlows />
    </>
  );
}
