/**
 * The ring of booths around the hub, as pure math (no three, no React) so that the scene,
 * collisions, travel and tests all agree on where things stand.
 *
 * Coordinates: metres, y up. The visitor first stands in the hub looking down -z; booth #1 stands
 * straight ahead and the rest follow clockwise seen from above (towards +x first).
 */

import { EYE_HEIGHT, HUB_RADIUS } from './hub-layout';

export type Vec3 = readonly [number, number, number];

export type { HubPanelPlacement, Pose } from './hub-layout';
export {
  EYE_HEIGHT,
  HUB_CANOPY,
  HUB_PANEL_COUNT,
  HUB_PANEL_THICKNESS,
  HUB_PANELS,
  HUB_PILLARS,
  HUB_RADIUS,
  HUB_VIEWPOINT,
  KIOSK,
} from './hub-layout';
export type { BoxObstacle, CircleObstacle, Obstacle } from './obstacles';
export { distanceToObstacle, hubObstacles, obstacles } from './obstacles';

/** Footprint of a booth at scale 1: a shallow stage with its panel wall along the back. */
export const BOOTH_SIZE = { width: 9, depth: 3, height: 4.0 } as const;
/** How far the panel wall's face stands in front of the footprint's back edge, at scale 1. */
export const WALL_INSET = 0.3;
/** Free floor between the hub's edge and the nearest booth viewpoint, and between neighbours. */
export const AISLE = 5;
export const NEIGHBOUR_GAP = 2.5;
/** The least free floor between a booth's front edge and the spot a visitor reads it from. */
export const MIN_VIEW_GAP = 1.2;
/** Vertical field of view (degrees) and the aspect the booth viewpoints are framed for. */
export const CAMERA_FOV = 65;
export const DESIGN_ASPECT = 16 / 9;

export interface BoothPlacement {
  /** Index in ring order (0 = first booth, straight ahead from the start). */
  readonly index: number;
  /** Angle around the ring, radians clockwise from -z seen from above. */
  readonly angle: number;
  /** Centre of the booth's footprint on the floor. */
  readonly position: Vec3;
  /** Yaw that turns the booth's front (its local +z) towards the hub centre. */
  readonly rotationY: number;
  readonly scale: number;
  /** Half extents of the footprint along the booth's own width (x) and depth (z). */
  readonly halfWidth: number;
  readonly halfDepth: number;
  /** Where a visitor stands to read the booth, at eye height, and the yaw that faces it. */
  readonly viewpoint: Vec3;
  readonly viewYaw: number;
}

export interface RingLayout {
  readonly radius: number;
  readonly booths: readonly BoothPlacement[];
}

/** Direction of a ring angle on the floor: angle 0 is -z, growing towards +x. */
export function ringDirection(angle: number): readonly [number, number] {
  return [Math.sin(angle), -Math.cos(angle)];
}

/**
 * How far from a booth's centre a visitor stands so that, at CAMERA_FOV on a screen of this aspect
 * (DESIGN_ASPECT unless told), the whole panel wall fills the view: panel text then appears the
 * same size on every booth.
 */
export function viewDistance(scale: number, aspect = DESIGN_ASPECT): number {
  const halfV = Math.tan(((CAMERA_FOV / 2) * Math.PI) / 180);
  const halfH = halfV * aspect;
  const margin = 1.15;
  const fitWidth = ((BOOTH_SIZE.width / 2) * scale * margin) / halfH;
  const fitHeight = ((BOOTH_SIZE.height * scale - EYE_HEIGHT) * margin) / halfV;
  const wallBehindCentre = (BOOTH_SIZE.depth / 2 - WALL_INSET) * scale;
  const fromCentre = Math.max(fitWidth, fitHeight) - wallBehindCentre;
  return Math.max(fromCentre, (BOOTH_SIZE.depth / 2) * scale + MIN_VIEW_GAP);
}

/**
 * The smallest ring radius at which neighbouring booths keep NEIGHBOUR_GAP between them and
 * every booth's viewpoint keeps AISLE from the hub. Booths are treated as circles around their
 * footprint, which is conservative for the wide, shallow booths we build.
 */
export function ringRadius(scales: readonly number[]): number {
  const count = scales.length;
  const outer = (s: number) => Math.hypot(BOOTH_SIZE.width / 2, BOOTH_SIZE.depth / 2) * s;
  const farthestView = Math.max(0, ...scales.map((scale) => viewDistance(scale)));
  const clearOfHub = HUB_RADIUS + AISLE + farthestView;
  if (count < 2) return clearOfHub;

  let widestPair = 0;
  for (let i = 0; i < count; i++) {
    const a = scales[i] ?? 1;
    const b = scales[(i + 1) % count] ?? 1;
    widestPair = Math.max(widestPair, outer(a) + outer(b) + NEIGHBOUR_GAP);
  }
  // Neighbours sit 2π/count apart; their centres are a chord 2R·sin(π/count) apart.
  const clearOfNeighbours = widestPair / (2 * Math.sin(Math.PI / count));
  return Math.max(clearOfHub, clearOfNeighbours);
}

/** Places booths in the given order (rank order) with the given scales. */
export function layoutRing(scales: readonly number[]): RingLayout {
  const radius = ringRadius(scales);
  const count = scales.length;
  const booths = scales.map((scale, index): BoothPlacement => {
    const angle = count === 0 ? 0 : (index * 2 * Math.PI) / count;
    const [dx, dz] = ringDirection(angle);
    const standAt = radius - viewDistance(scale);
    // The booth's local +z must point back along -direction, i.e. towards the hub centre.
    const rotationY = Math.atan2(-dx, -dz);
    return {
      index,
      angle,
      position: [dx * radius, 0, dz * radius],
      rotationY,
      scale,
      halfWidth: (BOOTH_SIZE.width / 2) * scale,
      halfDepth: (BOOTH_SIZE.depth / 2) * scale,
      viewpoint: [dx * standAt, EYE_HEIGHT, dz * standAt],
      viewYaw: yawTowards(dx, dz),
    };
  });
  return { radius, booths };
}

/**
 * The camera yaw (rotation about y, three.js convention: yaw 0 looks down -z) that looks along
 * the floor direction (dx, dz).
 */
export function yawTowards(dx: number, dz: number): number {
  return Math.atan2(-dx, -dz);
}
