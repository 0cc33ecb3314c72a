import { CRITERION_IDS, type CriterionId, GUIDE_WEIGHTS, type Weights } from './criteria';
import type { PlatformFacts } from './facts';
import { rankPlatforms } from './rank';
import { checkSliderWeights, SLIDER } from './sliders';
import { checkWeights, weightsInPercent } from './weights';

/** Weights the answer may land on are multiples of this, in percentage points. */
export const FLIP_STEP = 0.5;

/** How far past an analytic threshold the rounded search looks before giving up. */
const SEARCH_STEPS = 6;

export interface TopFlip {
  readonly criterion: CriterionId;
  /** The criterion's current weight: in points of 100, or a slider value (see the finders). */
  readonly from: number;
  /** The weight that changes the #1 platform, on the finder's grid, never below 0. */
  readonly to: number;
  /** The platform that leads once the weight is `to`. */
  readonly newTop: string;
}

function subScore(platform: PlatformFacts, criterion: CriterionId): number {
  return platform.subScores[criterion].score;
}

/**
 * With only criterion c's weight moved by delta, a platform's total is
 * (S * t + 10 * delta * s_c) / (S + delta), where S is the weights' sum and t its current total.
 * A challenger overtakes the top where the numerators cross: delta * 10 * (s_c - top s_c) =
 * S * gap. Returns the closest crossing above and below zero (null where no challenger crosses).
 */
function thresholds(
  top: PlatformFacts,
  topTotal: number,
  challengers: readonly { platform: PlatformFacts; total: number }[],
  criterion: CriterionId,
  sum: number,
): { up: number | null; down: number | null } {
  let up: number | null = null;
  let down: number | null = null;
  for (const { platform, total } of challengers) {
    const slope = 10 * (subScore(platform, criterion) - subScore(top, criterion));
    if (slope === 0) continue;
    const delta = (sum * (topTotal - total)) / slope;
    if (slope > 0) up = up === null ? delta : Math.min(up, delta);
    else down = down === null ? delta : Math.max(down, delta);
  }
  return { up, down };
}

/** The values an answer may land on: multiples of `step` from 0 to `max`. */
interface Grid {
  readonly step: number;
  readonly max: number;
}

/**
 * The smallest change to one criterion's weight (others unchanged, in the units `weights` are
 * given in) that changes the #1 platform, on `grid`, verified with rankPlatforms.
 */
function searchFlip(
  platforms: readonly PlatformFacts[],
  weights: Weights,
  grid: Grid,
): TopFlip | null {
  const ranking = rankPlatforms(platforms, weights);
  const [first] = ranking;
  const top = platforms.find((platform) => platform.id === first?.id);
  if (!first || !top) return null;

  const sum = CRITERION_IDS.reduce((total, criterion) => total + weights[criterion], 0);
  const totals = new Map(ranking.map((entry) => [entry.id, entry.total]));
  const challengers = platforms
    .filter((platform) => platform.id !== top.id)
    .map((platform) => ({ platform, total: totals.get(platform.id) ?? 0 }));

  // Returns the new leader at weight `to`, or null if the top stays (or the weights are invalid).
  const leaderAt = (criterion: CriterionId, to: number): string | null => {
    const check = checkWeights({ ...weights, [criterion]: to });
    if (!check.ok) return null;
    const leader = rankPlatforms(platforms, check.weights)[0]?.id;
    return leader && leader !== top.id ? leader : null;
  };

  let best: TopFlip | null = null;
  const consider = (criterion: CriterionId, to: number, newTop: string): void => {
    const from = weights[criterion];
    if (best === null || Math.abs(to - from) < Math.abs(best.to - best.from)) {
      best = { criterion, from, to, newTop };
    }
  };

  const { step, max } = grid;
  for (const criterion of CRITERION_IDS) {
    const from = weights[criterion];
    const { up, down } = thresholds(top, first.total, challengers, criterion, sum);

    // Start one step short of the rounded crossing: a tie at the crossing may already flip.
    if (up !== null) {
      const start = (Math.floor((from + up) / step) - 1) * step;
      for (let i = 0, to = start; i < SEARCH_STEPS && to <= max; i += 1, to += step) {
        if (to <= from) continue;
        const leader = leaderAt(criterion, to);
        if (leader) {
          consider(criterion, to, leader);
          break;
        }
      }
    }
    if (down !== null && from + down >= -step) {
      const start = (Math.ceil((from + down) / step) + 1) * step;
      for (let i = 0, to = start; i < SEARCH_STEPS && to >= 0; i += 1, to -= step) {
        if (to >= from || to > max) continue;
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

/**
 * The smallest change to one criterion's weight (others unchanged) that changes the #1
 * platform, in points of weights scaled to sum 100, rounded to FLIP_STEP and verified with
 * rankPlatforms; null when none can.
 */
export function whatWouldFlipTop(
  platforms: readonly PlatformFacts[],
  weights: Weights = GUIDE_WEIGHTS,
): TopFlip | null {
  return searchFlip(platforms, weightsInPercent(weights), { step: FLIP_STEP, max: Infinity });
}

/**
 * The same question for the weight sliders: which one slider, set to which whole number from 0
 * to 100 (the others left as they are), changes the #1 platform with the least movement. `from`
 * and `to` are slider values. Null when no single slider setting does.
 */
export function whatWouldFlipTopOnSliders(
  platforms: readonly PlatformFacts[],
  sliders: Weights,
): TopFlip | null {
  const check = checkSliderWeights(sliders);
  if (!check.ok) throw check.error;
  return searchFlip(platforms, sliders, { step: SLIDER.step, max: SLIDER.max });
}
