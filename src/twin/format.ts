export { formatYearMonth } from '../data/dates';

/** Scores are shown with one decimal: enough to separate close platforms, no false precision. */
export function formatScore(points: number): string {
  return points.toFixed(1);
}

/**
 * A phrase written to stand alone, set inside a sentence: only its first letter goes to lower
 * case, and not even that when the first word is an acronym or a coined name ("IP", "VR",
 * "MetaRPG": a capital after the first letter, or a digit) or the phrase starts with one of
 * `names` (platform names, say).
 */
export function inSentence(phrase: string, names: readonly string[] = []): string {
  const first = /^[^\s,.;:()]*/.exec(phrase)?.[0] ?? '';
  const coined = /[A-Z0-9]/.test(first.slice(1));
  const named = names.some(
    (name) => phrase.startsWith(name) && !/[\p{L}\p{N}]/u.test(phrase.charAt(name.length)),
  );
  if (coined || named) return phrase;
  return phrase.charAt(0).toLowerCase() + phrase.slice(1);
}
