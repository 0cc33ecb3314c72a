import { describe, expect, it } from 'vitest';
import { layoutRing } from '../../../src/floorplan/layout';
import { boardSketches, boardSketchLocal } from '../../../src/world/boardSketch';
import { BOARD, boardCenterX } from '../../../src/world/boothDesign';
import { boothColours } from '../../../src/world/palette';

const colours = boothColours('decentraland');

describe('board sketches (the stand-in for distant booth text)', () => {
  it('draws a heading and lines on each of the four boards, inside the board', () => {
    const parts = boardSketchLocal(colours);
    for (let board = 0; board < 4; board++) {
      const left = boardCenterX(board) - BOARD.width / 2;
      const mine = parts.filter((part) => Math.abs(part.at[0] - boardCenterX(board)) < 1);
      expect(mine.length).toBeGreaterThanOrEqual(6);
      expect(mine.filter((part) => part.colour === colours.deep)).toHaveLength(1);
      for (const part of mine) {
        expect(part.at[0] - part.size[0] / 2).toBeGreaterThanOrEqual(left + BOARD.padding - 1e-9);
        expect(part.at[0] + part.size[0] / 2).toBeLessThanOrEqual(left + BOARD.width + 1e-9);
        expect(part.at[1] - part.size[1] / 2).toBeGreaterThan(BOARD.bottom);
        expect(part.at[1] + part.size[1] / 2).toBeLessThan(BOARD.bottom + BOARD.height);
      }
    }
  });

  it('sketches only the booths whose text is not shown, and clicks on it travel there', () => {
    const layout = layoutRing([1, 1.2, 0.8]);
    const booths = ['a', 'b', 'c'].map((id) => ({ id, colours: boothColours(id) }));
    const parts = boardSketches(booths, layout.booths, new Set([1]));
    const owners = new Set(parts.map((part) => part.owner));
    expect(owners).toEqual(new Set(['a', 'c']));
    expect(parts.every((part) => part.kind === 'box' && part.finish === 'flat')).toBe(true);
    expect(boardSketches(booths, layout.booths, new Set([0, 1, 2]))).toEqual([]);
  });
});
