export { formatYearMonth } from '../data/dates';

/** Scores are shown with one decimal: enough to separate close platforms, no false precision. */
export function formatScore(points: number): string {
  return points.toFixed(1);
}
