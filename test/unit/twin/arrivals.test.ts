import { describe, expect, it } from 'vitest';
import { guideWeights, loadEmbeddedGuide } from '../../../src/data';
import { createPavilionStore } from '../../../src/state/store';
import { arrivalText } from '../../../src/twin/Arrivals';
import { COVERAGE_TEXT, listInWords } from '../../../src/twin/labels';

const guide = loadEmbeddedGuide();

describe('what the live region says on arrival', () => {
  it('names the booth with its rank and score under the weights in use', () => {
    const store = createPavilionStore(guide, guideWeights(guide), false);
    store.getState().travelTo({ booth: 'spatial' }, 'twin');
    expect(arrivalText(store.getState())).toBe('Spatial, rank 5, score 70.0');
  });

  it('follows the ranking when the weights change', () => {
    const store = createPavilionStore(guide, guideWeights(guide), false);
    store.getState().setWeights({
      liquidity: 0,
      security: 0,
      coverage: 0,
      costs: 0,
      ux: 100,
      support: 0,
    });
    store.getState().travelTo({ booth: 'spatial' }, 'twin');
    expect(arrivalText(store.getState())).toMatch(/^Spatial, rank [1-4], score \d+\.\d$/);
  });

  it('calls the hub the hub', () => {
    const store = createPavilionStore(guide, guideWeights(guide), false);
    store.getState().travelTo({ booth: 'mona' }, 'twin');
    store.getState().travelTo('hub', 'twin');
    expect(arrivalText(store.getState())).toBe('The hub');
  });
});

describe('the twin’s words for coded facts', () => {
  it('says "not stated" for a fact the guide leaves out, never "no"', () => {
    expect(COVERAGE_TEXT['not-stated']).toBe('not stated');
    expect(COVERAGE_TEXT.unsupported).toBe('not supported');
  });

  it('lists items in plain English', () => {
    expect(listInWords([])).toBe('none stated');
    expect(listInWords(['gas fees'])).toBe('gas fees');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
