import { describe, expect, it } from 'vitest';
import {
  type ChecklistAnswers,
  PREFERENCE_LIMIT,
  rankPlatforms,
  recommend,
  USE_CASE_IDS,
} from '../../../src/core';
import { asScoringDataset, loadEmbeddedGuide } from '../../../src/data';
import { smallHall } from './fixtures';

const guide = asScoringDataset(loadEmbeddedGuide());
const topOf = (answers: ChecklistAnswers) => recommend(guide, answers).picks[0]?.id;
const pickOf = (answers: ChecklistAnswers, id: string) =>
  recommend(guide, answers).picks.find((pick) => pick.id === id);

describe('recommend with no answers', () => {
  it("keeps the guide's ranking, scores and weights and gives no reasons", () => {
    const result = recommend(guide, {});
    const ranking = rankPlatforms(guide.platforms);
    expect(result.picks.map((pick) => pick.id)).toEqual(ranking.map((entry) => entry.id));
    expect(result.picks.map((pick) => pick.score)).toEqual(ranking.map((entry) => entry.total));
    expect(result.picks.every((pick) => pick.reasons.length === 0)).toBe(true);
    expect(result.excluded).toEqual([]);
    expect(result.decisionGuideMatch).toBeNull();
  });

  it('lists the generic red flags, then the top pick’s own watch-outs', () => {
    const result = recommend(guide, {});
    const top = guide.platforms.find((platform) => platform.id === result.picks[0]?.id);
    expect(result.redFlags).toEqual([...guide.redFlags, ...(top?.watchOuts ?? [])]);
  });
});

describe('recommend with the decision guide', () => {
  it.each(USE_CASE_IDS)('puts the guide’s pick for %s first when chosen alone', (useCase) => {
    const entry = guide.decisionGuide.find((candidate) => candidate.useCase === useCase);
    const result = recommend(guide, { useCase });
    expect(result.decisionGuideMatch).toEqual(entry);
    expect(result.picks[0]?.id).toBe(entry?.platformId);
  });

  it('favours Spatial for corporate events without a wallet', () => {
    expect(topOf({ useCase: 'corporate-events', wallet: 'never' })).toBe('spatial');
  });

  it('favours Somnium Space for VR immersion on a headset', () => {
    expect(topOf({ useCase: 'vr-immersion', devices: ['headset'] })).toBe('somnium-space');
  });

  it('favours Somnium Space for headset visitors even without a use case', () => {
    expect(topOf({ devices: ['headset'], hardware: 'high-end' })).toBe('somnium-space');
  });
});

describe('recommend with hard constraints', () => {
  it('leaves out exactly Otherside, with a reason, when it must be open everywhere now', () => {
    const result = recommend(guide, { region: 'open-everywhere-now' });
    expect(result.excluded.map((entry) => entry.id)).toEqual(['otherside']);
    expect(result.excluded[0]?.reasons).toEqual([expect.stringMatching(/access windows/)]);
    expect(result.picks.map((pick) => pick.id)).not.toContain('otherside');
  });

  it('leaves out exactly the platforms that require a wallet when a wallet is ruled out', () => {
    const required = guide.platforms
      .filter((platform) => platform.wallet.need === 'required')
      .map((platform) => platform.id);
    const result = recommend(guide, { wallet: 'never' });
    expect(required.length).toBeGreaterThan(0);
    expect(result.excluded.map((entry) => entry.id).sort()).toEqual([...required].sort());
    for (const entry of result.excluded) {
      expect(entry.reasons).toEqual([expect.stringMatching(/wallet/)]);
    }
  });

  it('leaves out a platform that does not run on a device the visitor needs', () => {
    const result = recommend(smallHall, { devices: ['mobile', 'headset'] });
    const vr = result.excluded.find((entry) => entry.id === 'vr-realm');
    expect(vr?.reasons).toEqual([expect.stringMatching(/phones/)]);
    expect(result.excluded.map((entry) => entry.id)).toEqual(['open-plaza', 'vr-realm']);
  });
});

describe('recommend with preferences', () => {
  it('warns, with a penalty, when the guide does not say a platform runs on phones', () => {
    const decentraland = pickOf({ devices: ['mobile'] }, 'decentraland');
    expect(decentraland?.reasons).toContainEqual({
      step: 'devices',
      effect: 'penalty',
      points: -4,
      text: 'The guide does not say it runs on phones: check before committing.',
    });
  });

  it('raises the weight of costs for a visitor with no budget', () => {
    const neutral = recommend(guide, {}).weights;
    const broke = recommend(guide, { budget: 'none' }).weights;
    expect(broke.costs).toBeGreaterThan(neutral.costs);
    expect(Object.values(broke).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('raises support and ease of use when the visitor says so', () => {
    const neutral = recommend(guide, {}).weights;
    const shifted = recommend(guide, { support: 'essential', hardware: 'low-end' }).weights;
    expect(shifted.support).toBeGreaterThan(neutral.support);
    expect(shifted.ux).toBeGreaterThan(neutral.ux);
  });

  it('penalises region-dependent cash-out when the visitor needs to cash out', () => {
    const upland = pickOf({ needsCashOut: true }, 'upland');
    expect(upland?.score).toBeLessThan(upland?.baseScore ?? 0);
    expect(upland?.reasons[0]?.text).toMatch(/region/);
  });

  it('favours lightweight platforms on slow connections and penalises demanding ones', () => {
    const voxels = pickOf({ connection: 'slow' }, 'voxels');
    const mona = pickOf({ connection: 'slow' }, 'mona');
    expect(voxels?.reasons.some((r) => r.effect === 'boost' && r.step === 'performance')).toBe(
      true,
    );
    expect(mona?.reasons.some((r) => r.effect === 'penalty' && r.step === 'performance')).toBe(
      true,
    );
  });

  it('keeps every preference within its bound and explains every point', () => {
    const answers: ChecklistAnswers = {
      region: 'open-everywhere-now',
      needsCashOut: true,
      devices: ['web', 'mobile'],
      tooling: ['unity'],
      wallet: 'wanted',
      budget: 'none',
      hardware: 'low-end',
      connection: 'slow',
      support: 'essential',
    };
    for (const pick of recommend(guide, answers).picks) {
      const explained = pick.reasons.reduce((sum, reason) => sum + reason.points, 0);
      expect(pick.score).toBeCloseTo(pick.baseScore + explained, 9);
      for (const reason of pick.reasons.filter((r) => r.effect !== 'weight')) {
        expect(Math.abs(reason.points)).toBeLessThanOrEqual(PREFERENCE_LIMIT);
      }
    }
  });
});
