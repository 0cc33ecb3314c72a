import { isClear, type WalkArea } from '../navigation/collide';
import { type FloorPoint, type Obstacle, toLocal } from '../navigation/obstacles';
import type { FloorSpot } from './locomotion';

/**
 * The teleport arc as plain arithmetic: a thrown point's path (aiming higher reaches further,
 * up to about 21 m) that stops at the first thing in its way. It collides with the same
 * obstacles the desktop walk does, each up to its height: an arc thrown high enough passes over
 * a reading board (a visitor can walk round to where it lands), while a low one hits it.
 */

export const ARC_SPEED = 14;
const GRAVITY = 9.8;
export const ARC_STEPS = 32;
const ARC_SECONDS = 3;

export interface Point3 {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** How an arc ended: on the floor, against an obstacle or the pavilion's edge, or in the air. */
export type ArcEnd = 'floor' | 'blocked' | 'none';

export interface ArcTrace {
  /** How many points (x, y, z each) the arc's polyline holds, its start included. */
  count: number;
  ending: ArcEnd;
  /** Where the arc ends on the floor plan: the landing, or the foot of what stopped it. */
  readonly end: FloorPoint;
}

export function createArcTrace(): ArcTrace {
  return { count: 0, ending: 'none', end: { x: 0, z: 0 } };
}

const a: FloorPoint = { x: 0, z: 0 };
const b: FloorPoint = { x: 0, z: 0 };

/** Liang-Barsky: narrows [enter, exit] by one slab; false when the segment misses it. */
function clipSlab(from: number, delta: number, half: number, span: [number, number]): boolean {
  if (delta === 0) return Math.abs(from) <= half;
  let t0 = (-half - from) / delta;
  let t1 = (half - from) / delta;
  if (t0 > t1) [t0, t1] = [t1, t0];
  span[0] = Math.max(span[0], t0);
  span[1] = Math.min(span[1], t1);
  return span[0] <= span[1];
}

const span: [number, number] = [0, 1];

/** Where along the floor segment (ax, az)-(bx, bz) it first enters the obstacle, 0..1. */
function entersObstacle(
  obstacle: Obstacle,
  ax: number,
  az: number,
  bx: number,
  bz: number,
): number | null {
  if (obstacle.kind === 'circle') {
    const [cx, cz] = obstacle.center;
    return entersCircle(ax - cx, az - cz, bx - ax, bz - az, obstacle.radius);
  }
  toLocal(obstacle, ax, az, a);
  toLocal(obstacle, bx, bz, b);
  span[0] = 0;
  span[1] = 1;
  const hits =
    clipSlab(a.x, b.x - a.x, obstacle.halfX, span) &&
    clipSlab(a.z, b.z - a.z, obstacle.halfZ, span);
  return hits ? span[0] : null;
}

/** A segment from (px, pz), relative to a circle's centre, along (dx, dz): where it enters. */
function entersCircle(px: number, pz: number, dx: number, dz: number, r: number): number | null {
  const c = px * px + pz * pz - r * r;
  if (c <= 0) return 0;
  const qa = dx * dx + dz * dz;
  const qb = px * dx + pz * dz;
  const disc = qb * qb - qa * c;
  if (qa === 0 || disc < 0) return null;
  const t = (-qb - Math.sqrt(disc)) / qa;
  return t >= 0 && t <= 1 ? t : null;
}

/** Where the segment leaves the circle of `r` about the origin it starts inside, 0..1. */
function leavesCircle(ax: number, az: number, bx: number, bz: number, r: number): number | null {
  if (bx * bx + bz * bz <= r * r) return null;
  const dx = bx - ax;
  const dz = bz - az;
  const qa = dx * dx + dz * dz;
  const qb = ax * dx + az * dz;
  const c = ax * ax + az * az - r * r;
  if (c >= 0) return 0;
  return (-qb + Math.sqrt(qb * qb - qa * c)) / qa;
}

/**
 * The first fraction along the segment (ax, az)-(bx, bz) at which anything in the area stops it.
 * With heights (ay at a, by at b), an obstacle the segment enters above its top lets it pass;
 * without, every obstacle stops it, as on the floor.
 */
export function firstBlock(
  area: WalkArea,
  ax: number,
  az: number,
  bx: number,
  bz: number,
  heights?: { readonly ay: number; readonly by: number },
): number | null {
  let first: number | null = null;
  for (const obstacle of area.obstacles) {
    const t = entersObstacle(obstacle, ax, az, bx, bz);
    if (t === null || (first !== null && t >= first)) continue;
    const over =
      heights !== undefined &&
      obstacle.top !== undefined &&
      heights.ay + t * (heights.by - heights.ay) > obstacle.top;
    if (!over) first = t;
  }
  if (area.boundsRadius !== undefined) {
    const t = leavesCircle(ax, az, bx, bz, area.boundsRadius);
    if (t !== null && (first === null || t < first)) first = t;
  }
  return first;
}

/**
 * Traces the arc from `start` along the unit vector `aim` into `points` (x, y, z per point),
 * up to the floor (y = 0) or the first obstacle, whichever comes first. Writes into `out` and
 * returns it; nothing is allocated, so it can run every frame.
 */
export function traceArc(
  start: Point3,
  aim: Point3,
  area: WalkArea,
  points: Float32Array,
  out: ArcTrace,
): ArcTrace {
  // The previous point, kept at full precision (the polyline holds 32-bit floats).
  let lx = start.x;
  let ly = start.y;
  let lz = start.z;
  writePoint(points, 0, lx, ly, lz);
  out.count = ARC_STEPS + 1;
  out.ending = 'none';
  for (let i = 1; i <= ARC_STEPS; i += 1) {
    const t = (i / ARC_STEPS) * ARC_SECONDS;
    const x = start.x + aim.x * ARC_SPEED * t;
    const y = start.y + aim.y * ARC_SPEED * t - 0.5 * GRAVITY * t * t;
    const z = start.z + aim.z * ARC_SPEED * t;

    const floor = y <= 0 ? ly / (ly - y) : null;
    heights.ay = ly;
    heights.by = y;
    const block = firstBlock(area, lx, lz, x, z, heights);
    const stop = block !== null && (floor === null || block <= floor) ? block : floor;
    if (stop !== null) {
      const ex = lx + stop * (x - lx);
      const ez = lz + stop * (z - lz);
      writePoint(points, i, ex, stop === floor ? 0 : ly + stop * (y - ly), ez);
      out.count = i + 1;
      out.ending = stop === floor ? 'floor' : 'blocked';
      out.end.x = ex;
      out.end.z = ez;
      return out;
    }
    writePoint(points, i, x, y, z);
    lx = x;
    ly = y;
    lz = z;
  }
  return out;
}

/** Reused by traceArc, which runs every frame and allocates nothing. */
const heights = { ay: 0, by: 0 };

function writePoint(points: Float32Array, i: number, x: number, y: number, z: number): void {
  points[i * 3] = x;
  points[i * 3 + 1] = y;
  points[i * 3 + 2] = z;
}

/** Where a teleport along this arc would take the visitor: its landing, if they fit there. */
export function teleportTarget(trace: ArcTrace, area: WalkArea): FloorSpot | null {
  if (trace.ending !== 'floor') return null;
  return isClear(area, trace.end.x, trace.end.z) ? trace.end : null;
}
