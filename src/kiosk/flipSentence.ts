import type { CriterionId, TopFlip } from '../core';

/** One decimal at most, without a trailing ".0". */
export function formatWeight(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export const NO_FLIP_SENTENCE =
  'No single slider change would give first place to another platform.';

/**
 * The weight panel's hint from the core's slider flip (whatWouldFlipTopOnSliders). The flip is
 * already in slider values, whole numbers the slider reaches, checked by ranking, so the
 * sentence names exactly what the visitor can set; without a flip it says none exists.
 */
export function flipSentence(
  flip: TopFlip | null,
  labelOf: (criterion: CriterionId) => string,
  nameOf: (id: string) => string,
): string {
  if (!flip) return NO_FLIP_SENTENCE;
  const verb = flip.to > flip.from ? 'Raise' : 'Lower';
  const label = labelOf(flip.criterion);
  const change = `${verb} ${label} from ${formatWeight(flip.from)} to ${formatWeight(flip.to)}`;
  return `${change} and ${nameOf(flip.newTop)} takes first place.`;
}
