import { CRITERION_IDS, type CriterionId, type Weights } from './criteria';
import type { PlatformFacts } from './facts';
import { normaliseWeights } from './weights';

/** What one criterion adds to a platform's total. */
export interface Contribution {
  readonly criterion: CriterionId;
  /** The guide's editorial sub-score, 0 to 10. */
  readonly subScore: number;
  /** The criterion's weight, normalised so that all weights sum to 1. */
  readonly weight: number;
  /** weight * subScore * 10: the share of the 0..100 total this criterion earns. */
  readonly points: number;
}

export interface ScoredPlatform {
  readonly id: string;
  /** Weighted score, 0 to 100: the sum of the contributions' points. */
  readonly total: number;
  readonly contributions: readonly Contribution[];
}

function readSubScore(platform: PlatformFacts, criterion: CriterionId): number {
  const score = platform.subScores[criterion]?.score;
  // The data layer's schema already guarantees this; the check keeps hand-built datasets honest.
  if (typeof score !== 'number' || !(score >= 0 && score <= 10)) {
    throw new RangeError(
      `[core] platform "${platform.id}" has sub-score ${String(score)} for "${criterion}";` +
        ' expected a number from 0 to 10',
    );
  }
  return score;
}

/** Scores with weights that are already normalised: the hot path for ranking and searching. */
export function scoreWithUnitWeights(platform: PlatformFacts, unit: Weights): ScoredPlatform {
  const contributions = CRITERION_IDS.map((criterion) => {
    const subScore = readSubScore(platform, criterion);
    const weight = unit[criterion];
    // Ten times the sub-score first: 0.3 * 90 is exactly 27, 0.3 * 9 * 10 is not.
    return { criterion, subScore, weight, points: weight * (subScore * 10) };
  });
  const total = contributions.reduce((sum, contribution) => sum + contribution.points, 0);
  return { id: platform.id, total, contributions };
}

/** Scores one platform: a 0..100 total and what each criterion contributed to it. */
export function scorePlatform(platform: PlatformFacts, weights: Weights): ScoredPlatform {
  return scoreWithUnitWeights(platform, normaliseWeights(weights));
}
