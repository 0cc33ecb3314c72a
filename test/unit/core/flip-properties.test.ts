import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRITERION_IDS,
  FLIP_STEP,
  type PlatformFacts,
  rankPlatforms,
  whatWouldFlipTop,
} from '../../../src/core';
import { platformsArb, weightsArb } from './arbitraries';
import { gridChangesWithin, topWith } from './flip-helpers';

/** Grid checks grow with the answer's size; beyond this the property only checks the flip. */
const GRID_LIMIT = 120;

/** Platforms where p0 often matches or beats everyone on every criterion, so null comes up. */
const leaderArb = fc.tuple(platformsArb(2, 6), fc.boolean()).map(([platforms, dominate]) => {
  if (!dominate) return platforms;
  const best = Object.fromEntries(
    CRITERION_IDS.map((c) => {
      const score = Math.max(...platforms.map((p) => p.subScores[c].score));
      return [c, { score, rationale: 'best of all' }];
    }),
  ) as PlatformFacts['subScores'];
  return platforms.map((p) => (p.id === 'p0' ? { ...p, subScores: best } : p));
});

describe('whatWouldFlipTop properties', () => {
  it('names a change that really changes the #1, and no closer grid change does', () => {
    fc.assert(
      fc.property(platformsArb(2, 6), weightsArb, (platforms, weights) => {
        const top = rankPlatforms(platforms, weights)[0]?.id;
        const flip = whatWouldFlipTop(platforms, weights);
        if (flip === null) return;

        expect(flip.to).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(flip.to / FLIP_STEP)).toBe(true);
        const newTop = topWith(platforms, weights, flip.criterion, flip.to);
        expect(newTop).toBe(flip.newTop);
        expect(newTop).not.toBe(top);

        const limit = Math.abs(flip.to - flip.from);
        if (limit > GRID_LIMIT) return;
        for (const { criterion, to } of gridChangesWithin(weights, limit)) {
          expect(topWith(platforms, weights, criterion, to), `${criterion} at ${to}`).toBe(top);
        }
      }),
      { numRuns: 150 },
    );
    // Each run ranks the hall a few hundred times; a slow shared machine needs the headroom.
  }, 30_000);

  it('returns null only when neither dropping nor swamping any one weight changes the #1', () => {
    fc.assert(
      fc.property(leaderArb, weightsArb, (platforms, weights) => {
        if (whatWouldFlipTop(platforms, weights) !== null) return;
        const top = rankPlatforms(platforms, weights)[0]?.id;
        for (const criterion of CRITERION_IDS) {
          const others = CRITERION_IDS.some((c) => c !== criterion && weights[c] > 0);
          if (others) expect(topWith(platforms, weights, criterion, 0)).toBe(top);
          expect(topWith(platforms, weights, criterion, 1e7)).toBe(top);
        }
      }),
    );
  });
});
