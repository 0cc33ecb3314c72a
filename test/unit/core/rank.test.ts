import { describe, expect, it } from 'vitest';
import { GUIDE_WEIGHTS, rankPlatforms, scorePlatform, TOTAL_EPSILON } from '../../../src/core';
import { guideWeights, loadEmbeddedGuide } from '../../../src/data';
import { makePlatform, smallHall } from './fixtures';

const PUBLISHED_ORDER = [
  'decentraland',
  'the-sandbox',
  'somnium-space',
  'voxels',
  'spatial',
  'mona',
  'oncyber',
  'nifty-island',
  'upland',
  'otherside',
];

describe('scorePlatform', () => {
  it('adds weight times sub-score times ten for every criterion', () => {
    const [plaza] = smallHall.platforms;
    if (!plaza) throw new Error('fixture has no platforms');
    const scored = scorePlatform(plaza, GUIDE_WEIGHTS);

    // 0.3*9 + 0.25*8 + 0.15*8 + 0.15*6 + 0.1*7 + 0.05*8, times ten
    expect(scored.total).toBeCloseTo(79, 10);
    expect(scored.contributions.map((c) => c.criterion)).toEqual([
      'liquidity',
      'security',
      'coverage',
      'costs',
      'ux',
      'support',
    ]);
    expect(scored.contributions[0]).toEqual({
      criterion: 'liquidity',
      subScore: 9,
      weight: 0.3,
      points: 27,
    });
    const sum = scored.contributions.reduce((total, c) => total + c.points, 0);
    expect(scored.total).toBe(sum);
  });

  it('scores all tens as 100 and all zeros as 0', () => {
    expect(
      scorePlatform(makePlatform('top', 1, [10, 10, 10, 10, 10, 10]), GUIDE_WEIGHTS).total,
    ).toBeCloseTo(100, 10);
    expect(scorePlatform(makePlatform('low', 1, [0, 0, 0, 0, 0, 0]), GUIDE_WEIGHTS).total).toBe(0);
  });

  it('refuses a sub-score outside 0..10, naming the platform', () => {
    const broken = makePlatform('broken', 1, [11, 5, 5, 5, 5, 5]);
    expect(() => scorePlatform(broken, GUIDE_WEIGHTS)).toThrow(/broken.*liquidity/);
  });
});

describe('rankPlatforms', () => {
  it('ranks the small hall by total with 1-based positions', () => {
    const ranking = rankPlatforms(smallHall.platforms);
    expect(ranking.map((entry) => [entry.id, entry.position])).toEqual([
      ['open-plaza', 1],
      ['event-studio', 2],
      ['vr-realm', 3],
      ['chain-saga', 4],
    ]);
  });

  it('breaks exact ties by the guide rank, then by id', () => {
    const row = [5, 5, 5, 5, 5, 5] as const;
    const platforms = [
      makePlatform('zeta', 2, row),
      makePlatform('beta', 3, row),
      makePlatform('alpha', 3, row),
    ];
    expect(rankPlatforms(platforms).map((entry) => entry.id)).toEqual(['zeta', 'alpha', 'beta']);
  });

  it('treats totals closer than the epsilon as a tie, whatever the input order', () => {
    const behind = makePlatform('behind', 1, [5, 5, 5, 5, 5, 5]);
    const ahead = makePlatform('ahead', 2, [5, 5, 5, 5, 5, 5 + TOTAL_EPSILON]);
    expect(rankPlatforms([ahead, behind]).map((entry) => entry.id)).toEqual(['behind', 'ahead']);
    expect(rankPlatforms([behind, ahead]).map((entry) => entry.id)).toEqual(['behind', 'ahead']);
  });

  it('refuses two platforms with the same id', () => {
    const row = [5, 5, 5, 5, 5, 5] as const;
    expect(() =>
      rankPlatforms([makePlatform('twin', 1, row), makePlatform('twin', 2, row)]),
    ).toThrow(/twin/);
  });

  it("reproduces the guide's published order 1 to 10 with the guide's weights", () => {
    const guide = loadEmbeddedGuide();
    const ranking = rankPlatforms(guide.platforms, guideWeights(guide));
    expect(ranking.map((entry) => entry.id)).toEqual(PUBLISHED_ORDER);
    expect(ranking.map((entry) => entry.guideRank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('separates every neighbour in the guide by more than float noise', () => {
    const ranking = rankPlatforms(loadEmbeddedGuide().platforms);
    for (let i = 1; i < ranking.length; i += 1) {
      const gap = (ranking[i - 1]?.total ?? 0) - (ranking[i]?.total ?? 0);
      expect(gap).toBeGreaterThan(0.5);
    }
  });
});
