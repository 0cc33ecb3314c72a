import { CRITERION_IDS, type CriterionId } from '../../../src/core/criteria';
import type { PlatformFacts, ScoringDataset } from '../../../src/core/facts';

/** Sub-scores in the guide's criterion order: liquidity, security, coverage, costs, ux, support. */
type SubScoreRow = readonly [number, number, number, number, number, number];

export function subScoresOf(row: SubScoreRow): PlatformFacts['subScores'] {
  const entries = CRITERION_IDS.map((criterion, index) => [
    criterion,
    { score: row[index] ?? 0, rationale: `fixture ${criterion}` },
  ]);
  return Object.fromEntries(entries) as Record<CriterionId, { score: number; rationale: string }>;
}

/** A platform with neutral facts (all not stated), overridable field by field. */
export function makePlatform(
  id: string,
  rank: number,
  row: SubScoreRow,
  overrides: Partial<PlatformFacts> = {},
): PlatformFacts {
  return {
    id,
    name: id,
    rank,
    subScores: subScoresOf(row),
    devices: {
      web: 'not-stated',
      desktop: 'not-stated',
      mobile: 'not-stated',
      headset: 'not-stated',
    },
    tooling: { 'no-code': 'not-stated', sdk: 'not-stated', unity: 'not-stated' },
    wallet: { need: 'not-stated' },
    availability: { kind: 'global' },
    costs: { freeToStart: 'not-stated', feeKinds: [] },
    performance: 'not-stated',
    watchOuts: [],
    ...overrides,
  };
}

/** A four-platform hall, small enough to check every number by hand. */
export const smallHall: ScoringDataset = {
  platforms: [
    makePlatform('open-plaza', 1, [9, 8, 8, 6, 7, 8], {
      devices: {
        web: 'supported',
        desktop: 'supported',
        mobile: 'not-stated',
        headset: 'unsupported',
      },
      wallet: { need: 'for-ownership' },
      watchOuts: ['Plaza fees change often.'],
    }),
    makePlatform('event-studio', 2, [7, 8, 9, 7, 9, 7], {
      devices: {
        web: 'supported',
        desktop: 'supported',
        mobile: 'supported',
        headset: 'supported',
      },
      tooling: { 'no-code': 'supported', sdk: 'supported', unity: 'supported' },
      wallet: { need: 'none' },
      costs: { freeToStart: 'yes', feeKinds: ['subscription'] },
      performance: 'lightweight',
      watchOuts: ['Paid tiers unlock the larger rooms.'],
    }),
    makePlatform('vr-realm', 3, [7, 7, 7, 6, 6, 7], {
      devices: {
        web: 'unsupported',
        desktop: 'supported',
        mobile: 'unsupported',
        headset: 'supported',
      },
      wallet: { need: 'for-ownership' },
      performance: 'demanding',
    }),
    makePlatform('chain-saga', 4, [8, 6, 4, 5, 5, 3], {
      wallet: { need: 'required' },
      availability: { kind: 'access-windows' },
    }),
  ],
  decisionGuide: [
    { useCase: 'corporate-events', label: 'Calm corporate events', platformId: 'event-studio' },
    { useCase: 'massive-metarpg', label: 'Huge on-chain adventures', platformId: 'chain-saga' },
  ],
  redFlags: ['No way to export what you build.'],
};
