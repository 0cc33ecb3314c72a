import { useEffect } from 'react';
import { KioskWorld } from '../kiosk/KioskWorld';
import { DesktopControls, NavigationOverlay } from '../navigation';
import { usePavilionStore } from '../state/context';
import { Label } from '../world/Label';
import { KIOSK } from '../world/layout';
import { Stage } from '../world/Stage';
import './world.css';

/**
 * The lazily loaded 3D chunk: the stage and, inside it, the navigation controls. Nothing here is
 * in the first paint's bundle.
 */
export default function World3D() {
  const store = usePavilionStore();
  useEffect(() => {
    store.getState().setLoad(0.3, 'Building the hall');
  }, [store]);

  return (
    <div className="world-stage">
      <Stage>
        <KioskWorld Label={Label} plinth={KIOSK} />
        <DesktopControls />
      </Stage>
      <NavigationOverlay />
    </div>
  );
}
