import {
  BOOTH_SIZE,
  type BoothPlacement,
  EYE_HEIGHT,
  HUB_PANELS,
  HUB_VIEWPOINT,
  WALL_INSET,
} from '../floorplan/layout';

/**
 * Where the light over a picked booth stands, as plain math shared by the scene and the tests:
 * a column rising from the middle of the booth's wall, and a numbered badge floating on it.
 */

/** How far the booth's wall stands behind the footprint's centre, at scale 1. */
export const WALL_BEHIND = BOOTH_SIZE.depth / 2 - WALL_INSET;
/** The column's radius, and the height (metres above the floor) where its light has faded out. */
export const COLUMN_RADIUS = 0.7;
export const COLUMN_TOP = 16;
/** The badge's size, and its height above the top of the booth's wall. */
export const BADGE_SIZE = 3;
const BADGE_ABOVE = 2.8;

export interface PickBeacon {
  readonly id: string;
  /** The pick's place in the kiosk's ranking, 1 for the top pick. */
  readonly place: number;
  readonly booth: BoothPlacement;
}

/** The top of the booth's wall: where the column starts. */
export function wallTop(booth: BoothPlacement): number {
  return BOOTH_SIZE.height * booth.scale;
}

/** A little sky between a board's top edge and the badge, as an angle (radians). */
const BOARD_MARGIN = 0.03;

/** Angle between two bearings, folded into 0..π. */
function bearingGap(a: number, b: number): number {
  return Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));
}

/**
 * The least height at which a badge over the floor point (x, z) clears every hub reading board
 * standing between it and the hub's start, as a visitor there sees it: the boards are taller
 * than the eye, and a badge just above the booth would hide behind them.
 */
export function clearOfHubBoards(x: number, z: number): number {
  const [eyeX, , eyeZ] = HUB_VIEWPOINT.position;
  const distance = Math.hypot(x - eyeX, z - eyeZ);
  const bearing = Math.atan2(x - eyeX, z - eyeZ);
  const badgeHalf = Math.atan2(BADGE_SIZE / 2, distance);
  let elevation = Number.NEGATIVE_INFINITY;
  for (const board of HUB_PANELS) {
    const [bx, , bz] = board.position;
    const boardDistance = Math.hypot(bx - eyeX, bz - eyeZ);
    const boardHalf = Math.atan2(board.width / 2, boardDistance);
    if (boardDistance >= distance) continue;
    if (bearingGap(bearing, Math.atan2(bx - eyeX, bz - eyeZ)) > boardHalf + badgeHalf) continue;
    const top = Math.atan2(board.bottom + board.height - EYE_HEIGHT, boardDistance);
    elevation = Math.max(elevation, top + badgeHalf + BOARD_MARGIN);
  }
  return elevation === Number.NEGATIVE_INFINITY ? 0 : EYE_HEIGHT + distance * Math.tan(elevation);
}

/** Where a beacon's badge floats, in world space: over the booth's wall, clear of the boards. */
export function badgePosition(booth: BoothPlacement): [number, number, number] {
  const { position, rotationY, scale } = booth;
  // The booth's local -z (its back) turned by its yaw.
  const back = -WALL_BEHIND * scale;
  const x = position[0] + Math.sin(rotationY) * back;
  const z = position[2] + Math.cos(rotationY) * back;
  return [x, Math.max(wallTop(booth) + BADGE_ABOVE, clearOfHubBoards(x, z)), z];
}

/**
 * The beacons for these picks (best first). An id that names no booth in the ring gets none, and
 * the others keep their numbers, so a badge always matches the kiosk's list.
 */
export function pickBeacons(
  picks: readonly string[],
  boothOf: (id: string) => BoothPlacement | undefined,
): PickBeacon[] {
  return picks.flatMap((id, i) => {
    const booth = boothOf(id);
    return booth ? [{ id, place: i + 1, booth }] : [];
  });
}
