import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRITERION_IDS,
  type CriterionId,
  GUIDE_WEIGHTS,
  rankPlatforms,
  type TopFlip,
  type Weights,
  whatWouldFlipTopOnSliders,
} from '../../../src/core';
import { loadEmbeddedGuide } from '../../../src/data';
import { flipSentence, NO_FLIP_SENTENCE } from '../../../src/kiosk/flipSentence';

const guide = loadEmbeddedGuide();
const label = (criterion: string) => criterion.toUpperCase();
const name = (id: string) => guide.platforms.find((p) => p.id === id)?.name ?? id;
/** The hint exactly as the weight panel builds it. */
const sliderHint = (sliders: Weights) =>
  flipSentence(whatWouldFlipTopOnSliders(guide.platforms, sliders), label, name);
const idOf = (shown: string) => guide.platforms.find((p) => p.name === shown)?.id;

const HINT = /^(Raise|Lower) ([A-Z]+) from (\d+) to (\S+) and (.+) takes first place\.$/;

/** Whole-number slider weights, as the sliders, links and store hold them. */
const slidersArb = fc
  .tuple(...CRITERION_IDS.map(() => fc.integer({ min: 0, max: 100 })))
  .filter((values) => values.some((value) => value > 0))
  .map((values) => Object.fromEntries(CRITERION_IDS.map((c, i) => [c, values[i] ?? 0])) as Weights);

describe('the "what would flip #1" hint', () => {
  it("names the guide's weights' flip as a whole number the UX slider reaches", () => {
    expect(sliderHint(GUIDE_WEIGHTS)).toBe(
      'Raise UX from 10 to 31 and The Sandbox takes first place.',
    );
  });

  it('names a whole number that, set on that slider, really puts that platform first', () => {
    fc.assert(
      fc.property(slidersArb, (sliders) => {
        const hint = sliderHint(sliders);
        if (hint === NO_FLIP_SENTENCE) return;
        const [, , criterion, from, to, newTop] = HINT.exec(hint) ?? [];
        const key = (criterion ?? '').toLowerCase() as CriterionId;
        expect(Number(from)).toBe(sliders[key]);
        expect(to).toMatch(/^\d+$/);
        expect(Number(to)).toBeLessThanOrEqual(100);
        const next = { ...sliders, [key]: Number(to) };
        expect(rankPlatforms(guide.platforms, next)[0]?.id).toBe(idOf(newTop ?? ''));
      }),
      { numRuns: 200 },
    );
  });

  it('says no single slider flips it when none can, and none does', () => {
    // Decentraland scores 9 on all three; no one slider lifts another platform past it.
    const sliders: Weights = {
      liquidity: 100,
      security: 100,
      coverage: 0,
      costs: 0,
      ux: 0,
      support: 100,
    };
    expect(sliderHint(sliders)).toBe(NO_FLIP_SENTENCE);
    for (const criterion of CRITERION_IDS) {
      for (let to = 0; to <= 100; to += 1) {
        const next = { ...sliders, [criterion]: to };
        expect(rankPlatforms(guide.platforms, next)[0]?.id).toBe('decentraland');
      }
    }
    expect(flipSentence(null, label, name)).toBe(NO_FLIP_SENTENCE);
  });

  it('reads "Lower" when the flip lowers the weight', () => {
    const flip: TopFlip = { criterion: 'liquidity', from: 30, to: 12, newTop: 'spatial' };
    expect(flipSentence(flip, label, name)).toBe(
      'Lower LIQUIDITY from 30 to 12 and Spatial takes first place.',
    );
  });
});
