import { useEffect, useState } from 'react';
import { usePavilionStore } from '../state/context';
import { selectDerived } from '../state/selectors';
import type { PavilionState } from '../state/store';
import { formatScore } from './format';

/** What a screen reader hears on arriving: "Spatial, rank 5, score 70.4" or "The hub". */
export function arrivalText(state: PavilionState): string {
  const { place } = state;
  if (place === 'hub') return 'The hub';
  const derived = selectDerived(state);
  const booth = derived.booths[derived.indexById.get(place.booth) ?? -1];
  if (!booth) return place.booth;
  const { ranked, platform } = booth;
  return `${platform.name}, rank ${ranked.position}, score ${formatScore(ranked.total)}`;
}

/**
 * A polite live region that names each place the visitor arrives at, however they travelled
 * (3D, twin, kiosk, link). The first place is not announced: the page itself says where one is.
 */
export function Arrivals() {
  const store = usePavilionStore();
  const [text, setText] = useState('');

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.place !== previous.place) setText(arrivalText(state));
      }),
    [store],
  );

  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-arrivals="">
      {text}
    </p>
  );
}
