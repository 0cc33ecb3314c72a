import {
  type BoxObstacle,
  directionToWorld,
  type FloorPoint,
  type Obstacle,
  toLocal,
  VISITOR_RADIUS,
} from './obstacles';

/**
 * Moving a visitor (a circle on the floor) through the pavilion without entering anything.
 * Long steps are cut into sub-steps no longer than half the visitor's radius, so a slow frame
 * cannot carry anyone through a wall; each sub-step is pushed back out of whatever it touches,
 * which leaves the part of the step along the wall: the visitor slides instead of sticking.
 */

export interface WalkArea {
  readonly obstacles: readonly Obstacle[];
  /** The visitor stays within this distance of the centre (the pavilion's edge), if set. */
  readonly boundsRadius?: number;
}

const PUSH_PASSES = 4;
/** Keeps a resolved visitor a hair off the wall so the next test does not count a touch. */
const SKIN = 1e-4;

const local: FloorPoint = { x: 0, z: 0 };
const normal: FloorPoint = { x: 0, z: 0 };

/** Pushes (out.x, out.z) out of a box; returns true if it had to. */
function pushOutOfBox(box: BoxObstacle, radius: number, out: FloorPoint): boolean {
  toLocal(box, out.x, out.z, local);
  const cx = Math.max(-box.halfX, Math.min(box.halfX, local.x));
  const cz = Math.max(-box.halfZ, Math.min(box.halfZ, local.z));
  const dx = local.x - cx;
  const dz = local.z - cz;
  const distance = Math.hypot(dx, dz);
  if (distance >= radius) return false;

  let nx: number;
  let nz: number;
  let depth: number;
  if (distance > 0) {
    nx = dx / distance;
    nz = dz / distance;
    depth = radius - distance;
  } else {
    // The centre is inside the box: leave by the nearest face.
    const toSide = box.halfX - Math.abs(local.x);
    const toFront = box.halfZ - Math.abs(local.z);
    if (toSide < toFront) {
      nx = local.x < 0 ? -1 : 1;
      nz = 0;
      depth = toSide + radius;
    } else {
      nx = 0;
      nz = local.z < 0 ? -1 : 1;
      depth = toFront + radius;
    }
  }
  directionToWorld(box, nx, nz, normal);
  out.x += normal.x * (depth + SKIN);
  out.z += normal.z * (depth + SKIN);
  return true;
}

function pushOutOfCircle(
  cx: number,
  cz: number,
  reach: number,
  out: FloorPoint,
  inside: boolean,
): boolean {
  const dx = out.x - cx;
  const dz = out.z - cz;
  const distance = Math.hypot(dx, dz);
  if (inside) {
    // Bounds: the visitor must stay within `reach` of the centre.
    if (distance <= reach) return false;
    const scale = (reach - SKIN) / distance;
    out.x = cx + dx * scale;
    out.z = cz + dz * scale;
    return true;
  }
  if (distance >= reach) return false;
  // Exactly at the centre there is no way out that is better than another: take +x.
  const nx = distance > 0 ? dx / distance : 1;
  const nz = distance > 0 ? dz / distance : 0;
  out.x = cx + nx * (reach + SKIN);
  out.z = cz + nz * (reach + SKIN);
  return true;
}

function resolve(area: WalkArea, radius: number, out: FloorPoint): boolean {
  for (let pass = 0; pass < PUSH_PASSES; pass++) {
    let pushed = false;
    for (const obstacle of area.obstacles) {
      const moved =
        obstacle.kind === 'box'
          ? pushOutOfBox(obstacle, radius, out)
          : pushOutOfCircle(
              obstacle.center[0],
              obstacle.center[1],
              obstacle.radius + radius,
              out,
              false,
            );
      pushed = moved || pushed;
    }
    if (area.boundsRadius !== undefined) {
      pushed = pushOutOfCircle(0, 0, area.boundsRadius - radius, out, true) || pushed;
    }
    if (!pushed) return true;
  }
  return false;
}

/** True when a visitor standing at (x, z) overlaps nothing. */
export function isClear(area: WalkArea, x: number, z: number, radius = VISITOR_RADIUS): boolean {
  const probe = { x, z };
  return resolve(area, radius, probe) && probe.x === x && probe.z === z;
}

/**
 * Where a visitor at (fromX, fromZ) ends up after trying to move by (stepX, stepZ). Writes the
 * result into `out` (which may be any object, reused between frames) and returns it.
 */
export function moveVisitor(
  area: WalkArea,
  fromX: number,
  fromZ: number,
  stepX: number,
  stepZ: number,
  out: FloorPoint,
  radius = VISITOR_RADIUS,
): FloorPoint {
  const length = Math.hypot(stepX, stepZ);
  const count = Math.max(1, Math.ceil(length / (radius * 0.5)));
  const sx = stepX / count;
  const sz = stepZ / count;
  out.x = fromX;
  out.z = fromZ;

  for (let i = 0; i < count; i++) {
    const lastX = out.x;
    const lastZ = out.z;
    out.x += sx;
    out.z += sz;
    // Wedged between two things that push opposite ways: stay at the last good spot.
    if (!resolve(area, radius, out)) {
      out.x = lastX;
      out.z = lastZ;
      return out;
    }
  }
  return out;
}
