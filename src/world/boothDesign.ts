import { CRITERION_IDS } from '../core/criteria';
import type { Coverage } from '../core/facts';
import type { Contribution } from '../core/score';
import type { BoothPlacement, Vec3 } from '../floorplan/layout';
import { BOOTH_SIZE, WALL_INSET } from '../floorplan/layout';
import { type BoothColours, CRITERION_COLOURS, HALL } from './palette';
import { type LocalPart, type Part, placePart } from './parts';

/**
 * The booth's design in its own frame at scale 1: origin at the footprint's centre on the floor,
 * front (+z) towards the hub. Text components and the instanced structure both read these
 * numbers, so panels, boards and bars stay aligned.
 */

const { width: W, depth: D, height: H } = BOOTH_SIZE;
/** The z of the panel wall's face and of anything mounted on it. */
export const WALL_FACE_Z = -(D / 2 - WALL_INSET);
export const ON_WALL_Z = WALL_FACE_Z + 0.025;
export const TEXT_Z = WALL_FACE_Z + 0.05;

export const FASCIA = { centerY: 3.65, height: 0.58, width: 8.4 } as const;
export const BOARD = { width: 2.0, height: 2.2, bottom: 0.35, gap: 0.15, padding: 0.12 } as const;
/** The band between boards and fascia: "best for" on the left, score bars on the right. */
export const HEADER = { top: 3.26, rowHeight: 0.2, left: -4.2, barsLeft: 0.25 } as const;
export const BAR = { track: 0.62, height: 0.075, column: 2.0, labelGap: 0.08 } as const;
export const BODY_FONT = 0.1;
/** Where the floor stripes towards the booths begin, from the hub's centre. */
const PATH_START = 4.2;
export const LINE_HEIGHT = 1.3;

/** x of the centre of board 0..3, left to right seen from the front. */
export function boardCenterX(index: number): number {
  const span = 4 * BOARD.width + 3 * BOARD.gap;
  return -span / 2 + BOARD.width / 2 + index * (BOARD.width + BOARD.gap);
}

/** Local centre of the score bar row for criterion index 0..5 (two columns of three). */
export function barSlot(index: number): { x: number; y: number } {
  const column = index < 3 ? 0 : 1;
  const row = index % 3;
  return {
    x: HEADER.barsLeft + column * BAR.column,
    y: HEADER.top - (row + 0.5) * HEADER.rowHeight,
  };
}

/** Where the device marks sit: one per body line of the Devices board. */
export function deviceMarkAt(line: number): Vec3 {
  const x = boardCenterX(2) - BOARD.width / 2 + BOARD.padding + 0.06;
  const y = boardBodyTop() - (line + 0.5) * BODY_FONT * LINE_HEIGHT;
  return [x, y, ON_WALL_Z + 0.03];
}

/** Top of a board's body text (below its title). */
export function boardBodyTop(): number {
  return BOARD.bottom + BOARD.height - BOARD.padding - 0.26;
}

function coverageMark(coverage: Coverage, at: Vec3): LocalPart[] {
  if (coverage === 'supported')
    return [{ kind: 'disc', at, size: [0.09, 0.09, 0.01], colour: HALL.yes, finish: 'flat' }];
  if (coverage === 'unsupported') {
    return [45, -45].map((deg) => ({
      kind: 'box' as const,
      at,
      size: [0.1, 0.025, 0.01] as Vec3,
      colour: HALL.no,
      finish: 'flat' as const,
      rotationZ: (deg * Math.PI) / 180,
    }));
  }
  return [{ kind: 'box', at, size: [0.08, 0.022, 0.01], colour: HALL.unknown, finish: 'flat' }];
}

export interface BoothPartsInput {
  readonly id: string;
  readonly placement: BoothPlacement;
  readonly colours: BoothColours;
  readonly contributions: readonly Contribution[];
  readonly devices: readonly Coverage[];
}

/** Every box and disc of one booth, in world space. */
export function boothParts(input: BoothPartsInput): Part[] {
  const { id, placement, colours } = input;
  const local: LocalPart[] = [
    { kind: 'box', at: [0, 0.1, 0], size: [W, 0.2, D], colour: colours.floor },
    {
      kind: 'box',
      at: [0, (0.2 + H) / 2, -D / 2 + 0.15],
      size: [W, H - 0.2, 0.3],
      colour: colours.deep,
    },
    {
      kind: 'box',
      at: [-W / 2 + 0.1, H / 2, -D / 4],
      size: [0.2, H, D / 2],
      colour: colours.bright,
    },
    {
      kind: 'box',
      at: [W / 2 - 0.1, H / 2, -D / 4],
      size: [0.2, H, D / 2],
      colour: colours.bright,
    },
    {
      kind: 'box',
      at: [0, FASCIA.centerY, ON_WALL_Z],
      size: [FASCIA.width, FASCIA.height, 0.04],
      colour: HALL.fascia,
      finish: 'flat',
    },
  ];
  for (let i = 0; i < 4; i++) {
    local.push({
      kind: 'box',
      at: [boardCenterX(i), BOARD.bottom + BOARD.height / 2, ON_WALL_Z],
      size: [BOARD.width, BOARD.height, 0.04],
      colour: HALL.panel,
      finish: 'flat',
    });
    local.push({
      kind: 'box',
      at: [boardCenterX(i), BOARD.bottom + BOARD.height - 0.03, ON_WALL_Z + 0.022],
      size: [BOARD.width, 0.06, 0.01],
      colour: colours.bright,
      finish: 'flat',
    });
  }

  // Score bars: a dim track as long as the criterion's most possible points, filled by its share.
  input.contributions.forEach((contribution, i) => {
    const slot = barSlot(i);
    const ceiling = contribution.weight * 100;
    const share = ceiling > 0 ? Math.min(1, contribution.points / ceiling) : 0;
    const z = ON_WALL_Z;
    local.push({
      kind: 'box',
      at: [slot.x + BAR.track / 2, slot.y, z],
      size: [BAR.track, BAR.height, 0.02],
      colour: HALL.barTrack,
    });
    if (share > 0) {
      const colour = CRITERION_COLOURS[CRITERION_IDS.indexOf(contribution.criterion)] ?? '#fff';
      local.push({
        kind: 'box',
        at: [slot.x + (BAR.track * share) / 2, slot.y, z + 0.012],
        size: [BAR.track * share, BAR.height, 0.02],
        colour,
      });
    }
  });

  input.devices.forEach((coverage, line) => {
    local.push(...coverageMark(coverage, deviceMarkAt(line)));
  });

  return [...local.map((part) => placePart(placement, part, id)), pathPart(placement, colours)];
}

/** A coloured stripe on the floor from near the hub's centre to the booth's viewpoint. */
function pathPart(placement: BoothPlacement, colours: BoothColours): Part {
  const start = PATH_START;
  const end = Math.hypot(placement.viewpoint[0], placement.viewpoint[2]);
  const middle = (start + end) / 2;
  const dx = Math.sin(placement.angle);
  const dz = -Math.cos(placement.angle);
  return {
    kind: 'box',
    position: [dx * middle, 0.068, dz * middle],
    size: [0.35 * placement.scale, 0.012, end - start],
    rotationY: placement.rotationY,
    colour: colours.bright,
    finish: 'lit',
    owner: null,
  };
}
