import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRITERION_IDS,
  checkSliderWeights,
  GUIDE_WEIGHTS,
  moveSlider,
  type PlatformFacts,
  rankPlatforms,
  SLIDER_FLOOR,
  type Weights,
  whatWouldFlipTopOnSliders,
} from '../../../src/core';
import { loadEmbeddedGuide } from '../../../src/data';
import { platformsArb, weightsArb } from './arbitraries';

const only = (criterion: keyof Weights, value: number): Weights =>
  ({
    ...Object.fromEntries(CRITERION_IDS.map((c) => [c, 0])),
    [criterion]: value,
  }) as Weights;

/** The closest whole-number setting of any one slider that changes the #1, by trying them all. */
function closestFlipByHand(platforms: readonly PlatformFacts[], sliders: Weights): number | null {
  const top = rankPlatforms(platforms, sliders)[0]?.id;
  let closest: number | null = null;
  for (const criterion of CRITERION_IDS) {
    for (let to = 0; to <= 100; to += 1) {
      const next = { ...sliders, [criterion]: to };
      if (!checkSliderWeights(next).ok || rankPlatforms(platforms, next)[0]?.id === top) continue;
      const distance = Math.abs(to - sliders[criterion]);
      if (closest === null || distance < closest) closest = distance;
    }
  }
  return closest;
}

describe('moving one weight slider', () => {
  it('goes where it is moved, in whole numbers from 0 to 100', () => {
    expect(moveSlider(GUIDE_WEIGHTS, 'ux', 0)).toEqual({
      weights: { ...GUIDE_WEIGHTS, ux: 0 },
      held: null,
    });
    expect(moveSlider(GUIDE_WEIGHTS, 'ux', 42.6).weights.ux).toBe(43);
    expect(moveSlider(GUIDE_WEIGHTS, 'ux', 140).weights.ux).toBe(100);
    expect(moveSlider(GUIDE_WEIGHTS, 'ux', -3).weights.ux).toBe(0);
  });

  it('stops the last weight above zero at 1 and says which one it held', () => {
    expect(moveSlider(only('support', 5), 'support', 0)).toEqual({
      weights: only('support', SLIDER_FLOOR),
      held: 'support',
    });
  });

  it('never leaves weights the core or a link cannot hold, whatever the moves', () => {
    const moves = fc.array(
      fc.tuple(fc.constantFrom(...CRITERION_IDS), fc.integer({ min: -10, max: 110 })),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(weightsArb, moves, (start, steps) => {
        let sliders = start;
        for (const [criterion, value] of steps) {
          const move = moveSlider(sliders, criterion, value);
          sliders = move.weights;
          expect(checkSliderWeights(sliders).ok).toBe(true);
          const wanted = Math.min(100, Math.max(0, value));
          expect(sliders[criterion]).toBe(move.held ? SLIDER_FLOOR : wanted);
        }
      }),
    );
  });
});

describe('the flip a slider can make', () => {
  it("names a whole number for the guide's weights that really puts another platform first", () => {
    const { platforms } = loadEmbeddedGuide();
    const flip = whatWouldFlipTopOnSliders(platforms, GUIDE_WEIGHTS);
    if (!flip) throw new Error("the guide's weights should have a flip");
    expect(Number.isInteger(flip.to)).toBe(true);
    expect(flip.from).toBe(GUIDE_WEIGHTS[flip.criterion]);
    const next = { ...GUIDE_WEIGHTS, [flip.criterion]: flip.to };
    expect(rankPlatforms(platforms, next)[0]?.id).toBe(flip.newTop);
    expect(flip.newTop).not.toBe(rankPlatforms(platforms, GUIDE_WEIGHTS)[0]?.id);
  });

  it('is the closest single slider setting that flips, or null when none in 0..100 does', () => {
    fc.assert(
      fc.property(platformsArb(2, 5), weightsArb, (platforms, sliders) => {
        const flip = whatWouldFlipTopOnSliders(platforms, sliders);
        const closest = closestFlipByHand(platforms, sliders);
        if (flip === null) {
          expect(closest).toBeNull();
          return;
        }
        expect(Number.isInteger(flip.to) && flip.to >= 0 && flip.to <= 100).toBe(true);
        const next = { ...sliders, [flip.criterion]: flip.to };
        expect(rankPlatforms(platforms, next)[0]?.id).toBe(flip.newTop);
        expect(Math.abs(flip.to - flip.from)).toBe(closest);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('refuses weights that are not slider values', () => {
    const { platforms } = loadEmbeddedGuide();
    expect(() => whatWouldFlipTopOnSliders(platforms, { ...GUIDE_WEIGHTS, ux: 10.5 })).toThrow(
      /whole number/,
    );
  });
});
