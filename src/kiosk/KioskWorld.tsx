import { KioskStand3D } from './KioskStand3D';
import { PickGlows } from './PickGlows';
import type { StandLabel } from './standParts';

/** Plinth height in metres, as the hub builds it. */
const PLINTH_TOP = 1;

interface KioskWorldProps {
  /** The world's text component (local font, counted by the loading tracker). */
  readonly Label: StandLabel;
  /** The plinth's centre on the floor (the hub's KIOSK.center). */
  readonly at: readonly [number, number];
}

/** Everything the kiosk adds to the scene: its stand on the hub's plinth and the lit-up picks. */
export function KioskWorld({ Label, at }: KioskWorldProps) {
  return (
    <>
      <KioskStand3D Label={Label} at={at} plinthTop={PLINTH_TOP} />
      <PickGlows />
    </>
  );
}
