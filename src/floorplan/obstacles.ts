import { HUB_CANOPY, HUB_PANEL_THICKNESS, HUB_PANELS, HUB_PILLARS, KIOSK } from './hub-layout';
import { BOOTH_SIZE, type RingLayout } from './layout';

/** The kiosk stand's screen reaches about this high above the floor, in metres. */
const KIOSK_STAND_TOP = 2.4;

/**
 * Everything a visitor must not walk through, on the floor plane (x, z), as pure data so that
 * navigation can collide against exactly what the scene draws.
 */

/** What all obstacles share: how tall they stand, for what flies over (the teleport arc). */
interface ObstacleHeight {
  /**
   * Height of its highest point above the floor, in metres, for what flies over it (the teleport
   * arc); left out, nothing does. Walking never passes an obstacle, whatever its height.
   */
  readonly top?: number;
}

export interface BoxObstacle extends ObstacleHeight {
  readonly kind: 'box';
  readonly center: readonly [number, number];
  /** Half extents along the box's own x and z axes, before rotation. */
  readonly halfX: number;
  readonly halfZ: number;
  /** Rotation about y, radians, as for a three.js object. */
  readonly rotationY: number;
}

export interface CircleObstacle extends ObstacleHeight {
  readonly kind: 'circle';
  readonly center: readonly [number, number];
  readonly radius: number;
}

export type Obstacle = BoxObstacle | CircleObstacle;

/** The hub's fixed structures: the kiosk plinth, the reading boards and the canopy's pillars. */
export function hubObstacles(): Obstacle[] {
  const boards = HUB_PANELS.map(
    (panel): Obstacle => ({
      kind: 'box',
      center: [panel.position[0], panel.position[2]],
      halfX: panel.width / 2 + 0.1,
      halfZ: HUB_PANEL_THICKNESS / 2 + 0.1,
      rotationY: panel.rotationY,
      top: panel.bottom + panel.height,
    }),
  );
  const pillars = HUB_PILLARS.map(
    (center): Obstacle => ({
      kind: 'circle',
      center,
      radius: HUB_CANOPY.pillarRadius + 0.05,
      top: HUB_CANOPY.height,
    }),
  );
  const kiosk: Obstacle = {
    kind: 'circle',
    center: KIOSK.center,
    radius: KIOSK.radius,
    top: KIOSK_STAND_TOP,
  };
  return [kiosk, ...boards, ...pillars];
}

/** Every booth's footprint plus the hub's structures. */
export function obstacles(layout: RingLayout): Obstacle[] {
  const booths = layout.booths.map(
    (booth): Obstacle => ({
      kind: 'box',
      center: [booth.position[0], booth.position[2]],
      halfX: booth.halfWidth,
      halfZ: booth.halfDepth,
      rotationY: booth.rotationY,
      top: BOOTH_SIZE.height * booth.scale,
    }),
  );
  return [...hubObstacles(), ...booths];
}

/**
 * Distance from a floor point to an obstacle's edge: negative inside, zero on the edge. Handy for
 * tests and for navigation's push-out.
 */
export function distanceToObstacle(x: number, z: number, obstacle: Obstacle): number {
  const dx = x - obstacle.center[0];
  const dz = z - obstacle.center[1];
  if (obstacle.kind === 'circle') return Math.hypot(dx, dz) - obstacle.radius;

  // Into the box's own frame: three's rotation about y maps local (x, z) to
  // (x cos + z sin, -x sin + z cos), so the inverse uses the transpose.
  const cos = Math.cos(obstacle.rotationY);
  const sin = Math.sin(obstacle.rotationY);
  const localX = dx * cos - dz * sin;
  const localZ = dx * sin + dz * cos;
  const outX = Math.abs(localX) - obstacle.halfX;
  const outZ = Math.abs(localZ) - obstacle.halfZ;
  const outside = Math.hypot(Math.max(outX, 0), Math.max(outZ, 0));
  return outside + Math.min(Math.max(outX, outZ), 0);
}
