import { gapTo, type Obstacle, VISITOR_RADIUS } from './obstacles';
import { findClearRoute } from './route';

/**
 * A travel between two poses: the route on the floor (straight when nothing is in the way,
 * otherwise around the obstacles), its timing and the turn. Pure data plus a sampler, so that
 * the frame loop only advances a number.
 */

export interface Pose {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  /** Rotation about y, three.js convention: 0 looks down −z. */
  readonly yaw: number;
}

export interface GlidePlan {
  /** Floor points from start to end; x and z pairs. */
  readonly points: readonly (readonly [number, number])[];
  /** Cumulative distance at each point. */
  readonly distances: readonly number[];
  readonly length: number;
  readonly fromY: number;
  readonly toY: number;
  readonly fromYaw: number;
  /** Signed turn, the short way round, in (−π, π]. */
  readonly turn: number;
  /** Seconds. */
  readonly duration: number;
}

/** A sample of a glide; reused between frames. */
export interface GlideSample {
  x: number;
  y: number;
  z: number;
  yaw: number;
  /** Eased progress 0..1 (also used to level the pitch). */
  eased: number;
}

export const GLIDE_MIN_SECONDS = 0.6;
export const GLIDE_MAX_SECONDS = 2;
/** Metres per second the duration grows by; long trips hit the cap, short ones the floor. */
const GLIDE_SPEED = 18;

/** The signed angle from `from` to `to` the short way round, in (−π, π]. */
export function shortTurn(from: number, to: number): number {
  const full = 2 * Math.PI;
  let turn = (to - from) % full;
  if (turn <= -Math.PI) turn += full;
  if (turn > Math.PI) turn -= full;
  return turn;
}

export function glideDuration(length: number): number {
  const seconds = GLIDE_MIN_SECONDS + length / GLIDE_SPEED;
  return Math.min(GLIDE_MAX_SECONDS, Math.max(GLIDE_MIN_SECONDS, seconds));
}

/** Slow out of the start, slow into the end; no jolt at either. */
export function easeInOut(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return c < 0.5 ? 4 * c * c * c : 1 - (-2 * c + 2) ** 3 / 2;
}

export function planGlide(
  from: Pose,
  to: Pose,
  obstacles: readonly Obstacle[],
  clearance = VISITOR_RADIUS,
): GlidePlan {
  const points = findClearRoute([from.x, from.z], [to.x, to.z], obstacles, clearance);
  const distances = [0];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as readonly [number, number];
    const b = points[i] as readonly [number, number];
    distances.push((distances[i - 1] ?? 0) + Math.hypot(b[0] - a[0], b[1] - a[1]));
  }
  const length = distances[distances.length - 1] ?? 0;
  const turn = shortTurn(from.yaw, to.yaw);
  // A turn on the spot still deserves a short, visible glide.
  const duration = glideDuration(Math.max(length, Math.abs(turn) * 2));
  return { points, distances, length, fromY: from.y, toY: to.y, fromYaw: from.yaw, turn, duration };
}

/** Writes the pose `elapsed` seconds into the glide into `out`; returns true once it is over. */
export function sampleGlide(plan: GlidePlan, elapsed: number, out: GlideSample): boolean {
  const t = plan.duration > 0 ? elapsed / plan.duration : 1;
  const eased = easeInOut(t);
  const along = eased * plan.length;

  // Find the leg we are on; routes have a handful of points, so a scan is enough.
  let leg = 1;
  while (leg < plan.points.length - 1 && (plan.distances[leg] ?? 0) < along) leg++;
  const a = plan.points[leg - 1] ?? plan.points[0];
  const b = plan.points[leg] ?? a;
  const start = plan.distances[leg - 1] ?? 0;
  const span = (plan.distances[leg] ?? start) - start;
  const k = span > 0 ? Math.min(1, (along - start) / span) : 1;
  if (a && b) {
    out.x = a[0] + (b[0] - a[0]) * k;
    out.z = a[1] + (b[1] - a[1]) * k;
  }
  out.y = plan.fromY + (plan.toY - plan.fromY) * eased;
  out.yaw = plan.fromYaw + plan.turn * eased;
  out.eased = eased;
  return t >= 1;
}

/** The closest any point of the plan's route comes to an obstacle (for tests and checks). */
export function routeClearance(
  points: readonly (readonly [number, number])[],
  obstacles: readonly Obstacle[],
  samplesPerMetre = 20,
): number {
  let closest = Number.POSITIVE_INFINITY;
  for (let i = 1; i < points.length; i++) {
    const [ax, az] = points[i - 1] as readonly [number, number];
    const [bx, bz] = points[i] as readonly [number, number];
    const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, bz - az) * samplesPerMetre));
    for (let s = 0; s <= steps; s++) {
      const x = ax + ((bx - ax) * s) / steps;
      const z = az + ((bz - az) * s) / steps;
      for (const obstacle of obstacles) {
        closest = Math.min(closest, gapTo(obstacle, x, z));
      }
    }
  }
  return closest;
}
