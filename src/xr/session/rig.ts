import { createContext, useContext } from 'react';
import type { Object3D } from 'three';
import type { WalkArea } from '../../navigation/collide';
import {
  type FloorSpot,
  headInWorld,
  type OriginPose,
  originForHeadAt,
  teleportAllowed,
} from '../locomotion';

/**
 * The headset visitor's rig, shared by the rig component and the controllers: where the play
 * space's origin stands in the pavilion, the floor it may move on, and the camera inside it.
 * Mutable on purpose: it changes every frame and never goes through React.
 */
export interface Rig {
  readonly origin: OriginPose;
  area: WalkArea;
  /** The session's camera (the head); set once the rig mounts. */
  head: Object3D | null;
  /** Where the head stands on the floor, in the pavilion. */
  headSpot(): FloorSpot;
  /** Moves the head over `spot` if a visitor may stand there; returns whether it did. */
  teleportTo(spot: FloorSpot): boolean;
  /** Whether a teleport to `spot` would be taken. */
  canLand(spot: FloorSpot): boolean;
}

function headOffset(head: Object3D | null): FloorSpot {
  return head ? { x: head.position.x, z: head.position.z } : { x: 0, z: 0 };
}

export function createRig(): Rig {
  const rig: Rig = {
    origin: { x: 0, z: 0, yaw: 0 },
    area: { obstacles: [] },
    head: null,
    headSpot: () => headInWorld(rig.origin, headOffset(rig.head)),
    canLand: (spot) => teleportAllowed(rig.area, spot),
    teleportTo(spot) {
      if (!rig.canLand(spot)) return false;
      Object.assign(rig.origin, originForHeadAt(rig.origin, headOffset(rig.head), spot));
      return true;
    },
  };
  return rig;
}

export const RigContext = createContext<Rig | null>(null);

export function useRig(): Rig {
  const rig = useContext(RigContext);
  if (!rig) throw new Error('[pavilion:xr] useRig() needs the headset rig above it');
  return rig;
}
