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
 * never past the edge. The way there is the arc's business (teleportArc.ts).
 */
export function teleportAllowed(area: WalkArea, spot: FloorSpot): boolean {
  return isClear(area, spot.x, spot.z);
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

/** Smooth turning at full stick: a quarter turn a second, slow enough to stay comfortable. */
export const SMOOTH_TURN_RATE = Math.PI / 2;
/** The stick's travel ignored by smooth turning, so a resting thumb does not drift the view. */
export const TURN_DEADZONE = 0.2;

/**
 * How far a smooth turn goes this frame (radians, positive turns left) for the stick held at
 * `stickX`: nothing inside the deadzone, then in proportion up to SMOOTH_TURN_RATE.
 */
export function smoothTurnAngle(stickX: number, seconds: number): number {
  const past = Math.abs(stickX) - TURN_DEADZONE;
  if (past <= 0) return 0;
  const share = Math.min(1, past / (1 - TURN_DEADZONE));
  // Stick right turns right, which is a negative yaw.
  return -Math.sign(stickX) * share * SMOOTH_TURN_RATE * Math.min(seconds, 0.1);
}

/**
 * The vignette for this frame, unless switched off: the stronger of the glide's (from
 * vignetteStrength) and a smooth turn's, full at SMOOTH_TURN_RATE. Snap turns need none.
 */
export function comfortVignette(
  enabled: boolean,
  glide: number,
  smoothTurn: number,
  seconds: number,
): number {
  if (!enabled) return 0;
  const turning = seconds > 0 ? Math.abs(smoothTurn) / seconds / SMOOTH_TURN_RATE : 0;
  return Math.max(glide, Math.min(1, turning));
}
