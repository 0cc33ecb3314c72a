import type { BoxObstacle, Obstacle } from '../floorplan/layout';

/**
 * Helpers over the world's obstacles (boxes that turn about y like three.js objects, and
 * circles) for collision and route finding; the shapes themselves come from the floor plan so
 * that navigation collides against exactly what the scene draws.
 */

export type { BoxObstacle, CircleObstacle, Obstacle } from '../floorplan/layout';

/** A point on the floor; reused as an out-parameter so the frame loop allocates nothing. */
export interface FloorPoint {
  x: number;
  z: number;
}

/** How wide a visitor is: the circle that collides with the world. */
export const VISITOR_RADIUS = 0.35;

/** Moves the floor point (px, pz) into the box's own frame, where it is axis-aligned. */
export function toLocal(box: BoxObstacle, px: number, pz: number, out: FloorPoint): void {
  const dx = px - box.center[0];
  const dz = pz - box.center[1];
  const cos = Math.cos(box.rotationY);
  const sin = Math.sin(box.rotationY);
  out.x = cos * dx - sin * dz;
  out.z = sin * dx + cos * dz;
}

/** The inverse of toLocal for a direction (no translation). */
export function directionToWorld(box: BoxObstacle, lx: number, lz: number, out: FloorPoint): void {
  const cos = Math.cos(box.rotationY);
  const sin = Math.sin(box.rotationY);
  out.x = cos * lx + sin * lz;
  out.z = -sin * lx + cos * lz;
}

const scratch: FloorPoint = { x: 0, z: 0 };

/** Distance from a floor point to the obstacle's outline, 0 when inside. */
export function gapTo(obstacle: Obstacle, px: number, pz: number): number {
  if (obstacle.kind === 'circle') {
    const [cx, cz] = obstacle.center;
    return Math.max(0, Math.hypot(px - cx, pz - cz) - obstacle.radius);
  }
  toLocal(obstacle, px, pz, scratch);
  const ox = Math.max(0, Math.abs(scratch.x) - obstacle.halfX);
  const oz = Math.max(0, Math.abs(scratch.z) - obstacle.halfZ);
  return Math.hypot(ox, oz);
}
