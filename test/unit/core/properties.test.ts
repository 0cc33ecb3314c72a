import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BOOTH_SCALE,
  boothScale,
  CRITERION_IDS,
  type PlatformFacts,
  rankPlatforms,
  recommend,
  USE_CASE_BOOST,
  type Weights,
} from '../../../src/core';
import { answersArb, datasetArb, platformsArb, subScoreArb, weightsArb } from './arbitraries';

const idsOf = (platforms: readonly PlatformFacts[], weights: Weights) =>
  rankPlatforms(platforms, weights).map((entry) => entry.id);

describe('ranking properties', () => {
  it('leaves the ranking unchanged when every weight is multiplied by the same constant', () => {
    const factor = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(platformsArb(), weightsArb, factor, (platforms, weights, k) => {
        const scaled = Object.fromEntries(CRITERION_IDS.map((c) => [c, weights[c] * k])) as Weights;
        expect(idsOf(platforms, scaled)).toEqual(idsOf(platforms, weights));
      }),
    );
  });

  it('never lowers a platform’s total or position when one of its sub-scores rises', () => {
    const pick = fc.record({
      index: fc.nat(),
      criterion: fc.constantFrom(...CRITERION_IDS),
      raised: subScoreArb,
    });
    fc.assert(
      fc.property(platformsArb(), weightsArb, pick, (platforms, weights, change) => {
        const index = change.index % platforms.length;
        const platform = platforms[index] as PlatformFacts;
        const current = platform.subScores[change.criterion].score;
        fc.pre(change.raised > current);

        const subScores = {
          ...platform.subScores,
          [change.criterion]: { score: change.raised, rationale: 'raised' },
        };
        const improved = platforms.map((p, i) => (i === index ? { ...p, subScores } : p));
        const before = rankPlatforms(platforms, weights).find((e) => e.id === platform.id);
        const after = rankPlatforms(improved, weights).find((e) => e.id === platform.id);
        expect(after?.total).toBeGreaterThanOrEqual(before?.total ?? 0);
        expect(after?.position).toBeLessThanOrEqual(before?.position ?? 0);
      }),
    );
  });

  it('does not depend on the order the platforms arrive in', () => {
    fc.assert(
      fc.property(platformsArb(), weightsArb, (platforms, weights) => {
        expect(idsOf([...platforms].reverse(), weights)).toEqual(idsOf(platforms, weights));
      }),
    );
  });
});

describe('booth scale properties', () => {
  const total = fc.double({ min: -50, max: 150, noNaN: true });

  it('stays within its bounds and never shrinks as the total grows', () => {
    fc.assert(
      fc.property(total, total, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(boothScale(low)).toBeGreaterThanOrEqual(BOOTH_SCALE.min);
        expect(boothScale(high)).toBeLessThanOrEqual(BOOTH_SCALE.max);
        expect(boothScale(low)).toBeLessThanOrEqual(boothScale(high));
      }),
    );
  });

  it('grows strictly inside its domain', () => {
    const [from, to] = BOOTH_SCALE.domain;
    const inside = fc.double({ min: from, max: to, noNaN: true });
    fc.assert(
      fc.property(inside, inside, (a, b) => {
        fc.pre(Math.abs(a - b) > 1e-6);
        const [low, high] = a < b ? [a, b] : [b, a];
        expect(boothScale(low)).toBeLessThan(boothScale(high));
      }),
    );
  });

  it('follows the ranking: a booth is never smaller than the one ranked below it', () => {
    fc.assert(
      fc.property(platformsArb(), weightsArb, (platforms, weights) => {
        const scales = rankPlatforms(platforms, weights).map((entry) => boothScale(entry.total));
        for (let i = 1; i < scales.length; i += 1) {
          expect(scales[i - 1]).toBeGreaterThanOrEqual((scales[i] ?? 0) - 1e-9);
        }
      }),
    );
  });
});

describe('recommendation properties', () => {
  it('gives a deep-equal recommendation for the same answers, every time', () => {
    fc.assert(
      fc.property(datasetArb, answersArb, weightsArb, (dataset, answers, weights) => {
        const first = recommend(dataset, answers, weights);
        const again = recommend(dataset, structuredClone(answers), { ...weights });
        const shuffled = { ...dataset, platforms: [...dataset.platforms].reverse() };
        expect(again).toEqual(first);
        expect(recommend(shuffled, answers, weights)).toEqual(first);
      }),
    );
  });

  it('accounts for every platform once and explains every point of every pick', () => {
    fc.assert(
      fc.property(datasetArb, answersArb, (dataset, answers) => {
        const result = recommend(dataset, answers);
        const seen = [...result.picks, ...result.excluded].map((entry) => entry.id).sort();
        expect(seen).toEqual(dataset.platforms.map((p) => p.id).sort());
        expect(result.picks.map((pick) => pick.position)).toEqual(
          result.picks.map((_, i) => i + 1),
        );
        for (const pick of result.picks) {
          const explained = pick.reasons.reduce((sum, reason) => sum + reason.points, 0);
          expect(pick.score).toBeCloseTo(pick.baseScore + explained, 9);
        }
        for (const entry of result.excluded) expect(entry.reasons.length).toBeGreaterThan(0);
        const sum = CRITERION_IDS.reduce((total, c) => total + result.weights[c], 0);
        expect(sum).toBeCloseTo(1, 12);
      }),
    );
  });

  it('lifts the guide’s pick by the use-case boost, to first when that closes the gap', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const leader = Math.max(...rankPlatforms(dataset.platforms).map((entry) => entry.total));
        for (const entry of dataset.decisionGuide) {
          const { picks } = recommend(dataset, { useCase: entry.useCase });
          const pick = picks.find((candidate) => candidate.id === entry.platformId);
          expect(pick?.score).toBe((pick?.baseScore ?? 0) + USE_CASE_BOOST);
          if (leader - (pick?.baseScore ?? 0) < USE_CASE_BOOST) {
            expect(picks[0]?.id).toBe(entry.platformId);
          }
        }
      }),
    );
  });
});
