import {
  CombinedPointer,
  DefaultXRInputSourceRayPointer,
  DefaultXRInputSourceTeleportPointer,
  XRSpace,
} from '@react-three/xr';

/** Pointer colours: the kiosk's own accent for pressing, a calm teal for the teleport arc. */
const RAY_COLOUR = '#8ab4ff';
const ARC_COLOUR = '#5fd3bc';

/**
 * A controller as the pavilion draws it: a small handle in the hand, a ray that presses plates
 * and booths, and a teleport arc that takes over when it is aimed at the floor (whichever hits
 * nearer wins). Made of two primitives: nothing is loaded.
 */
export function PavilionController() {
  return (
    <>
      <XRSpace space="grip-space">
        <mesh rotation={[Math.PI / 2 - 0.35, 0, 0]} position={[0, 0, 0.02]}>
          <cylinderGeometry args={[0.016, 0.022, 0.13, 12]} />
          <meshBasicMaterial color="#2a3346" />
        </mesh>
      </XRSpace>
      <CombinedPointer>
        <DefaultXRInputSourceRayPointer
          makeDefault
          minDistance={0.2}
          rayModel={{ color: RAY_COLOUR, maxLength: 6 }}
          cursorModel={{ color: RAY_COLOUR }}
        />
        <DefaultXRInputSourceTeleportPointer
          rayModel={{ color: ARC_COLOUR }}
          cursorModel={{ color: ARC_COLOUR }}
        />
      </CombinedPointer>
    </>
  );
}
