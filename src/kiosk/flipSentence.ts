import type { CriterionId, TopFlip, Weights } from '../core';
import { CRITERION_IDS } from '../core';

/** One decimal at most, without a trailing ".0". */
export function formatWeight(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * The core's "what would flip #1" in the sliders' own units. The core answers in weights scaled
 * to sum 100; the sliders hold raw values, so the change is scaled back by their sum (rankings
 * do not change when every weight is scaled alike). Null when no slider within 0..100 flips it.
 */
export function flipSentence(
  flip: TopFlip | null,
  weights: Weights,
  labelOf: (criterion: CriterionId) => string,
  nameOf: (id: string) => string,
): string | null {
  if (!flip) return null;
  const sum = CRITERION_IDS.reduce((total, criterion) => total + weights[criterion], 0);
  const from = weights[flip.criterion];
  const to = (flip.to * sum) / 100;
  if (to > 100 || to < 0) return null;
  const verb = to > from ? 'Raise' : 'Lower';
  const label = labelOf(flip.criterion);
  const newTop = nameOf(flip.newTop);
  const change = `${verb} ${label} from ${formatWeight(from)} to ${formatWeight(to)}`;
  return `${change} and ${newTop} takes first place.`;
}
