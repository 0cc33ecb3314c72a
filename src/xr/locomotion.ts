import { isClear, type WalkArea } from '../navigation/collide';

/**
 * Headset movement as plain arithmetic: where the play-space origin goes after a snap turn or a
 * teleport, and when a thumbstick flick counts as one turn. The origin is the floor point the
 * headset's tracking is measured from; the head moves inside it.
 */

export interface OriginPose {
  x: number;
  z: number;
  /** Rotation about the vertical axis, radians (three's rotation.y). */
  yaw: number;
}

export interface FloorSpot {
  readonly x: number;
  readonly z: number;
}

/** Where the head stands in the world for a head offset measured inside the origin. */
export function headInWorld(origin: OriginPose, local: FloorSpot): FloorSpot {
  const cos = Math.cos(origin.yaw);
  const sin = Math.sin(origin.yaw);
  return {
    x: origin.x + cos * local.x + sin * local.z,
    z: origin.z - sin * local.x + cos * local.z,
  };
}

/**
 * Turns the origin by `angle` (radians, positive turns left) about the head, so the visitor
 * turns on the spot instead of swinging round the play space's centre.
 */
export function snapTurn(origin: OriginPose, head: FloorSpot, angle: number): OriginPose {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const dx = origin.x - head.x;
  const dz = origin.z - head.z;
  return {
    x: head.x + cos * dx + sin * dz,
    z: head.z - sin * dx + cos * dz,
    yaw: origin.yaw + angle,
  };
}

/** The origin that puts the head (at `local` inside it) over `target`, keeping the yaw. */
export function originForHeadAt(
  origin: OriginPose,
  local: FloorSpot,
  target: FloorSpot,
): OriginPose {
  const head = headInWorld(origin, local);
  return { x: origin.x + target.x - head.x, z: origin.z + target.z - head.z, yaw: origin.yaw };
}

/**
 * A teleport may land only where a visitor fits: never inside a booth or the hub's structures,
 * never past the edge.
 */
export function teleportAllowed(area: WalkArea, spot: FloorSpot): boolean {
  // TODO: the arc passes through walls; stop it at the first wall once obstacles carry heights.
  return isClear(area, spot.x, spot.z);
}

/** The teleport arc: a thrown point's path, so aiming higher reaches further (up to ~21 m). */
export const ARC_SPEED = 14;
const GRAVITY = 9.8;
export const ARC_STEPS = 32;
const ARC_SECONDS = 3;

export interface Point3 {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/**
 * Traces the arc from `start` along the unit vector `aim` into `out` (x, y, z per point) and
 * returns how many points it holds and where it meets the floor (y = 0), if it does in time.
 */
export function traceArc(
  start: Point3,
  aim: Point3,
  out: Float32Array,
): { count: number; landing: FloorSpot | null } {
  let last = start;
  out[0] = start.x;
  out[1] = start.y;
  out[2] = start.z;
  for (let i = 1; i <= ARC_STEPS; i += 1) {
    const t = (i / ARC_STEPS) * ARC_SECONDS;
    const point = {
      x: start.x + aim.x * ARC_SPEED * t,
      y: start.y + aim.y * ARC_SPEED * t - 0.5 * GRAVITY * t * t,
      z: start.z + aim.z * ARC_SPEED * t,
    };
    if (point.y <= 0) {
      const f = last.y / (last.y - point.y);
      const landing = { x: last.x + f * (point.x - last.x), z: last.z + f * (point.z - last.z) };
      out.set([landing.x, 0, landing.z], i * 3);
      return { count: i + 1, landing };
    }
    out.set([point.x, point.y, point.z], i * 3);
    last = point;
  }
  return { count: ARC_STEPS + 1, landing: null };
}

/** The stick pushed this far forward shows the arc; back near the centre, it teleports. */
export const AIM_PUSH = 0.6;
export const AIM_RELEASE = 0.3;

/** A flick past this much of the thumbstick's travel turns once. */
export const SNAP_PRESS = 0.6;
/** The stick must come back inside this before the next flick counts. */
export const SNAP_RELEASE = 0.3;

export interface SnapGate {
  armed: boolean;
}

/**
 * One flick, one turn: returns +1 (turn left), −1 (turn right) or 0, and disarms until the stick
 * returns near the centre, so holding the stick over does not spin the visitor.
 */
export function snapFlick(gate: SnapGate, stickX: number): -1 | 0 | 1 {
  if (!gate.armed) {
    if (Math.abs(stickX) < SNAP_RELEASE) gate.armed = true;
    return 0;
  }
  if (Math.abs(stickX) < SNAP_PRESS) return 0;
  gate.armed = false;
  // Stick right turns right, which is a negative yaw.
  return stickX > 0 ? -1 : 1;
}

/** The vignette's strength for a smooth-locomotion speed: none at rest, full at walking pace. */
export function vignetteStrength(speed: number, walkSpeed: number): number {
  if (walkSpeed <= 0 || speed <= 0) return 0;
  return Math.min(1, speed / walkSpeed);
}
