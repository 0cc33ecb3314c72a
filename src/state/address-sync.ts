import { useEffect } from 'react';
import { parsePlaceHash, placeHash } from './address';
import { usePavilionStore } from './context';
import { type PavilionStore, samePlace } from './store';

/**
 * Keeps the address bar and the visitor's place in step: each trip pushes a history entry,
 * Back and Forward travel (without pushing again), a deep link starts at its booth, and a bad
 * link becomes a plain-text notice and the hub.
 */

/** The slice of `window` this needs; narrow so that tests can pass a stand-in. */
export interface AddressHost {
  readonly location: { readonly hash: string };
  readonly history: {
    pushState(data: null, unused: string, url: string): void;
    replaceState(data: null, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
  removeEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
}

/** Notices about the address share one id, so a second bad link replaces the first notice. */
export const ADDRESS_NOTICE_ID = 'address';

/** Starts syncing; returns the function that stops it. */
export function syncAddress(
  store: PavilionStore,
  knownIds: ReadonlySet<string>,
  host: AddressHost,
): () => void {
  /** Reads the address; a bad one is reported, replaced by the hub's, and read as the hub. */
  const readAddress = () => {
    const parsed = parsePlaceHash(host.location.hash, knownIds);
    if (parsed.ok) return parsed.place;
    store.getState().notify('warning', parsed.problem, ADDRESS_NOTICE_ID);
    // Relative to the current URL, so the path and query (e.g. ?debug=1) stay as they are.
    host.history.replaceState(null, '', placeHash('hub'));
    return parsed.place;
  };

  // A deep link starts at its booth: the controls cut there rather than glide from the hub.
  const first = readAddress();
  if (!samePlace(first, store.getState().place)) store.getState().travelTo(first, 'link');

  let handledSeq = store.getState().travel?.seq ?? 0;
  const unsubscribe = store.subscribe((state) => {
    const travel = state.travel;
    if (!travel || travel.seq === handledSeq) return;
    handledSeq = travel.seq;
    // These came from the address, which already says where the visitor is going.
    if (travel.cause === 'history' || travel.cause === 'link') return;
    const shown = parsePlaceHash(host.location.hash, knownIds);
    if (shown.ok && samePlace(shown.place, travel.to)) return;
    host.history.pushState(null, '', placeHash(travel.to));
  });

  // Back, Forward and typed addresses. Chromium fires both events for a hash change; the second
  // finds the visitor already travelling there and does nothing.
  const onAddressChange = () => {
    const place = readAddress();
    if (!samePlace(place, store.getState().place)) store.getState().travelTo(place, 'history');
  };
  host.addEventListener('popstate', onAddressChange);
  host.addEventListener('hashchange', onAddressChange);

  return () => {
    unsubscribe();
    host.removeEventListener('popstate', onAddressChange);
    host.removeEventListener('hashchange', onAddressChange);
  };
}

/** Syncs the address with the store of the surrounding <PavilionProvider> while mounted. */
export function useAddressSync(): void {
  const store = usePavilionStore();
  useEffect(() => {
    const ids = new Set(store.getState().guide.platforms.map((platform) => platform.id));
    return syncAddress(store, ids, window);
  }, [store]);
}

/** The address sync as an element, for shells that mount behaviour as components. */
export function AddressSync(): null {
  useAddressSync();
  return null;
}
