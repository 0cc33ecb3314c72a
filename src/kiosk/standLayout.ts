import type { KioskStep } from './steps';

/**
 * Where things sit on the kiosk's 3D board, as pure math: the stand draws from it and tests use
 * it to find a plate on screen. Metres; board coordinates have x right, y up, +z out of its face.
 */

export const BOARD = { width: 2.0, height: 1.4, depth: 0.04, tilt: -0.2 } as const;
export const BOARD_LEFT = -BOARD.width / 2 + 0.1;
export const BOARD_TOP = BOARD.height / 2 - 0.08;
/** The board's centre above the plinth's top (it stands just clear of it). */
export const BOARD_LIFT = BOARD.height / 2 + 0.05;
export const NAV_Y = -BOARD.height / 2 + 0.1;
export const COLUMN = 0.88;
const ROW = 0.16;
const LEGEND_GAP = 0.08;
const GROUPS_TOP = 0.38;

export type BoardPoint = readonly [number, number];

export interface GroupLayout {
  readonly legendY: number;
  /** One centre per option, in the group's order: two columns, top to bottom. */
  readonly plates: readonly BoardPoint[];
}

export function stepLayout(step: KioskStep): readonly GroupLayout[] {
  let y = GROUPS_TOP;
  return step.groups.map((group) => {
    const legendY = y;
    const plates = group.options.map((_, index): BoardPoint => {
      const x = index % 2 === 0 ? -COLUMN / 2 - 0.02 : COLUMN / 2 + 0.02;
      return [x, legendY - LEGEND_GAP - 0.065 - Math.floor(index / 2) * ROW];
    });
    y = legendY - LEGEND_GAP - Math.ceil(group.options.length / 2) * ROW - 0.02;
    return { legendY, plates };
  });
}

/** The navigation row: back, skip, next (or the result's two buttons at the outer pair). */
export const NAV_PLATES = {
  back: [-0.68, NAV_Y],
  skip: [0, NAV_Y],
  next: [0.68, NAV_Y],
} as const satisfies Record<string, BoardPoint>;

export interface Plinth {
  readonly center: readonly [number, number];
  readonly yaw: number;
  readonly top: number;
}

/** A point on the board's face in world coordinates: tilt, lift, then the plinth's yaw. */
export function boardToWorld(
  plinth: Plinth,
  [x, y]: BoardPoint,
  z = 0.03,
): [number, number, number] {
  const cosT = Math.cos(BOARD.tilt);
  const sinT = Math.sin(BOARD.tilt);
  const tiltedY = y * cosT - z * sinT + BOARD_LIFT;
  const tiltedZ = y * sinT + z * cosT;
  const cosY = Math.cos(plinth.yaw);
  const sinY = Math.sin(plinth.yaw);
  return [
    plinth.center[0] + x * cosY + tiltedZ * sinY,
    plinth.top + tiltedY,
    plinth.center[1] - x * sinY + tiltedZ * cosY,
  ];
}
