import type { GuidePickOutcome, Recommendation } from '../core';

/**
 * The result's opening lines. The headline always names the platform we actually put first;
 * the decision guide's own pick is mentioned second, and when the visitor's answers pushed it
 * down or ruled it out, the note says so plainly, with the reasons, instead of naming it as if
 * it were the answer.
 */

export interface ResultHeadline {
  /** "We recommend X." or, when nothing is left, that every platform was ruled out. */
  readonly lead: string;
  /** What became of the guide's pick for the chosen use case; null without a use case. */
  readonly guideNote: string | null;
}

function ordinal(position: number): string {
  const tens = position % 100;
  if (tens >= 11 && tens <= 13) return `${position}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][position % 10] ?? 'th';
  return `${position}${suffix}`;
}

/**
 * The sentence about the guide's pick. `withReasons` adds the exclusion's own sentences (the
 * DOM panel has room for them; the 3D stand does not and points to the panel's list instead).
 */
export function guidePickNote(
  outcome: GuidePickOutcome | null,
  nameOf: (id: string) => string,
  withReasons: boolean,
): string | null {
  if (!outcome) return null;
  const label = `“${outcome.entry.label}”`;
  const name = nameOf(outcome.entry.platformId);
  switch (outcome.status) {
    case 'first':
      return `${name} is also the guide's pick for ${label}.`;
    case 'lower':
      return (
        `The guide's usual pick for ${label}, ${name}, comes ` +
        `${ordinal(outcome.position)} with your answers.`
      );
    case 'excluded': {
      const ruled = `The guide's usual pick for ${label} is ${name}, but your answers rule it out.`;
      return withReasons ? `${ruled} ${outcome.reasons.join(' ')}` : ruled;
    }
    case 'unlisted':
      return `The guide's usual pick for ${label} is not among the platforms shown here.`;
  }
}

export function resultHeadline(
  recommendation: Recommendation,
  nameOf: (id: string) => string,
  withReasons = true,
): ResultHeadline {
  const top = recommendation.picks[0];
  const lead = top
    ? `We recommend ${nameOf(top.id)}.`
    : 'Your answers rule out every platform, so there is nothing to recommend.';
  return { lead, guideNote: guidePickNote(recommendation.guidePick, nameOf, withReasons) };
}
