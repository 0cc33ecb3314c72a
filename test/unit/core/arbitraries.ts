import fc from 'fast-check';
import type { ChecklistAnswers } from '../../../src/core/answers';
import { CRITERION_IDS, type Weights } from '../../../src/core/criteria';
import {
  AVAILABILITY_KINDS,
  type Coverage,
  DEVICE_CLASSES,
  PERFORMANCE_PROFILES,
  type PlatformFacts,
  type ScoringDataset,
  TOOLING_KINDS,
  USE_CASE_IDS,
  WALLET_NEEDS,
} from '../../../src/core/facts';
import { makePlatform } from './fixtures';

const coverage = fc.constantFrom<Coverage>('supported', 'unsupported', 'not-stated');

/** Sub-scores on the guide's half-point grid, 0 to 10. */
export const subScoreArb = fc.integer({ min: 0, max: 20 }).map((halves) => halves / 2);

const subScoreRowArb = fc.tuple(
  subScoreArb,
  subScoreArb,
  subScoreArb,
  subScoreArb,
  subScoreArb,
  subScoreArb,
);

const factsArb = fc.record({
  devices: fc.record({ web: coverage, desktop: coverage, mobile: coverage, headset: coverage }),
  tooling: fc.record({ 'no-code': coverage, sdk: coverage, unity: coverage }),
  wallet: fc.record({ need: fc.constantFrom(...WALLET_NEEDS) }),
  availability: fc.record({ kind: fc.constantFrom(...AVAILABILITY_KINDS) }),
  costs: fc.record({
    freeToStart: fc.constantFrom<'yes' | 'no' | 'not-stated'>('yes', 'no', 'not-stated'),
    feeKinds: fc.constant([]),
  }),
  performance: fc.constantFrom(...PERFORMANCE_PROFILES),
  watchOuts: fc.array(fc.constantFrom('Check the fees.', 'Access is staged.'), { maxLength: 2 }),
});

/** Two to eight platforms with ids p0.., guide ranks shuffled, facts and sub-scores at random. */
export const platformsArb = (min = 2, max = 8): fc.Arbitrary<PlatformFacts[]> =>
  fc.array(fc.tuple(subScoreRowArb, factsArb), { minLength: min, maxLength: max }).chain((rows) =>
    fc
      .shuffledSubarray(
        rows.map((_, index) => index + 1),
        { minLength: rows.length, maxLength: rows.length },
      )
      .map((ranks) =>
        rows.map(([row, facts], index) => makePlatform(`p${index}`, ranks[index] ?? 1, row, facts)),
      ),
  );

export const datasetArb: fc.Arbitrary<ScoringDataset> = platformsArb().chain((platforms) =>
  fc
    .uniqueArray(
      fc.record({
        useCase: fc.constantFrom(...USE_CASE_IDS),
        platformId: fc.constantFrom(...platforms.map((platform) => platform.id)),
      }),
      { selector: (entry) => entry.useCase, maxLength: 4 },
    )
    .map((entries) => ({
      platforms,
      decisionGuide: entries.map((entry) => ({ ...entry, label: `Label ${entry.useCase}` })),
      redFlags: ['Generic red flag.'],
    })),
);

/** Six non-negative weights with at least one above zero. */
export const weightsArb: fc.Arbitrary<Weights> = fc
  .tuple(...CRITERION_IDS.map(() => fc.integer({ min: 0, max: 60 })))
  .filter((values) => values.some((value) => value > 0))
  .map((values) => Object.fromEntries(CRITERION_IDS.map((c, i) => [c, values[i] ?? 0])) as Weights);

export const answersArb: fc.Arbitrary<ChecklistAnswers> = fc.record(
  {
    region: fc.constantFrom<'open-everywhere-now' | 'flexible'>('open-everywhere-now', 'flexible'),
    needsCashOut: fc.boolean(),
    useCase: fc.constantFrom(...USE_CASE_IDS),
    devices: fc.subarray([...DEVICE_CLASSES]),
    tooling: fc.subarray([...TOOLING_KINDS]),
    wallet: fc.constantFrom<'never' | 'acceptable' | 'wanted'>('never', 'acceptable', 'wanted'),
    budget: fc.constantFrom<'none' | 'modest' | 'flexible'>('none', 'modest', 'flexible'),
    hardware: fc.constantFrom<'low-end' | 'mixed' | 'high-end'>('low-end', 'mixed', 'high-end'),
    connection: fc.constantFrom<'slow' | 'fast'>('slow', 'fast'),
    support: fc.constantFrom<'essential' | 'helpful' | 'unimportant'>(
      'essential',
      'helpful',
      'unimportant',
    ),
  },
  { requiredKeys: [] },
);
