import { DefaultXRInputSourceRayPointer, XRSpace } from '@react-three/xr';
import { useRef } from 'react';
import type { Group } from 'three';
import { TeleportAim } from './TeleportAim';

/** The ray's colour: the kiosk's own accent. */
const RAY_COLOUR = '#8ab4ff';
/**
 * A press and release within this long counts as a click. The library's 300 ms is short for an
 * unhurried trigger pull, and for a hand that needs longer.
 */
export const CLICK_MS = 800;

/**
 * A controller as the pavilion draws it: a small handle in the hand, a ray whose trigger
 * presses plates, controls and booths, and a teleport arc on the thumbstick. Two primitives and
 * a line: nothing is loaded.
 */
export function PavilionController() {
  const aim = useRef<Group>(null);
  return (
    <>
      <XRSpace space="grip-space">
        <mesh rotation={[Math.PI / 2 - 0.35, 0, 0]} position={[0, 0, 0.02]}>
          <cylinderGeometry args={[0.016, 0.022, 0.13, 12]} />
          <meshBasicMaterial color="#2a3346" />
        </mesh>
      </XRSpace>
      <XRSpace ref={aim} space="target-ray-space" />
      <DefaultXRInputSourceRayPointer
        makeDefault
        minDistance={0.2}
        clickThresholdMs={CLICK_MS}
        rayModel={{ color: RAY_COLOUR, maxLength: 6 }}
        cursorModel={{ color: RAY_COLOUR }}
      />
      <TeleportAim aim={aim} />
    </>
  );
}
