import { describe, expect, it } from 'vitest';
import {
  CRITERION_IDS,
  GUIDE_WEIGHTS,
  moveSlider,
  rankPlatforms,
  WeightsError,
} from '../../../src/core';
import { guideWeights, loadEmbeddedGuide } from '../../../src/data';
import { queryFor, restore } from '../../../src/state/persist';
import { encodeWeights } from '../../../src/state/persist-codec';
import { selectRecommendation } from '../../../src/state/recommendation';
import { createPavilionStore } from '../../../src/state/store';

const guide = loadEmbeddedGuide();
const zero = { liquidity: 0, security: 0, coverage: 0, costs: 0, ux: 0, support: 0 };

/** Slides each criterion to zero in turn, as a visitor would, through the panel's own rule. */
function slideAllToZero() {
  const store = createPavilionStore(guide, guideWeights(guide), false);
  const held: (string | null)[] = [];
  for (const criterion of CRITERION_IDS) {
    const move = moveSlider(store.getState().weights, criterion, 0);
    held.push(move.held);
    store.getState().setWeights(move.weights);
  }
  return { store, held };
}

describe('sliders, store, ranking and link', () => {
  it('hold the last slider at 1 when all six are slid to zero, and agree on it', () => {
    const { store, held } = slideAllToZero();
    const state = store.getState();
    expect(held).toEqual([null, null, null, null, null, 'support']);
    expect(state.weights).toEqual({ ...zero, support: 1 });

    // The link carries exactly what the sliders show, and reading it back gives the same.
    const query = queryFor('', state, GUIDE_WEIGHTS);
    expect(query).toBe(`?w=${encodeURIComponent('0.0.0.0.0.1')}`);
    expect(restore(query, null).weights).toEqual(state.weights);

    // The kiosk ranks with those weights too, not with an older set.
    const result = selectRecommendation(state);
    if (!result.ok) throw new Error('the held weights must rank');
    const bySupport = rankPlatforms(guide.platforms, state.weights).map((entry) => entry.id);
    expect(result.recommendation.picks.map((pick) => pick.id)).toEqual(bySupport);
  });

  it('lets the held slider go to zero once another is raised', () => {
    const { store } = slideAllToZero();
    store.getState().setWeights(moveSlider(store.getState().weights, 'ux', 4).weights);
    const move = moveSlider(store.getState().weights, 'support', 0);
    expect(move.held).toBeNull();
    store.getState().setWeights(move.weights);
    expect(encodeWeights(store.getState().weights)).toBe('0.0.0.0.4.0');
  });

  it('refuses all-zero weights in the store, keeping what it had', () => {
    const store = createPavilionStore(guide, guideWeights(guide), false);
    expect(() => store.getState().setWeights(zero)).toThrow(WeightsError);
    expect(store.getState().weights).toEqual(GUIDE_WEIGHTS);
  });
});
