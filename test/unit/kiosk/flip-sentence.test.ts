import { describe, expect, it } from 'vitest';
import { GUIDE_WEIGHTS, type TopFlip, type Weights, whatWouldFlipTop } from '../../../src/core';
import { loadEmbeddedGuide } from '../../../src/data';
import { flipSentence, formatWeight } from '../../../src/kiosk/flipSentence';

const guide = loadEmbeddedGuide();
const label = (criterion: string) => criterion.toUpperCase();
const name = (id: string) => guide.platforms.find((p) => p.id === id)?.name ?? id;

describe('the "what would flip #1" sentence', () => {
  it("names the criterion, the weights and the new leader from the core's answer", () => {
    const flip = whatWouldFlipTop(guide.platforms, GUIDE_WEIGHTS);
    if (!flip) throw new Error('the guide weights should have a flip');
    const sentence = flipSentence(flip, GUIDE_WEIGHTS, label, name);
    const verb = flip.to > flip.from ? 'Raise' : 'Lower';
    expect(sentence).toBe(
      `${verb} ${label(flip.criterion)} from ${formatWeight(flip.from)} to ` +
        `${formatWeight(flip.to)} and ${name(flip.newTop)} takes first place.`,
    );
  });

  it("speaks in the sliders' units when they do not sum to 100", () => {
    // The guide's weights, doubled.
    const doubled: Weights = {
      liquidity: 60,
      security: 50,
      coverage: 30,
      costs: 30,
      ux: 20,
      support: 10,
    };
    const flip: TopFlip = { criterion: 'ux', from: 10, to: 30.5, newTop: 'the-sandbox' };
    expect(flipSentence(flip, doubled, label, name)).toBe(
      'Raise UX from 20 to 61 and The Sandbox takes first place.',
    );
  });

  it('says nothing when the change lies beyond the slider', () => {
    const flip: TopFlip = { criterion: 'ux', from: 10, to: 60, newTop: 'the-sandbox' };
    const heavy = { ...GUIDE_WEIGHTS, ux: 100, liquidity: 100 };
    expect(flipSentence(flip, heavy, label, name)).toBeNull();
    expect(flipSentence(null, GUIDE_WEIGHTS, label, name)).toBeNull();
  });
});
