import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend, type ScoringDataset } from '../../../src/core';
import { asScoringDataset, loadEmbeddedGuide } from '../../../src/data';
import { answersArb, datasetArb } from './arbitraries';
import { makePlatform } from './fixtures';

const guide = asScoringDataset(loadEmbeddedGuide());

/** The decision guide points to a platform the hall scores far below another. */
const outscored: ScoringDataset = {
  platforms: [
    makePlatform('strong', 1, [10, 10, 10, 10, 10, 10]),
    makePlatform('weak', 2, [0, 0, 0, 0, 0, 0]),
  ],
  decisionGuide: [
    { useCase: 'art-exhibitions', label: 'Art', platformId: 'weak' },
    { useCase: 'vr-immersion', label: 'VR', platformId: 'elsewhere' },
  ],
  redFlags: [],
};

describe("what became of the decision guide's pick", () => {
  it('is nothing when the visitor chose no use case', () => {
    expect(recommend(guide, {}).guidePick).toBeNull();
  });

  it('leads when nothing else in the answers stands against it', () => {
    const result = recommend(guide, { useCase: 'art-exhibitions' });
    expect(result.guidePick).toEqual({ status: 'first', entry: result.decisionGuideMatch });
    expect(result.picks[0]?.id).toBe('mona');
  });

  it.each([
    ['instant-nft-galleries', { wallet: 'never' }, 'oncyber', /needs a crypto wallet/],
    ['corporate-events', { wallet: 'wanted' }, 'spatial', /no on-chain ownership/],
    ['massive-metarpg', { region: 'open-everywhere-now' }, 'otherside', /access windows/],
  ] as const)('is ruled out, with the reason, for %s with %j', (useCase, more, id, reason) => {
    const result = recommend(guide, { useCase, ...more });
    expect(result.guidePick).toEqual({
      status: 'excluded',
      entry: expect.objectContaining({ platformId: id }),
      reasons: [expect.stringMatching(reason)],
    });
    expect(result.picks[0]?.id).not.toBe(id);
  });

  it('gives its position when other platforms outscore it despite the boost', () => {
    const result = recommend(outscored, { useCase: 'art-exhibitions' });
    expect(result.guidePick).toEqual(expect.objectContaining({ status: 'lower', position: 2 }));
  });

  it('says so when the pick is not in the dataset at all', () => {
    expect(recommend(outscored, { useCase: 'vr-immersion' }).guidePick?.status).toBe('unlisted');
  });

  it('always agrees with the picks and the exclusions', () => {
    fc.assert(
      fc.property(datasetArb, answersArb, (dataset, answers) => {
        const result = recommend(dataset, answers);
        const outcome = result.guidePick;
        if (!outcome) {
          expect(result.decisionGuideMatch).toBeNull();
          return;
        }
        const id = outcome.entry.platformId;
        const pick = result.picks.find((candidate) => candidate.id === id);
        const ruledOut = result.excluded.find((candidate) => candidate.id === id);
        if (outcome.status === 'first') expect(result.picks[0]?.id).toBe(id);
        if (outcome.status === 'lower') expect(pick?.position).toBe(outcome.position);
        if (outcome.status === 'lower') expect(outcome.position).toBeGreaterThan(1);
        if (outcome.status === 'excluded') expect(ruledOut?.reasons).toEqual(outcome.reasons);
        if (outcome.status === 'unlisted') expect(pick ?? ruledOut).toBeUndefined();
      }),
    );
  });
});
