/**
 * How big a booth stands in the hall, from its platform's total. The guide's totals sit around
 * 55 to 85, so a linear map over 40..90 keeps every booth distinct (#1 clearly larger than #10)
 * while totals far outside the guide's range are clamped rather than dwarfing the hall.
 */
export const BOOTH_SCALE = Object.freeze({
  /** Scale at or below the domain's lower end. */
  min: 0.7,
  /** Scale at or above the domain's upper end. */
  max: 1.4,
  /** The totals over which the scale grows strictly and linearly. */
  domain: Object.freeze([40, 90] as const),
});

/** Maps a total (0..100) to a booth scale: non-decreasing, strictly increasing over the domain. */
export function boothScale(total: number): number {
  if (Number.isNaN(total)) throw new RangeError('[core] boothScale needs a number, got NaN');
  const [low, high] = BOOTH_SCALE.domain;
  const clamped = Math.min(high, Math.max(low, total));
  const share = (clamped - low) / (high - low);
  return BOOTH_SCALE.min + share * (BOOTH_SCALE.max - BOOTH_SCALE.min);
}
