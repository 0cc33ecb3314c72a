/**
 * Adaptive resolution as a pure policy: frame gaps in, pixel ratio out. The world renders on
 * demand, so only gaps between frames drawn back to back count (the previous frame had asked
 * for this one); the first frame after a rest says nothing about speed and is skipped, however
 * long or short the rest was.
 */

export interface ResolutionPolicy {
  /** Never below this pixel ratio: panel text must stay readable. */
  readonly min: number;
  /** Slower than this (median gap, ms) lowers the ratio. */
  readonly slowMs: number;
  /** Faster than this raises it back. */
  readonly fastMs: number;
  /** How much one change moves the ratio. */
  readonly step: number;
  /** Gaps judged together; a change starts a new window, so one slow frame changes nothing. */
  readonly window: number;
  /** A window also closes after this much time, so a device at a few frames a second adapts. */
  readonly windowMs: number;
  /** ...but never on fewer gaps than this. */
  readonly minGaps: number;
}

/** One drawn frame, as the policy sees it. */
export interface FrameGap {
  /** Time since the previous drawn frame. */
  readonly gapMs: number;
  /** The previous frame asked for this one (motion went on); false after a rest. */
  readonly backToBack: boolean;
}

export const RESOLUTION_POLICY: ResolutionPolicy = {
  min: 1,
  // Below about 40 fps lower; above about 55 fps raise back.
  slowMs: 25,
  fastMs: 18,
  step: 0.25,
  window: 20,
  windowMs: 1000,
  minGaps: 3,
};

/** Highest ratio worth paying for: 2 on desktops, 1.5 on phones (coarse pointer). */
export function resolutionCap(devicePixelRatio: number, coarsePointer: boolean): number {
  const cap = coarsePointer ? 1.5 : 2;
  return Math.max(1, Math.min(cap, devicePixelRatio));
}

export interface ResolutionState {
  readonly dpr: number;
  /** Gaps of the current window, oldest first. */
  readonly gaps: readonly number[];
}

export function initialResolution(cap: number): ResolutionState {
  return { dpr: cap, gaps: [] };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/**
 * The state after one more frame. The ratio moves one step at a time within [policy.min, cap],
 * and only once a full window of back-to-back gaps (by count, or by time on a slow device)
 * agrees.
 */
export function nextResolution(
  state: ResolutionState,
  frame: FrameGap,
  cap: number,
  policy: ResolutionPolicy = RESOLUTION_POLICY,
): ResolutionState {
  if (!frame.backToBack || !(frame.gapMs > 0)) return state;
  const gaps = [...state.gaps, frame.gapMs];
  const spanMs = gaps.reduce((sum, gap) => sum + gap, 0);
  const full =
    gaps.length >= policy.window || (spanMs >= policy.windowMs && gaps.length >= policy.minGaps);
  if (!full) return { dpr: state.dpr, gaps };

  const typical = median(gaps);
  const floor = Math.min(policy.min, cap);
  let dpr = state.dpr;
  if (typical > policy.slowMs) dpr -= policy.step;
  else if (typical < policy.fastMs) dpr += policy.step;
  return { dpr: Math.min(cap, Math.max(floor, dpr)), gaps: [] };
}
