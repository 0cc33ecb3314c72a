import { type FloorPoint, type Obstacle, toLocal } from './obstacles';

/**
 * The shortest way across the floor that keeps `clearance` from every obstacle: a straight line
 * when it is clear, otherwise a path through corner points just outside the obstacles (a
 * visibility graph searched with Dijkstra; a pavilion has a few dozen corners, so this is cheap
 * enough to run once per trip).
 */

type Point = readonly [number, number];

/** How far outside the clearance the corner points sit, so legs between them stay clear. */
const CORNER_MARGIN = 0.4;
const CIRCLE_CORNERS = 8;

const local: FloorPoint = { x: 0, z: 0 };
const localEnd: FloorPoint = { x: 0, z: 0 };

function pointSegmentDistance(px: number, pz: number, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dz = b[1] - a[1];
  const lengthSq = dx * dx + dz * dz;
  const t =
    lengthSq > 0 ? Math.max(0, Math.min(1, ((px - a[0]) * dx + (pz - a[1]) * dz) / lengthSq)) : 0;
  return Math.hypot(px - (a[0] + dx * t), pz - (a[1] + dz * t));
}

function pointBoxDistance(x: number, z: number, halfWidth: number, halfDepth: number): number {
  return Math.hypot(Math.max(0, Math.abs(x) - halfWidth), Math.max(0, Math.abs(z) - halfDepth));
}

/** Does the segment a→b (in the box's frame) cross the box? Slab test. */
function segmentHitsBox(a: Point, b: Point, halfWidth: number, halfDepth: number): boolean {
  let enter = 0;
  let leave = 1;
  const axes: readonly [number, number, number][] = [
    [a[0], b[0] - a[0], halfWidth],
    [a[1], b[1] - a[1], halfDepth],
  ];
  for (const [start, delta, half] of axes) {
    if (delta === 0) {
      if (Math.abs(start) > half) return false;
      continue;
    }
    const t1 = (-half - start) / delta;
    const t2 = (half - start) / delta;
    enter = Math.max(enter, Math.min(t1, t2));
    leave = Math.min(leave, Math.max(t1, t2));
    if (enter > leave) return false;
  }
  return true;
}

/** The shortest distance between the segment a→b and the obstacle's outline. */
export function segmentDistance(a: Point, b: Point, obstacle: Obstacle): number {
  if (obstacle.kind === 'circle') {
    return Math.max(
      0,
      pointSegmentDistance(obstacle.center[0], obstacle.center[1], a, b) - obstacle.radius,
    );
  }
  toLocal(obstacle, a[0], a[1], local);
  toLocal(obstacle, b[0], b[1], localEnd);
  const la: Point = [local.x, local.z];
  const lb: Point = [localEnd.x, localEnd.z];
  const { halfX: w, halfZ: d } = obstacle;
  if (segmentHitsBox(la, lb, w, d)) return 0;
  // Two convex shapes apart: the gap is closest at a corner of one of them.
  let closest = Math.min(
    pointBoxDistance(la[0], la[1], w, d),
    pointBoxDistance(lb[0], lb[1], w, d),
  );
  for (const [cx, cz] of [
    [w, d],
    [-w, d],
    [w, -d],
    [-w, -d],
  ] as const) {
    closest = Math.min(closest, pointSegmentDistance(cx, cz, la, lb));
  }
  return closest;
}

export function segmentIsClear(
  a: Point,
  b: Point,
  obstacles: readonly Obstacle[],
  clearance: number,
): boolean {
  return obstacles.every((obstacle) => segmentDistance(a, b, obstacle) >= clearance);
}

/** Points just outside each obstacle, where a route may turn. */
export function cornerPoints(obstacles: readonly Obstacle[], clearance: number): Point[] {
  const reach = clearance + CORNER_MARGIN;
  const points: Point[] = [];
  for (const obstacle of obstacles) {
    if (obstacle.kind === 'circle') {
      // An octagon whose sides, not only its corners, stay outside the inflated circle.
      const r = (obstacle.radius + reach) / Math.cos(Math.PI / CIRCLE_CORNERS);
      for (let i = 0; i < CIRCLE_CORNERS; i++) {
        const angle = ((i + 0.5) * 2 * Math.PI) / CIRCLE_CORNERS;
        const [cx, cz] = obstacle.center;
        points.push([cx + r * Math.cos(angle), cz + r * Math.sin(angle)]);
      }
      continue;
    }
    const cos = Math.cos(obstacle.rotationY);
    const sin = Math.sin(obstacle.rotationY);
    for (const [sx, sz] of [
      [1, 1],
      [-1, 1],
      [-1, -1],
      [1, -1],
    ] as const) {
      const lx = sx * (obstacle.halfX + reach);
      const lz = sz * (obstacle.halfZ + reach);
      const [cx, cz] = obstacle.center;
      points.push([cx + cos * lx + sin * lz, cz - sin * lx + cos * lz]);
    }
  }
  return points;
}

/**
 * The route from `from` to `to` as a list of floor points (both ends included). Falls back to
 * the straight line when no clear route exists (for example when an end is itself inside an
 * obstacle), so travel still ends where it should.
 */
export function findClearRoute(
  from: Point,
  to: Point,
  obstacles: readonly Obstacle[],
  clearance: number,
): Point[] {
  if (segmentIsClear(from, to, obstacles, clearance)) return [from, to];

  const nodes: Point[] = [from, to, ...cornerPoints(obstacles, clearance)];
  const count = nodes.length;
  const best = new Array<number>(count).fill(Number.POSITIVE_INFINITY);
  const previous = new Array<number>(count).fill(-1);
  const done = new Array<boolean>(count).fill(false);
  best[0] = 0;

  for (;;) {
    let current = -1;
    for (let i = 0; i < count; i++) {
      if (!done[i] && (current < 0 || (best[i] ?? 0) < (best[current] ?? 0))) current = i;
    }
    if (current < 0 || best[current] === Number.POSITIVE_INFINITY || current === 1) break;
    done[current] = true;
    const here = nodes[current] as Point;
    for (let next = 0; next < count; next++) {
      if (done[next]) continue;
      const there = nodes[next] as Point;
      const cost = (best[current] ?? 0) + Math.hypot(there[0] - here[0], there[1] - here[1]);
      if (cost >= (best[next] ?? 0)) continue;
      if (!segmentIsClear(here, there, obstacles, clearance)) continue;
      best[next] = cost;
      previous[next] = current;
    }
  }

  if (previous[1] === -1) return [from, to];
  const route: Point[] = [];
  for (let i = 1; i !== -1; i = previous[i] ?? -1) route.unshift(nodes[i] as Point);
  return route;
}
