import { describe, expect, it } from 'vitest';
import { GUIDE_WEIGHTS, recommend } from '../../../src/core';
import { asScoringDataset, guideWeights, loadEmbeddedGuide } from '../../../src/data';
import { highlightFor } from '../../../src/kiosk/useHighlightSync';
import { deriveRecommendation, selectRecommendation } from '../../../src/state/recommendation';
import { createPavilionStore, KIOSK_RESULT } from '../../../src/state/store';

const guide = loadEmbeddedGuide();
const zero = { liquidity: 0, security: 0, coverage: 0, costs: 0, ux: 0, support: 0 };

describe('the recommendation selector', () => {
  it('gives the same object while guide, answers and weights stay the same', () => {
    const answers = { useCase: 'vr-immersion' } as const;
    const first = deriveRecommendation(guide, answers, GUIDE_WEIGHTS);
    expect(deriveRecommendation(guide, answers, GUIDE_WEIGHTS)).toBe(first);
    expect(deriveRecommendation(guide, { ...answers }, GUIDE_WEIGHTS)).not.toBe(first);
  });

  it("matches the core's recommendation", () => {
    const answers = { wallet: 'never', budget: 'none' } as const;
    const result = deriveRecommendation(guide, answers, GUIDE_WEIGHTS);
    expect(result).toEqual({
      ok: true,
      recommendation: recommend(asScoringDataset(guide), answers, GUIDE_WEIGHTS),
    });
  });

  it('reports all-zero weights as an error instead of throwing', () => {
    const result = deriveRecommendation(guide, {}, zero);
    expect(result.ok).toBe(false);
  });
});

describe('the lit-up booths', () => {
  it('are none until the kiosk shows its result, then its top three', () => {
    const store = createPavilionStore(guide, guideWeights(guide), false);
    store.getState().setKiosk(3, { useCase: 'art-exhibitions' });
    expect(highlightFor(store.getState())).toEqual([]);

    store.getState().setKiosk(KIOSK_RESULT, { useCase: 'art-exhibitions' });
    const result = selectRecommendation(store.getState());
    if (!result.ok) throw new Error('expected a recommendation');
    const topThree = result.recommendation.picks.slice(0, 3).map((pick) => pick.id);
    expect(highlightFor(store.getState())).toEqual(topThree);
    expect(topThree[0]).toBe('mona');
  });

  it('go out when the visitor starts over', () => {
    const store = createPavilionStore(guide, guideWeights(guide), false);
    store.getState().setKiosk(KIOSK_RESULT, {});
    store.getState().setHighlighted(highlightFor(store.getState()));
    store.getState().restartKiosk();
    expect(store.getState().highlighted).toEqual([]);
    expect(store.getState().kioskStep).toBe(0);
  });
});
