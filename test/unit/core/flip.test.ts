import { describe, expect, it } from 'vitest';
import {
  CRITERION_IDS,
  FLIP_STEP,
  GUIDE_WEIGHTS,
  rankPlatforms,
  whatWouldFlipTop,
} from '../../../src/core';
import { loadEmbeddedGuide } from '../../../src/data';
import { makePlatform } from './fixtures';
import { gridChangesWithin, topWith } from './flip-helpers';

describe('whatWouldFlipTop', () => {
  it('finds the crossing between two platforms and rounds it up to the grid', () => {
    // At equal weights the leader totals 80 and the challenger 70.
    const leader = makePlatform('leader', 1, [10, 10, 10, 10, 0, 8]);
    const challenger = makePlatform('challenger', 2, [8, 8, 8, 8, 10, 0]);
    const equal = { liquidity: 1, security: 1, coverage: 1, costs: 1, ux: 1, support: 1 };
    const flip = whatWouldFlipTop([leader, challenger], equal);

    // Each point of ux weight adds 10 * (10 - 0) to the challenger's numerator only, so the totals
    // tie at +10 points (26.67, where the guide rank keeps the leader) and the grid's 27 flips.
    // Lowering support (8 vs 0) would need -12.67 points: further away.
    expect(flip).toEqual({ criterion: 'ux', from: 100 / 6, to: 27, newTop: 'challenger' });
  });

  it('returns null when no single weight can change the leader', () => {
    const dominant = makePlatform('dominant', 1, [9, 9, 9, 9, 9, 9]);
    const weaker = makePlatform('weaker', 2, [8, 8, 8, 8, 8, 8]);
    expect(whatWouldFlipTop([dominant, weaker], GUIDE_WEIGHTS)).toBeNull();
  });

  it('returns null for a single platform', () => {
    expect(whatWouldFlipTop([makePlatform('alone', 1, [5, 5, 5, 5, 5, 5])])).toBeNull();
  });

  it("names a change to the guide's weights that really changes its #1", () => {
    const { platforms } = loadEmbeddedGuide();
    const flip = whatWouldFlipTop(platforms, GUIDE_WEIGHTS);
    if (!flip) throw new Error('expected the guide’s #1 to be open to a weight change');

    expect(flip.from).toBe(GUIDE_WEIGHTS[flip.criterion]);
    expect(flip.to % FLIP_STEP).toBe(0);
    expect(topWith(platforms, GUIDE_WEIGHTS, flip.criterion, flip.to)).toBe(flip.newTop);
    expect(flip.newTop).not.toBe(rankPlatforms(platforms)[0]?.id);

    const limit = Math.abs(flip.to - flip.from);
    for (const { criterion, to } of gridChangesWithin(GUIDE_WEIGHTS, limit)) {
      expect(topWith(platforms, GUIDE_WEIGHTS, criterion, to), `${criterion} at ${to}`).toBe(
        'decentraland',
      );
    }
  });

  it('reports its answer for every criterion in the guide’s terms', () => {
    const flip = whatWouldFlipTop(loadEmbeddedGuide().platforms);
    expect(CRITERION_IDS).toContain(flip?.criterion);
    expect(flip?.to).toBeGreaterThanOrEqual(0);
  });
});
