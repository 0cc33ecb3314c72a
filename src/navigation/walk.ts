import type { FloorPoint } from './obstacles';

/**
 * Keyboard walking as pure functions: which keys are held becomes an intent (forward, sideways,
 * fast), and an intent plus the look direction becomes a velocity on the floor.
 */

/** Metres per second. */
export const WALK_SPEED = 4;
export const RUN_SPEED = 9;
/** How quickly speed follows the keys (1/s): high enough to feel direct, low enough not to jolt. */
const RESPONSE = 12;
/** Below this speed (m/s) a visitor counts as standing still and frames may stop. */
export const REST_SPEED = 0.02;

const FORWARD = new Set(['KeyW', 'ArrowUp']);
const BACK = new Set(['KeyS', 'ArrowDown']);
const LEFT = new Set(['KeyA', 'ArrowLeft']);
const RIGHT = new Set(['KeyD', 'ArrowRight']);
const FAST = new Set(['ShiftLeft', 'ShiftRight']);

/** `KeyboardEvent.code`s that walk; the controls claim these and leave other keys alone. */
export const WALK_KEYS: ReadonlySet<string> = new Set([...FORWARD, ...BACK, ...LEFT, ...RIGHT]);

export interface WalkIntent {
  /** +1 forward, −1 back, 0 neither (or both). */
  readonly forward: number;
  /** +1 right, −1 left. */
  readonly sideways: number;
  readonly fast: boolean;
}

function held(keys: ReadonlySet<string>, group: ReadonlySet<string>): boolean {
  for (const code of group) if (keys.has(code)) return true;
  return false;
}

export function walkIntent(keys: ReadonlySet<string>): WalkIntent {
  return {
    forward: (held(keys, FORWARD) ? 1 : 0) - (held(keys, BACK) ? 1 : 0),
    sideways: (held(keys, RIGHT) ? 1 : 0) - (held(keys, LEFT) ? 1 : 0),
    fast: held(keys, FAST),
  };
}

/**
 * The velocity (m/s on the floor) the keys ask for, facing `yaw` (0 looks down −z). Diagonals
 * are normalised so that they are no faster than straight lines. Writes into `out`.
 */
export function targetVelocity(
  intent: WalkIntent,
  yaw: number,
  out: FloorPoint,
  walkSpeed = WALK_SPEED,
): FloorPoint {
  const length = Math.hypot(intent.forward, intent.sideways);
  if (length === 0) {
    out.x = 0;
    out.z = 0;
    return out;
  }
  // Running keeps its ratio to walking whatever speed the visitor chose.
  const speed = (intent.fast ? (walkSpeed * RUN_SPEED) / WALK_SPEED : walkSpeed) / length;
  const sin = Math.sin(yaw);
  const cos = Math.cos(yaw);
  // Forward is (−sin, −cos); right is (cos, −sin).
  out.x = (-sin * intent.forward + cos * intent.sideways) * speed;
  out.z = (-cos * intent.forward - sin * intent.sideways) * speed;
  return out;
}

/**
 * Moves `velocity` towards `target` over `delta` seconds with an exponential response that does
 * not depend on the frame rate; snaps to rest when close so that frames can stop.
 */
export function approachVelocity(
  velocity: FloorPoint,
  target: FloorPoint,
  delta: number,
): FloorPoint {
  const k = 1 - Math.exp(-RESPONSE * delta);
  velocity.x += (target.x - velocity.x) * k;
  velocity.z += (target.z - velocity.z) * k;
  if (target.x === 0 && target.z === 0 && Math.hypot(velocity.x, velocity.z) < REST_SPEED) {
    velocity.x = 0;
    velocity.z = 0;
  }
  return velocity;
}

/** The step for one frame: velocity scaled by the frame's duration. */
export function walkStep(velocity: FloorPoint, delta: number, out: FloorPoint): FloorPoint {
  out.x = velocity.x * delta;
  out.z = velocity.z * delta;
  return out;
}

/**
 * Adds an analogue stick's push (each axis −1..1, forward and right positive) to `out`, at up to
 * `walkSpeed`: a half push walks at half speed. Keys and stick together never exceed a run.
 */
export function addStickVelocity(
  stick: WalkIntent,
  yaw: number,
  walkSpeed: number,
  out: FloorPoint,
): FloorPoint {
  const push = Math.min(1, Math.hypot(stick.forward, stick.sideways));
  if (push === 0) return out;
  const scale = (walkSpeed * push) / Math.hypot(stick.forward, stick.sideways);
  const sin = Math.sin(yaw);
  const cos = Math.cos(yaw);
  out.x += (-sin * stick.forward + cos * stick.sideways) * scale;
  out.z += (-cos * stick.forward - sin * stick.sideways) * scale;
  const limit = (walkSpeed * RUN_SPEED) / WALK_SPEED;
  const speed = Math.hypot(out.x, out.z);
  if (speed > limit) {
    out.x *= limit / speed;
    out.z *= limit / speed;
  }
  return out;
}
