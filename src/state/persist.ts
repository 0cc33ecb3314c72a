import { useEffect } from 'react';
import { z } from 'zod';
import type { ChecklistAnswers } from '../core/answers';
import type { Weights } from '../core/criteria';
import { usePavilionStore } from './context';
import {
  encodeAnswers,
  encodeWeights,
  parseAnswersParam,
  parseWeightsParam,
} from './persist-codec';
import { KIOSK_RESULT, type PavilionState, type PavilionStore } from './store';

/**
 * Weights and kiosk answers last across reloads (localStorage, versioned key) and travel in
 * links (the query string: `?w=..&a=..`), beside the place in the hash, which address-sync
 * owns. A link's parts win over stored ones. Whatever is corrupt, out of range or from an older
 * format is left out with one short notice; the rest loads.
 */

export const STORAGE_KEY = 'pavilion:v1';
const STORAGE_VERSION = 1;
export const PERSIST_NOTICE_ID = 'persist';
const STORAGE_NOTICE_ID = 'persist-storage';

export interface RestoredState {
  readonly weights?: Weights;
  readonly answers?: ChecklistAnswers;
  /** True when the kiosk had reached its result. */
  readonly done: boolean;
  /** Short sentences for the visitor; empty when everything loaded. */
  readonly problems: readonly string[];
}

const storedSchema = z.object({
  version: z.number(),
  w: z.string().optional(),
  a: z.string().optional(),
});

interface Parts {
  weights?: Weights;
  answers?: ChecklistAnswers;
  done: boolean;
  problems: string[];
}

function readParts(w: string | null | undefined, a: string | null | undefined): Parts {
  const parts: Parts = { done: false, problems: [] };
  if (w !== null && w !== undefined) {
    const weights = parseWeightsParam(w);
    if (weights.ok) parts.weights = weights.weights;
    else parts.problems.push(weights.problem);
  }
  if (a !== null && a !== undefined) {
    const answers = parseAnswersParam(a);
    parts.answers = answers.answers;
    parts.done = answers.done;
    parts.problems.push(...answers.problems);
  }
  return parts;
}

/** Reads a stored session; corrupt JSON or another version is set aside as a whole. */
export function readStored(raw: string | null): Parts & { readonly setAside?: string } {
  if (raw === null) return { done: false, problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { done: false, problems: [], setAside: 'could not be read' };
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return { done: false, problems: [], setAside: 'could not be read' };
  if (parsed.data.version !== STORAGE_VERSION) {
    return { done: false, problems: [], setAside: 'came from another version of the Pavilion' };
  }
  return readParts(parsed.data.w, parsed.data.a);
}

function sentence(source: string, problems: readonly string[]): string {
  const unique = [...new Set(problems)];
  return `${source}: ${unique.join('; ')}. Those parts were left out; the rest loaded.`;
}

/** Merges stored and linked state; each part from the link replaces the stored one. */
export function restore(search: string, storedRaw: string | null): RestoredState {
  const params = new URLSearchParams(search);
  const stored = readStored(storedRaw);
  const linked = readParts(params.get('w'), params.get('a'));

  const problems: string[] = [];
  if (stored.setAside) problems.push(`Your saved choices ${stored.setAside}; they were set aside.`);
  if (stored.problems.length > 0) problems.push(sentence('Your saved choices', stored.problems));
  if (linked.problems.length > 0) problems.push(sentence('The link', linked.problems));

  const fromLink = params.has('a') && linked.answers !== undefined;
  return {
    weights: linked.weights ?? stored.weights,
    answers: fromLink ? linked.answers : stored.answers,
    done: fromLink ? linked.done : stored.done,
    problems,
  };
}

/** The query string for the state, keeping every other parameter (e.g. debug=1). */
export function queryFor(search: string, state: PavilionState, guideWeights: Weights): string {
  const params = new URLSearchParams(search);
  const w = encodeWeights(state.weights);
  const a = encodeAnswers(state.answers, state.kioskStep >= KIOSK_RESULT);
  if (w === encodeWeights(guideWeights)) params.delete('w');
  else params.set('w', w);
  if (a === '') params.delete('a');
  else params.set('a', a);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The slice of `window` persistence needs; narrow so that tests can pass a stand-in. */
export interface PersistHost {
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string };
  readonly history: { replaceState(data: null, unused: string, url: string): void };
  /** Reaching localStorage itself may throw (private modes, blocked storage). */
  storage(): Pick<Storage, 'getItem' | 'setItem'>;
  addEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
  removeEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
}

function readStorage(host: PersistHost): string | null {
  try {
    return host.storage().getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Restores into the store, then keeps storage and address in step; returns a stop function. */
export function syncPersistence(store: PavilionStore, guideWeights: Weights, host: PersistHost) {
  const restored = restore(host.location.search, readStorage(host));
  const state = store.getState();
  if (restored.weights) state.setWeights(restored.weights);
  if (restored.answers) state.setKiosk(restored.done ? KIOSK_RESULT : 0, restored.answers);
  if (restored.problems.length > 0) {
    state.notify('warning', restored.problems.join(' '), PERSIST_NOTICE_ID);
  }

  let storageRefused = false;
  const save = (current: PavilionState) => {
    const done = current.kioskStep >= KIOSK_RESULT;
    const record = {
      version: STORAGE_VERSION,
      w: encodeWeights(current.weights),
      a: encodeAnswers(current.answers, done),
    };
    try {
      host.storage().setItem(STORAGE_KEY, JSON.stringify(record));
    } catch {
      if (storageRefused) return;
      storageRefused = true;
      const text =
        'This browser will not keep your choices after a reload; links still carry them.';
      current.notify('info', text, STORAGE_NOTICE_ID);
    }
  };
  const writeAddress = (current: PavilionState) => {
    const { pathname, search, hash } = host.location;
    const query = queryFor(search, current, guideWeights);
    if (query !== search) host.history.replaceState(null, '', `${pathname}${query}${hash}`);
  };

  // What a link brought is kept at once, so it outlasts the link; bad parts leave the address.
  // A stored session with bad parts is rewritten too, with what could be read: left as it was,
  // it would bring the same notice back on every visit.
  const linked = new URLSearchParams(host.location.search);
  if (linked.has('w') || linked.has('a') || restored.problems.length > 0) save(store.getState());
  writeAddress(store.getState());
  const unsubscribe = store.subscribe((current, previous) => {
    const changed =
      current.weights !== previous.weights ||
      current.answers !== previous.answers ||
      current.kioskStep !== previous.kioskStep;
    if (!changed) return;
    save(current);
    writeAddress(current);
  });
  // Back and Forward bring back an older address; the current choices stay in it.
  const onAddressChange = () => writeAddress(store.getState());
  host.addEventListener('popstate', onAddressChange);
  host.addEventListener('hashchange', onAddressChange);

  return () => {
    unsubscribe();
    host.removeEventListener('popstate', onAddressChange);
    host.removeEventListener('hashchange', onAddressChange);
  };
}

/** The full link to this place with the current weights and answers. */
export function shareLink(state: PavilionState, guideWeights: Weights, href: string): string {
  const url = new URL(href);
  url.search = queryFor(url.search, state, guideWeights);
  return url.href;
}

const windowHost = (): PersistHost => ({
  location: window.location,
  history: window.history,
  storage: () => window.localStorage,
  addEventListener: (type, listener) => window.addEventListener(type, listener),
  removeEventListener: (type, listener) => window.removeEventListener(type, listener),
});

/** Restores and keeps persisting the surrounding <PavilionProvider>'s store while mounted. */
export function usePersistence(guideWeights: Weights): void {
  const store = usePavilionStore();
  useEffect(() => syncPersistence(store, guideWeights, windowHost()), [store, guideWeights]);
}
