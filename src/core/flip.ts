import { CRITERION_IDS, type CriterionId, GUIDE_WEIGHTS, type Weights } from './criteria';
import type { PlatformFacts } from './facts';
import { rankPlatforms } from './rank';
import { checkWeights, weightsInPercent } from './weights';

/** Weights the answer may land on are multiples of this, in percentage points. */
export const FLIP_STEP = 0.5;

/** How far past an analytic threshold the rounded search looks before giving up. */
const SEARCH_STEPS = 6;

export interface TopFlip {
  readonly criterion: CriterionId;
  /** The criterion's current weight, in points of weights normalised to sum 100. */
  readonly from: number;
  /** The weight that changes the #1 platform: a multiple of FLIP_STEP, never below 0. */
  readonly to: number;
  /** The platform that leads once the weight is `to`. */
  readonly newTop: string;
}

function subScore(platform: PlatformFacts, criterion: CriterionId): number {
  return platform.subScores[criterion].score;
}

/**
 * With only criterion c's weight moved by delta, a platform's total is
 * (N + 10 * delta * s_c) / (100 + delta), where N is 100 times its current total. A challenger
 * overtakes the top where the numerators cross: delta * 10 * (s_c - top s_c) = 100 * gap.
 * Returns the closest crossing above and below zero (null where no challenger crosses).
 */
function thresholds(
  top: PlatformFacts,
  topTotal: number,
  challengers: readonly { platform: PlatformFacts; total: number }[],
  criterion: CriterionId,
): { up: number | null; down: number | null } {
  let up: number | null = null;
  let down: number | null = null;
  for (const { platform, total } of challengers) {
    const slope = 10 * (subScore(platform, criterion) - subScore(top, criterion));
    if (slope === 0) continue;
    const delta = (100 * (topTotal - total)) / slope;
    if (slope > 0) up = up === null ? delta : Math.min(up, delta);
    else down = down === null ? delta : Math.max(down, delta);
  }
  return { up, down };
}

/**
 * The smallest change to one criterion's weight (others unchanged) that changes the #1
 * platform, rounded to FLIP_STEP and verified with rankPlatforms; null when none can.
 */
export function whatWouldFlipTop(
  platforms: readonly PlatformFacts[],
  weights: Weights = GUIDE_WEIGHTS,
): TopFlip | null {
  const percent = weightsInPercent(weights);
  const ranking = rankPlatforms(platforms, percent);
  const [first] = ranking;
  const top = platforms.find((platform) => platform.id === first?.id);
  if (!first || !top) return null;

  const totals = new Map(ranking.map((entry) => [entry.id, entry.total]));
  const challengers = platforms
    .filter((platform) => platform.id !== top.id)
    .map((platform) => ({ platform, total: totals.get(platform.id) ?? 0 }));

  // Returns the new leader at weight `to`, or null if the top stays (or the weights are invalid).
  const leaderAt = (criterion: CriterionId, to: number): string | null => {
    const check = checkWeights({ ...percent, [criterion]: to });
    if (!check.ok) return null;
    const leader = rankPlatforms(platforms, check.weights)[0]?.id;
    return leader && leader !== top.id ? leader : null;
  };

  let best: TopFlip | null = null;
  const consider = (criterion: CriterionId, to: number, newTop: string): void => {
    const from = percent[criterion];
    if (best === null || Math.abs(to - from) < Math.abs(best.to - best.from)) {
      best = { criterion, from, to, newTop };
    }
  };

  for (const criterion of CRITERION_IDS) {
    const from = percent[criterion];
    const { up, down } = thresholds(top, first.total, challengers, criterion);

    // Start one step short of the rounded crossing: a tie at the crossing may already flip.
    if (up !== null) {
      const start = (Math.floor((from + up) / FLIP_STEP) - 1) * FLIP_STEP;
      for (let i = 0, to = start; i < SEARCH_STEPS; i += 1, to += FLIP_STEP) {
        if (to <= from) continue;
        const leader = leaderAt(criterion, to);
        if (leader) {
          consider(criterion, to, leader);
          break;
        }
      }
    }
    if (down !== null && from + down >= -FLIP_STEP) {
      const start = (Math.ceil((from + down) / FLIP_STEP) + 1) * FLIP_STEP;
      for (let i = 0, to = start; i < SEARCH_STEPS && to >= 0; i += 1, to -= FLIP_STEP) {
        if (to >= from) continue;
        const leader = leaderAt(criterion, to);
        if (leader) {
          consider(criterion, to, leader);
          break;
        }
      }
    }
  }
  return best;
}
