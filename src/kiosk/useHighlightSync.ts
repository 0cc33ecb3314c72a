import { useEffect } from 'react';
import { usePavilionStore } from '../state/context';
import { selectRecommendation, topPickIds } from '../state/recommendation';
import { KIOSK_RESULT, type PavilionState } from '../state/store';

/** How many picks light up in the world. */
export const HIGHLIGHT_COUNT = 3;

/** The booths to light up for this state: the top three once the kiosk shows its result. */
export function highlightFor(state: PavilionState): readonly string[] {
  if (state.kioskStep < KIOSK_RESULT) return [];
  return topPickIds(selectRecommendation(state), HIGHLIGHT_COUNT);
}

/**
 * Lights up the kiosk's top three while a result is shown, following weight changes too; the
 * store ignores an unchanged list, so this never loops.
 */
export function useHighlightSync(): void {
  const store = usePavilionStore();
  useEffect(() => {
    const update = (state: PavilionState) => state.setHighlighted(highlightFor(state));
    update(store.getState());
    return store.subscribe(update);
  }, [store]);
}
