import { CRITERION_IDS, type Weights } from '../core/criteria';
import {
  HUB_CANOPY,
  HUB_PANELS,
  HUB_PILLARS,
  type HubPanelPlacement,
  type Vec3,
} from '../floorplan/layout';
import { HALL } from './palette';
import { type LocalPart, type Part, placePart } from './parts';

/**
 * The hub boards' design in each board's own frame (origin on the floor under the board's centre,
 * face towards +z). Boards, posts and the methodology bars become instanced parts.
 */

export const HUB_BOARD = { header: 0.5, padding: 0.2, depth: 0.12 } as const;
export const HUB_TEXT_Z = HUB_BOARD.depth / 2 + 0.02;
export const METHOD_ROWS = { top: 3.08, height: 0.36, barLeft: -0.45, barWidth: 1.75 } as const;
/** Bars run from 0 to this many percent (or further, if a weight is larger). */
const BAR_FLOOR_PERCENT = 40;

export const HUB_BOARD_SLOTS = {
  security: 0,
  mistakes: 1,
  decisions: 2,
  welcome: 3,
  methodology: 4,
  faqFirst: 5,
  faqSecond: 6,
} as const;

export function methodologyRowY(index: number): number {
  return METHOD_ROWS.top - (index + 0.5) * METHOD_ROWS.height;
}

function boardParts(panel: HubPanelPlacement): LocalPart[] {
  const { width, height, bottom } = panel;
  const postX = width / 2 - 0.35;
  return [
    {
      kind: 'box',
      at: [0, bottom + height / 2, 0],
      size: [width, height, HUB_BOARD.depth],
      colour: HALL.panel,
      finish: 'flat',
    },
    {
      kind: 'box',
      at: [0, bottom + height - HUB_BOARD.header / 2, 0.01],
      size: [width, HUB_BOARD.header, HUB_BOARD.depth],
      colour: HALL.fascia,
      finish: 'flat',
    },
    ...[-postX, postX].map(
      (x): LocalPart => ({
        kind: 'box',
        at: [x, bottom / 2, -0.02],
        size: [0.12, bottom, 0.12],
        colour: HALL.hubAccent,
      }),
    ),
  ];
}

/** Current weights as bars, the guide's weights as thin marks on the same scale. */
function methodologyParts(current: Weights, guide: Weights): LocalPart[] {
  const largest = Math.max(
    BAR_FLOOR_PERCENT,
    ...CRITERION_IDS.flatMap((id) => [current[id], guide[id]]),
  );
  const z = HUB_BOARD.depth / 2 + 0.01;
  return CRITERION_IDS.flatMap((id, i): LocalPart[] => {
    const y = methodologyRowY(i);
    const share = current[id] / largest;
    const left = METHOD_ROWS.barLeft;
    const track: LocalPart = {
      kind: 'box',
      at: [left + METHOD_ROWS.barWidth / 2, y, z],
      size: [METHOD_ROWS.barWidth, 0.14, 0.01],
      colour: HALL.boardTrack,
      finish: 'flat',
    };
    const fill: LocalPart = {
      kind: 'box',
      at: [left + (METHOD_ROWS.barWidth * share) / 2, y, z + 0.005],
      size: [Math.max(0.001, METHOD_ROWS.barWidth * share), 0.14, 0.01],
      colour: '#2c4c7c',
      finish: 'flat',
    };
    const marker: LocalPart = {
      kind: 'box',
      at: [left + (METHOD_ROWS.barWidth * guide[id]) / largest, y, z + 0.01],
      size: [0.03, 0.24, 0.01],
      colour: '#7d838e',
      finish: 'flat',
    };
    return share > 0 ? [track, fill, marker] : [track, marker];
  });
}

const placementOf = (panel: HubPanelPlacement) => ({
  position: panel.position as Vec3,
  rotationY: panel.rotationY,
  scale: 1,
});

function pillarParts(): Part[] {
  const size = HUB_CANOPY.pillarRadius * 2;
  return HUB_PILLARS.map(([x, z]) => ({
    kind: 'box',
    position: [x, HUB_CANOPY.height / 2, z],
    size: [size, HUB_CANOPY.height, size],
    rotationY: Math.atan2(x, z),
    colour: HALL.hubAccent,
    finish: 'lit',
    owner: null,
  }));
}

/** Every box of the hub: boards, methodology bars for the given weights (percent), pillars. */
export function hubParts(current: Weights, guide: Weights): Part[] {
  const boards = HUB_PANELS.flatMap((panel) => {
    const local = boardParts(panel);
    if (panel.index === HUB_BOARD_SLOTS.methodology) {
      local.push(...methodologyParts(current, guide));
    }
    return local.map((part) => placePart(placementOf(panel), part, null));
  });
  return [...boards, ...pillarParts()];
}
