import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend } from '../../../src/core';
import { asScoringDataset, loadEmbeddedGuide } from '../../../src/data';
import { answersArb, datasetArb } from './arbitraries';
import { makePlatform } from './fixtures';

const guide = asScoringDataset(loadEmbeddedGuide());
const WHY = /It is (stronger|weaker) on [a-z ]+ than overall, so this (lifts|lowers) it\.$/;

describe('the reasons a weight shift gives', () => {
  it('say why a platform lost points when a criterion it is weaker on counts for more', () => {
    const decentraland = recommend(guide, { budget: 'none' }).picks.find(
      (pick) => pick.id === 'decentraland',
    );
    const costs = decentraland?.reasons.find((reason) => reason.effect === 'weight');
    expect(costs?.points).toBeLessThan(0);
    expect(costs?.text).toBe(
      'Costs count for more because you have no budget. ' +
        'It is weaker on costs than overall, so this lowers it.',
    );
  });

  it('give no why when the shift moved the score only by rounding', () => {
    // fast-check found this: once a slow connection has shifted the weights, this platform's
    // support equals its overall score, and lowering support moves it by 7e-15 points. The sign
    // of that noise used to pick "stronger ... lifts it" under "counts for less".
    const platform = makePlatform('p0', 1, [9.5, 3, 0, 6, 10, 6]);
    const other = makePlatform('p1', 2, [0, 0, 0, 0, 0, 0]);
    const [pick] = recommend(
      { platforms: [platform, other], decisionGuide: [], redFlags: [] },
      { connection: 'slow', support: 'unimportant' },
    ).picks;
    const support = pick?.reasons.find((reason) => reason.step === 'support');
    expect(Math.abs(support?.points ?? 1)).toBeLessThan(1e-9);
    expect(support?.text).toBe('Support counts for less because you can do without it.');
  });

  it('always point the way the score moved, for weights raised and lowered alike', () => {
    fc.assert(
      fc.property(datasetArb, answersArb, (dataset, answers) => {
        for (const pick of recommend(dataset, answers).picks) {
          for (const reason of pick.reasons.filter((r) => r.effect === 'weight')) {
            const match = WHY.exec(reason.text);
            if (reason.points === 0) continue;
            if (!match) {
              // Only a platform exactly as good on the criterion as overall has no "why".
              expect(Math.abs(reason.points)).toBeLessThan(1e-9);
              continue;
            }
            const [, side, effect] = match;
            expect(effect).toBe(reason.points > 0 ? 'lifts' : 'lowers');
            const raised = !/counts for less/.test(reason.text);
            expect(side === 'stronger').toBe(raised === (effect === 'lifts'));
          }
        }
      }),
    );
  });
});
