import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ChecklistAnswers,
  DEVICE_CLASSES,
  type DeviceClass,
  type PlatformFacts,
  type Recommendation,
  recommend,
  type ScoringDataset,
  USE_CASE_IDS,
  type WalletNeed,
} from '../../../src/core';
import { asScoringDataset, loadEmbeddedGuide } from '../../../src/data';
import { answersArb, datasetArb } from './arbitraries';

/**
 * The wallet answer's rule, in one place:
 * - "No wallet, ever": platforms that require a wallet are ruled out; platforms that need one
 *   only to own or trade assets stay, with a penalty that says so.
 * - "A wallet is fine": the answer changes nothing.
 * - "I want to own assets on-chain": platforms the guide describes with no crypto at all are
 *   ruled out, so every pick (and so the #1) offers on-chain ownership or says to check it.
 */

const guide = asScoringDataset(loadEmbeddedGuide());
const ON_CHAIN: readonly WalletNeed[] = ['optional', 'for-ownership', 'required'];

const needOf = (dataset: ScoringDataset, id: string): WalletNeed => {
  const platform = dataset.platforms.find((candidate) => candidate.id === id);
  if (!platform) throw new Error(`no platform ${id}`);
  return platform.wallet.need;
};
const ownershipReasons = (result: Recommendation, id: string) =>
  result.picks.find((pick) => pick.id === id)?.reasons.filter((r) => r.step === 'ownership') ?? [];
const excludedForOwnership = (result: Recommendation) =>
  result.excluded
    .filter((entry) => entry.reasons.some((reason) => /wallet|on-chain/.test(reason)))
    .map((entry) => entry.id);

/** Every subset of the device classes: the answers that can rule platforms out. */
const deviceSets: DeviceClass[][] = Array.from({ length: 2 ** DEVICE_CLASSES.length }, (_, mask) =>
  DEVICE_CLASSES.filter((_, bit) => mask & (1 << bit)),
);

/** Every combination of the answers that exclude or boost strongly, for one wallet answer. */
function* combinationsFor(wallet: ChecklistAnswers['wallet']): Generator<ChecklistAnswers> {
  for (const useCase of [undefined, ...USE_CASE_IDS]) {
    for (const region of [undefined, 'open-everywhere-now', 'flexible'] as const) {
      for (const devices of deviceSets) yield { wallet, useCase, region, devices };
    }
  }
}

describe('a visitor who wants to own assets on-chain', () => {
  it('does not get Spatial first for corporate events; it is ruled out, saying why', () => {
    const result = recommend(guide, { useCase: 'corporate-events', wallet: 'wanted' });
    expect(result.picks[0]?.id).not.toBe('spatial');
    const spatial = result.excluded.find((entry) => entry.id === 'spatial');
    expect(spatial?.reasons).toEqual([expect.stringMatching(/no on-chain ownership/)]);
  });

  it('gets an on-chain platform first in every combination of use case, region and devices', () => {
    for (const answers of combinationsFor('wanted')) {
      const result = recommend(guide, answers);
      const top = result.picks[0];
      expect(top, JSON.stringify(answers)).toBeDefined();
      expect(ON_CHAIN, JSON.stringify(answers)).toContain(needOf(guide, top?.id ?? ''));
    }
  });

  it('never sees a platform without crypto among the picks, in any dataset', () => {
    fc.assert(
      fc.property(datasetArb, answersArb, (dataset, answers) => {
        const result = recommend(dataset, { ...answers, wallet: 'wanted' });
        for (const pick of result.picks) expect(needOf(dataset, pick.id)).not.toBe('none');
        const none = dataset.platforms.filter((p: PlatformFacts) => p.wallet.need === 'none');
        for (const platform of none) {
          expect(result.excluded.find((entry) => entry.id === platform.id)?.reasons).toContain(
            'The guide describes no on-chain ownership here, and you want to own assets on-chain.',
          );
        }
      }),
    );
  });

  it('is told to check where the guide does not say whether assets are held on-chain', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const result = recommend(dataset, { wallet: 'wanted' });
        for (const pick of result.picks) {
          const [reason] = ownershipReasons(result, pick.id);
          const need = needOf(dataset, pick.id);
          if (need === 'not-stated') expect(reason?.effect).toBe('penalty');
          else expect(reason?.effect).toBe('boost');
        }
      }),
    );
  });
});

describe('a visitor who never wants a wallet', () => {
  it('never gets a platform that requires one, in any combination that matters', () => {
    for (const answers of combinationsFor('never')) {
      const result = recommend(guide, answers);
      for (const pick of result.picks) expect(needOf(guide, pick.id)).not.toBe('required');
    }
  });

  it('is told, with a penalty, where owning or trading assets needs a wallet', () => {
    const result = recommend(guide, { wallet: 'never' });
    const forOwnership = result.picks.filter((p) => needOf(guide, p.id) === 'for-ownership');
    expect(forOwnership.length).toBeGreaterThan(0);
    for (const pick of forOwnership) {
      expect(ownershipReasons(result, pick.id)).toEqual([
        expect.objectContaining({ effect: 'penalty', text: expect.stringMatching(/wallet/) }),
      ]);
    }
    expect(excludedForOwnership(result).map((id) => needOf(guide, id))).toEqual(
      expect.arrayContaining(['required']),
    );
  });
});

describe('a visitor for whom a wallet is fine', () => {
  it('sees the same picks, scores and exclusions as one who did not answer', () => {
    for (const answers of combinationsFor('acceptable')) {
      const { wallet: _wallet, ...unanswered } = answers;
      expect(recommend(guide, answers)).toEqual(recommend(guide, unanswered));
    }
  });
});
