import { describe, expect, it } from 'vitest';
import { BOOTH_SCALE, boothScale, rankPlatforms } from '../../../src/core';
import { loadEmbeddedGuide } from '../../../src/data';

describe('boothScale', () => {
  const [low, high] = BOOTH_SCALE.domain;

  it('maps the ends of its domain to the documented bounds', () => {
    expect(boothScale(low)).toBe(BOOTH_SCALE.min);
    expect(boothScale(high)).toBeCloseTo(BOOTH_SCALE.max, 12);
  });

  it('clamps totals outside its domain', () => {
    expect(boothScale(0)).toBe(BOOTH_SCALE.min);
    expect(boothScale(100)).toBe(boothScale(high));
    expect(boothScale(Number.POSITIVE_INFINITY)).toBe(boothScale(high));
  });

  it('grows linearly inside its domain', () => {
    const middle = (low + high) / 2;
    expect(boothScale(middle)).toBeCloseTo((BOOTH_SCALE.min + BOOTH_SCALE.max) / 2, 12);
  });

  it('refuses NaN rather than drawing a booth of no size', () => {
    expect(() => boothScale(Number.NaN)).toThrow(RangeError);
  });

  it("makes the guide's #1 booth visibly larger than its #10", () => {
    const ranking = rankPlatforms(loadEmbeddedGuide().platforms);
    const first = boothScale(ranking[0]?.total ?? 0);
    const last = boothScale(ranking[ranking.length - 1]?.total ?? 0);
    expect(first / last).toBeGreaterThan(1.25);
  });
});
