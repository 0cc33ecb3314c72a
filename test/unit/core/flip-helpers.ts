import { FLIP_STEP, rankPlatforms, weightsInPercent } from '../../../src/core';
import { CRITERION_IDS, type CriterionId, type Weights } from '../../../src/core/criteria';
import type { PlatformFacts } from '../../../src/core/facts';

/** The #1 platform once one criterion's weight (in points of 100) is set to `to`. */
export function topWith(
  platforms: readonly PlatformFacts[],
  weights: Weights,
  criterion: CriterionId,
  to: number,
): string | undefined {
  const percent = weightsInPercent(weights);
  return rankPlatforms(platforms, { ...percent, [criterion]: to })[0]?.id;
}

/** Every single-weight change on the FLIP_STEP grid strictly closer than `limit` points. */
export function* gridChangesWithin(weights: Weights, limit: number) {
  const percent = weightsInPercent(weights);
  for (const criterion of CRITERION_IDS) {
    const from = percent[criterion];
    const lowest = Math.max(0, Math.ceil((from - limit) / FLIP_STEP) * FLIP_STEP);
    for (let to = lowest; to < from + limit; to += FLIP_STEP) {
      if (Math.abs(to - from) >= limit || to === from) continue;
      const others = CRITERION_IDS.filter((c) => c !== criterion).some((c) => percent[c] > 0);
      if (to === 0 && !others) continue;
      yield { criterion, to };
    }
  }
}
