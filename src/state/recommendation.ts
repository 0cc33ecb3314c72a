import { useMemo } from 'react';
import type { ChecklistAnswers, Recommendation } from '../core/answers';
import type { Weights } from '../core/criteria';
import { recommend } from '../core/recommend';
import { WeightsError } from '../core/weights';
import { asScoringDataset } from '../data';
import type { Guide } from '../data/schema';
import { usePavilion } from './context';
import type { PavilionState } from './store';

/**
 * The kiosk's recommendation, derived from guide, answers and weights. Computed once per change
 * of any of the three and shared by every reader (DOM panel, 3D stand, highlight sync).
 */

export type RecommendationResult =
  | { readonly ok: true; readonly recommendation: Recommendation }
  | { readonly ok: false; readonly error: WeightsError };

interface Memo {
  readonly guide: Guide;
  readonly answers: ChecklistAnswers;
  readonly weights: Weights;
  readonly result: RecommendationResult;
}

let last: Memo | null = null;

/** Recommends; weights the core refuses (all zero) come back as an error, never a throw. */
export function deriveRecommendation(
  guide: Guide,
  answers: ChecklistAnswers,
  weights: Weights,
): RecommendationResult {
  if (last && last.guide === guide && last.answers === answers && last.weights === weights) {
    return last.result;
  }
  let result: RecommendationResult;
  try {
    result = { ok: true, recommendation: recommend(asScoringDataset(guide), answers, weights) };
  } catch (error) {
    if (!(error instanceof WeightsError)) throw error;
    result = { ok: false, error };
  }
  last = { guide, answers, weights, result };
  return result;
}

/** For imperative readers: `selectRecommendation(store.getState())`. */
export function selectRecommendation(state: PavilionState): RecommendationResult {
  return deriveRecommendation(state.guide, state.answers, state.weights);
}

/** The recommendation for the current answers and weights; re-renders only when they change. */
export function useRecommendation(): RecommendationResult {
  const guide = usePavilion((state) => state.guide);
  const answers = usePavilion((state) => state.answers);
  const weights = usePavilion((state) => state.weights);
  return useMemo(() => deriveRecommendation(guide, answers, weights), [guide, answers, weights]);
}

/** The ids of the first `count` picks, or none when there is no valid recommendation. */
export function topPickIds(result: RecommendationResult, count = 3): readonly string[] {
  if (!result.ok) return [];
  return result.recommendation.picks.slice(0, count).map((pick) => pick.id);
}
