import { describe, expect, it } from 'vitest';
import { CRITERION_IDS, GUIDE_WEIGHTS } from '../../../src/core/criteria';
import { guideWeights, loadEmbeddedGuide, type Platform } from '../../../src/data';

/** Sum of weight% x score/10, so a platform scoring 10 everywhere totals 100. */
function weightedTotal(platform: Platform): number {
  return CRITERION_IDS.reduce(
    (sum, id) => sum + (GUIDE_WEIGHTS[id] * platform.subScores[id].score) / 10,
    0,
  );
}

describe('editorial sub-scores of the embedded guide', () => {
  const guide = loadEmbeddedGuide();
  const byRank = [...guide.platforms].sort((a, b) => a.rank - b.rank);
  const totals = byRank.map(weightedTotal);

  it('reads its weights from the methodology as the guide publishes them', () => {
    expect(guideWeights(guide)).toEqual(GUIDE_WEIGHTS);
  });

  it('gives weighted totals that fall strictly from rank 1 to rank 10, with clear gaps', () => {
    for (let i = 1; i < totals.length; i++) {
      const gap = (totals[i - 1] ?? 0) - (totals[i] ?? 0);
      expect(gap, `gap between ranks ${i} and ${i + 1}`).toBeGreaterThanOrEqual(1.5);
    }
  });

  it('puts the top total in the low eighties and the bottom in the mid fifties', () => {
    expect(totals[0]).toBeGreaterThanOrEqual(80);
    expect(totals[0]).toBeLessThanOrEqual(85);
    expect(totals.at(-1)).toBeGreaterThanOrEqual(55);
    expect(totals.at(-1)).toBeLessThanOrEqual(60);
  });

  it('gives Spatial the top coverage and UX while keeping its liquidity low', () => {
    const spatial = guide.platforms.find((platform) => platform.id === 'spatial');
    const best = (id: 'coverage' | 'ux') =>
      Math.max(...guide.platforms.map((platform) => platform.subScores[id].score));
    expect(spatial?.subScores.coverage.score).toBe(best('coverage'));
    expect(spatial?.subScores.ux.score).toBe(best('ux'));
    expect(spatial?.subScores.liquidity.score).toBeLessThan(6);
  });

  it('scores Otherside lowest on support, as it is still in development', () => {
    const support = guide.platforms.map((platform) => platform.subScores.support.score);
    const otherside = guide.platforms.find((platform) => platform.id === 'otherside');
    expect(otherside?.subScores.support.score).toBe(Math.min(...support));
  });
});
