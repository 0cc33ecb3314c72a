/**
 * The ring of booths around the hub, as pure math (no three, no React) so that the scene,
 * collisions, travel and tests all agree on where things stand.
 *
 * Coordinates: metres, y up. The visitor first stands in the hub looking down -z; booth #1 stands
 * straight ahead and the rest follow clockwise seen from above (towards +x first).
 */

export type Vec3 = readonly [number, number, number];

/** Footprint and spacing, in metres, of a booth at scale 1. */
export const BOOTH_SIZE = { width: 9, depth: 6, height: 4.2 } as const;
export const HUB_RADIUS = 9;
/** Free floor between the hub's edge and the nearest booth front, and between neighbours. */
export const AISLE = 5;
export const NEIGHBOUR_GAP = 2.5;
/** How far in front of a booth's front edge a visitor stands to read it. */
export const VIEWING_DISTANCE = 7.5;
export const EYE_HEIGHT = 1.6;

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
 * The smallest ring radius at which neighbouring booths keep NEIGHBOUR_GAP between them and
 * every booth front keeps AISLE from the hub. Booths are treated as circles around their
 * footprint, which is conservative for the wide, shallow booths we build.
 */
export function ringRadius(scales: readonly number[]): number {
  const count = scales.length;
  const outer = (s: number) => Math.hypot(BOOTH_SIZE.width / 2, BOOTH_SIZE.depth / 2) * s;
  const largestDepth = Math.max(0, ...scales.map((s) => (BOOTH_SIZE.depth / 2) * s));
  const clearOfHub = HUB_RADIUS + AISLE + VIEWING_DISTANCE + largestDepth;
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
    const halfDepth = (BOOTH_SIZE.depth / 2) * scale;
    const standAt = radius - halfDepth - VIEWING_DISTANCE;
    // The booth's local +z must point back along -direction, i.e. towards the hub centre.
    const rotationY = Math.atan2(-dx, -dz);
    return {
      index,
      angle,
      position: [dx * radius, 0, dz * radius],
      rotationY,
      scale,
      halfWidth: (BOOTH_SIZE.width / 2) * scale,
      halfDepth,
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
