import { describe, expect, it } from 'vitest';
import {
  initialResolution,
  nextResolution,
  RESOLUTION_POLICY,
  type ResolutionState,
  resolutionCap,
} from '../../../src/world/resolution';

const { window: WINDOW, step: STEP, minGaps: MIN_GAPS } = RESOLUTION_POLICY;

/** Feeds `count` back-to-back frames `gapMs` apart and returns the state after them. */
function frames(state: ResolutionState, gapMs: number, count: number, cap = 2): ResolutionState {
  let current = state;
  for (let i = 0; i < count; i++)
    current = nextResolution(current, { gapMs, backToBack: true }, cap);
  return current;
}

describe('the pixel-ratio cap', () => {
  it('is 2 on desktops and 1.5 on phones, never above the screen nor below 1', () => {
    expect(resolutionCap(3, false)).toBe(2);
    expect(resolutionCap(3, true)).toBe(1.5);
    expect(resolutionCap(1.25, false)).toBe(1.25);
    expect(resolutionCap(0.5, true)).toBe(1);
  });
});

describe('adaptive resolution', () => {
  it('starts at the cap', () => {
    expect(initialResolution(1.5).dpr).toBe(1.5);
  });

  it('lowers the ratio one step after a full window of slow frames', () => {
    const start = initialResolution(2);
    expect(frames(start, 40, WINDOW - 1).dpr).toBe(2);
    expect(frames(start, 40, WINDOW).dpr).toBe(2 - STEP);
  });

  it('keeps lowering while frames stay slow, but never below the floor', () => {
    expect(frames(initialResolution(2), 80, WINDOW * 20).dpr).toBe(RESOLUTION_POLICY.min);
  });

  it('raises the ratio back once frames recover, up to the cap and no further', () => {
    const lowered = frames(initialResolution(2), 40, WINDOW * 2);
    expect(lowered.dpr).toBe(2 - 2 * STEP);
    expect(frames(lowered, 10, WINDOW).dpr).toBe(2 - STEP);
    expect(frames(lowered, 10, WINDOW * 10).dpr).toBe(2);
  });

  it('holds steady between the slow and fast bounds', () => {
    expect(frames(initialResolution(2), 21, WINDOW * 5).dpr).toBe(2);
  });

  it('does not count the first frame after a rest as a slow frame', () => {
    let state = initialResolution(2);
    for (let i = 0; i < WINDOW * 3; i++) {
      state = nextResolution(state, { gapMs: 5_000, backToBack: false }, 2);
    }
    expect(state).toEqual(initialResolution(2));
  });

  it('judges a struggling device after a second of back-to-back frames, not twenty frames', () => {
    expect(frames(initialResolution(2), 900, MIN_GAPS - 1).dpr).toBe(2);
    expect(frames(initialResolution(2), 900, MIN_GAPS).dpr).toBe(2 - STEP);
  });

  it('judges by the typical frame, so a few slow frames among fast ones do not lower it', () => {
    let state = frames(initialResolution(2), 40, WINDOW);
    for (let i = 0; i < WINDOW; i++) {
      state = nextResolution(state, { gapMs: i % 5 === 0 ? 90 : 16, backToBack: true }, 2);
    }
    expect(state.dpr).toBe(2);
  });
});
