import { beforeEach, describe, expect, it } from 'vitest';
import { GUIDE_WEIGHTS } from '../../../src/core';
import { guideWeights, loadEmbeddedGuide } from '../../../src/data';
import {
  type PersistHost,
  restore,
  STORAGE_KEY,
  syncPersistence,
} from '../../../src/state/persist';
import {
  encodeAnswers,
  parseAnswersParam,
  parseWeightsParam,
} from '../../../src/state/persist-codec';
import { createPavilionStore, KIOSK_RESULT, type PavilionStore } from '../../../src/state/store';

const guide = loadEmbeddedGuide();
const stored = (value: unknown) => JSON.stringify(value);

describe('weights in links and storage', () => {
  it('reads six whole numbers in the order of the criteria', () => {
    expect(parseWeightsParam('10.20.30.40.0.100')).toEqual({
      ok: true,
      weights: { liquidity: 10, security: 20, coverage: 30, costs: 40, ux: 0, support: 100 },
    });
  });

  it.each([
    ['abc'],
    ['30.25.15.15.10'],
    ['30.25.15.15.10.101'],
    ['30.25.15.15.10.-5'],
    ['30.25.15.15.10.5.1'],
    ['1e2.0.0.0.0.0'],
    [42],
  ])('leaves out %s with a problem instead of throwing', (text) => {
    const parsed = parseWeightsParam(text);
    expect(parsed.ok).toBe(false);
  });

  it('refuses all-zero weights, which the core cannot rank with', () => {
    expect(parseWeightsParam('0.0.0.0.0.0')).toEqual({
      ok: false,
      problem: 'weights cannot all be zero',
    });
  });
});

describe('answers in links and storage', () => {
  it('round-trips every kind of answer and the finished flag', () => {
    const answers = {
      region: 'flexible',
      needsCashOut: false,
      useCase: 'vr-immersion',
      devices: ['web', 'headset'],
      tooling: ['unity'],
      wallet: 'never',
      budget: 'modest',
      hardware: 'low-end',
      connection: 'slow',
      support: 'essential',
    } as const;
    const text = encodeAnswers(answers, true);
    expect(parseAnswersParam(text)).toEqual({ answers, done: true, problems: [] });
  });

  it('drops an unknown use case but keeps the other answers', () => {
    const parsed = parseAnswersParam('use:space-mining,wallet:never,budget:none');
    expect(parsed.answers).toEqual({ wallet: 'never', budget: 'none' });
    expect(parsed.problems).toHaveLength(1);
  });

  it('drops garbage tokens and keeps readable ones', () => {
    const parsed = parseAnswersParam('%%%,hw:low-end,zzz:1,,cash:maybe');
    expect(parsed.answers).toEqual({ hardware: 'low-end' });
    expect(parsed.problems.length).toBe(3);
  });

  it('refuses an answers text that is far too long', () => {
    expect(parseAnswersParam('x'.repeat(5000)).problems).toEqual(['answers could not be read']);
  });
});

describe('restoring a session', () => {
  const good = stored({ version: 1, w: '10.10.10.10.50.10', a: 'wallet:never,done:yes' });

  it('loads stored weights and answers', () => {
    const restored = restore('', good);
    expect(restored.weights?.ux).toBe(50);
    expect(restored.answers).toEqual({ wallet: 'never' });
    expect(restored.done).toBe(true);
    expect(restored.problems).toEqual([]);
  });

  it('sets aside corrupt JSON with one sentence', () => {
    const restored = restore('', '{"version":1,');
    expect(restored.weights).toBeUndefined();
    expect(restored.answers).toBeUndefined();
    expect(restored.problems).toHaveLength(1);
  });

  it('sets aside a session stored by another version', () => {
    const restored = restore('', stored({ version: 0, w: '1.1.1.1.1.1' }));
    expect(restored.weights).toBeUndefined();
    expect(restored.problems[0]).toMatch(/another version/);
  });

  it('loads good answers beside out-of-range weights', () => {
    const restored = restore('', stored({ version: 1, w: '300.0.0.0.0.0', a: 'budget:none' }));
    expect(restored.weights).toBeUndefined();
    expect(restored.answers).toEqual({ budget: 'none' });
    expect(restored.problems).toHaveLength(1);
  });

  it("lets a link's parts win over stored ones", () => {
    const restored = restore('?w=1.2.3.4.5.6&a=budget:flexible', good);
    expect(restored.weights?.support).toBe(6);
    expect(restored.answers).toEqual({ budget: 'flexible' });
    expect(restored.done).toBe(false);
  });

  it("falls back to stored weights when the link's are garbage", () => {
    const restored = restore('?w=abc&a=%%%', good);
    expect(restored.weights?.ux).toBe(50);
    expect(restored.answers).toEqual({});
    expect(restored.problems.join(' ')).toMatch(/The link/);
  });
});

/** A stand-in window: an address, a history that rewrites it, and a storage map. */
function fakeHost(search: string, hash: string, storage: Map<string, string> | 'refuses') {
  const location = { pathname: '/', search, hash };
  const host: PersistHost = {
    location,
    history: {
      replaceState(_data, _unused, url) {
        const parsed = new URL(url, 'http://pavilion.test');
        location.search = parsed.search;
        location.hash = parsed.hash;
      },
    },
    storage: () => {
      if (storage === 'refuses') throw new Error('SecurityError');
      return {
        getItem: (key: string) => storage.get(key) ?? null,
        setItem: (key: string, value: string) => void storage.set(key, value),
      };
    },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  return { host, location };
}

describe('keeping a session', () => {
  let store: PavilionStore;
  beforeEach(() => {
    store = createPavilionStore(guide, guideWeights(guide), false);
  });

  it('saves changes under a versioned key and writes them into the address', () => {
    const storage = new Map<string, string>();
    const { host, location } = fakeHost('?debug=1', '#/booth/mona', storage);
    syncPersistence(store, GUIDE_WEIGHTS, host);
    store.getState().setWeights({ ...GUIDE_WEIGHTS, ux: 40 });
    store.getState().setKiosk(KIOSK_RESULT, { wallet: 'never' });

    expect(JSON.parse(storage.get(STORAGE_KEY) ?? '')).toEqual({
      version: 1,
      w: '30.25.15.15.40.5',
      a: 'wallet:never,done:yes',
    });
    expect(location.search).toBe('?debug=1&w=30.25.15.15.40.5&a=wallet%3Anever%2Cdone%3Ayes');
    expect(location.hash).toBe('#/booth/mona');
  });

  it('keeps what a link brought, so it outlasts the link', () => {
    const storage = new Map<string, string>();
    const { host } = fakeHost('?w=1.2.3.4.5.6', '#/', storage);
    syncPersistence(store, GUIDE_WEIGHTS, host);
    expect(JSON.parse(storage.get(STORAGE_KEY) ?? '').w).toBe('1.2.3.4.5.6');
  });

  it('loads the rest of a garbage link, says so, and cleans the address', () => {
    const { host, location } = fakeHost('?w=abc&a=%%%', '#/', new Map());
    syncPersistence(store, GUIDE_WEIGHTS, host);
    const state = store.getState();
    expect(state.weights).toEqual(GUIDE_WEIGHTS);
    expect(state.notices.map((n) => n.kind)).toEqual(['warning']);
    expect(location.search).toBe('');
  });

  it('replaces a corrupt stored session with what could be read, so the notice comes once', () => {
    const storage = new Map([
      [STORAGE_KEY, JSON.stringify({ version: 1, w: '999.0.0.0.0.0', a: 'wallet:never' })],
    ]);
    const first = fakeHost('', '#/', storage);
    syncPersistence(store, GUIDE_WEIGHTS, first.host);
    expect(store.getState().notices.map((n) => n.kind)).toEqual(['warning']);
    expect(store.getState().answers).toEqual({ wallet: 'never' });
    // The answers that were fine are kept; the weights that were not are the guide's again.
    expect(JSON.parse(storage.get(STORAGE_KEY) ?? '')).toEqual({
      version: 1,
      w: '30.25.15.15.10.5',
      a: 'wallet:never',
    });

    const next = createPavilionStore(guide, guideWeights(guide), false);
    syncPersistence(next, GUIDE_WEIGHTS, fakeHost('', '#/', storage).host);
    expect(next.getState().notices).toEqual([]);
    expect(next.getState().answers).toEqual({ wallet: 'never' });
  });

  it('keeps working when storage refuses, with one notice', () => {
    const { host } = fakeHost('?w=1.1.1.1.1.1', '#/', 'refuses');
    syncPersistence(store, GUIDE_WEIGHTS, host);
    store.getState().setWeights({ ...GUIDE_WEIGHTS, ux: 1 });
    store.getState().setWeights({ ...GUIDE_WEIGHTS, ux: 2 });
    expect(store.getState().weights.ux).toBe(2);
    expect(store.getState().notices.map((n) => n.kind)).toEqual(['info']);
  });
});
