import { useEffect } from 'react';
import { KIOSK } from '../floorplan/layout';
import { KioskWorld } from '../kiosk/KioskWorld';
import { DesktopControls, NavigationOverlay } from '../navigation';
import { usePavilionStore } from '../state/context';
import { Label } from '../world/Label';
import { Stage } from '../world/Stage';
import { XRControls } from '../xr/XRControls';
import { XRGate, XRMount } from '../xr/XRGate';
import { ContextWatch } from './ContextWatch';
import { ReadAsText } from './ReadAsText';
import './world.css';

/**
 * The lazily loaded 3D chunk: the stage and, inside it, the navigation controls. Nothing here is
 * in the first paint's bundle.
 */
export default function World3D({ onContextGiveUp }: { readonly onContextGiveUp: () => void }) {
  const store = usePavilionStore();
  useEffect(() => {
    store.getState().setLoad(0.3, 'Building the hall');
  }, [store]);

  return (
    <XRGate>
      <div className="world-stage">
        <Stage>
          <KioskWorld Label={Label} plinth={KIOSK} />
          <DesktopControls />
          <XRMount />
          <ContextWatch onGiveUp={onContextGiveUp} />
        </Stage>
        {/* Hub and ? live in the shell's top bar. */}
        <NavigationOverlay bar={false} />
        <ReadAsText />
        <XRControls />
      </div>
    </XRGate>
  );
}
