import type { BoothPlacement } from '../floorplan/layout';
import { BOARD, boardBodyTop, boardCenterX, ON_WALL_Z } from './boothDesign';
import type { BoothColours } from './palette';
import { type LocalPart, type Part, placePart } from './parts';

/**
 * The stand-in for a booth's board text while the visitor is too far away for the text itself
 * (see lod.ts): a heading stroke in the booth's colour and grey lines where the text would be,
 * so a distant booth reads as "boards full of facts, come closer" instead of four blank sheets.
 * Boxes of the instanced structure: no glyphs to build, one draw call for every booth together.
 */

/** Line lengths per board, as shares of its width: a ragged right edge, like set text. */
const LINES: readonly (readonly number[])[] = [
  [0.82, 0.74, 0.9, 0.66, 0, 0.58, 0.86, 0.7, 0.78],
  [0.9, 0.84, 0.62, 0.88, 0.8, 0.52, 0, 0.72, 0.86, 0.6],
  [0.76, 0.8, 0.72, 0.84, 0, 0.5, 0.9, 0, 0.46, 0.34],
  [0.88, 0.88, 0, 0.6, 0.92, 0.82, 0.7],
];

const STROKE = 0.045;
const LINE_STEP = 0.15;
const HEADING = { share: 0.5, height: 0.09, below: 0.17 } as const;
/** Grey that sits between the board's white and its dark text: lines, not words. */
const SKETCH_GREY = '#b5b0a7';
/** Just proud of the board's face, behind where real text would be. */
const Z = ON_WALL_Z + 0.024;

/** The sketch of one booth's four boards, in the booth's own frame at scale 1. */
export function boardSketchLocal(colours: BoothColours): LocalPart[] {
  const usable = BOARD.width - 2 * BOARD.padding;
  const top = BOARD.bottom + BOARD.height - BOARD.padding;
  return LINES.flatMap((lines, board) => {
    const left = boardCenterX(board) - BOARD.width / 2 + BOARD.padding;
    const heading: LocalPart = {
      kind: 'box',
      at: [left + (usable * HEADING.share) / 2, top - HEADING.below, Z],
      size: [usable * HEADING.share, HEADING.height, 0.01],
      colour: colours.deep,
      finish: 'flat',
    };
    const body = lines.flatMap((share, line): LocalPart[] =>
      share > 0
        ? [
            {
              kind: 'box',
              at: [left + (usable * share) / 2, boardBodyTop() - line * LINE_STEP - 0.05, Z],
              size: [usable * share, STROKE, 0.01],
              colour: SKETCH_GREY,
              finish: 'flat',
            },
          ]
        : [],
    );
    return [heading, ...body];
  });
}

/** The sketches of every booth whose panel text is not shown, in world space. */
export function boardSketches(
  booths: readonly { readonly id: string; readonly colours: BoothColours }[],
  placements: readonly BoothPlacement[],
  detailed: ReadonlySet<number>,
): Part[] {
  return booths.flatMap((booth, i) => {
    const placement = placements[i];
    if (!placement || detailed.has(i)) return [];
    return boardSketchLocal(booth.colours).map((part) => placePart(placement, part, booth.id));
  });
}
