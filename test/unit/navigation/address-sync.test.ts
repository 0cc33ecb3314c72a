import { beforeEach, describe, expect, it } from 'vitest';
import { guideWeights, loadEmbeddedGuide } from '../../../src/data';
import { type AddressHost, syncAddress } from '../../../src/state/address-sync';
import { createPavilionStore, type PavilionStore } from '../../../src/state/store';

/** A stand-in for window: a history stack of hashes, and the two address events. */
class FakeWindow implements AddressHost {
  entries: string[];
  index = 0;
  readonly listeners = new Set<() => void>();
  readonly location = { hash: '' };
  readonly history = {
    pushState: (_data: null, _unused: string, url: string) => {
      this.entries = [...this.entries.slice(0, this.index + 1), url];
      this.index = this.entries.length - 1;
      this.location.hash = url;
    },
    replaceState: (_data: null, _unused: string, url: string) => {
      this.entries[this.index] = url;
      this.location.hash = url;
    },
  };

  constructor(hash: string) {
    this.entries = [hash];
    this.location.hash = hash;
  }

  addEventListener(_type: 'popstate' | 'hashchange', listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'popstate' | 'hashchange', listener: () => void) {
    this.listeners.delete(listener);
  }
  go(by: number) {
    this.index += by;
    this.location.hash = this.entries[this.index] ?? '';
    for (const listener of this.listeners) listener();
  }
}

const guide = loadEmbeddedGuide();
const ids = new Set(guide.platforms.map((platform) => platform.id));
let store: PavilionStore;

beforeEach(() => {
  store = createPavilionStore(guide, guideWeights(guide), false);
});

describe('keeping the address and the place in step', () => {
  it('starts at the booth a deep link names, as a link travel', () => {
    syncAddress(store, ids, new FakeWindow('#/booth/spatial'));
    expect(store.getState().place).toEqual({ booth: 'spatial' });
    expect(store.getState().travel?.cause).toBe('link');
  });

  it('pushes a history entry for each trip', () => {
    const host = new FakeWindow('#/');
    syncAddress(store, ids, host);
    store.getState().travelTo({ booth: 'spatial' }, 'click');
    store.getState().travelTo('hub', 'key');
    expect(host.entries).toEqual(['#/', '#/booth/spatial', '#/']);
  });

  it('does not push again when the address already shows the place', () => {
    const host = new FakeWindow('#/booth/spatial');
    syncAddress(store, ids, host);
    store.getState().travelTo({ booth: 'spatial' }, 'click');
    expect(host.entries).toEqual(['#/booth/spatial']);
  });

  it('travels back and forward through visited places without new entries', () => {
    const host = new FakeWindow('#/');
    syncAddress(store, ids, host);
    store.getState().travelTo({ booth: 'spatial' }, 'click');
    store.getState().travelTo({ booth: 'mona' }, 'click');

    host.go(-1);
    expect(store.getState().place).toEqual({ booth: 'spatial' });
    expect(store.getState().travel?.cause).toBe('history');
    host.go(-1);
    expect(store.getState().place).toBe('hub');
    host.go(1);
    expect(store.getState().place).toEqual({ booth: 'spatial' });
    expect(host.entries).toHaveLength(3);
  });

  it('reports an unknown booth as text, starts at the hub and replaces the bad address', () => {
    const host = new FakeWindow('#/booth/%3Cimg%20src%3Dx%3E');
    syncAddress(store, ids, host);
    const notices = store.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).toContain('<img src=x>');
    expect(store.getState().place).toBe('hub');
    expect(host.entries).toEqual(['#/']);
  });

  it('goes to the hub when Back lands on an address that no longer names a booth', () => {
    const host = new FakeWindow('#/booth/nowhere');
    syncAddress(store, ids, host);
    store.getState().travelTo({ booth: 'spatial' }, 'click');
    host.history.replaceState(null, '', '#/booth/%E0%A4%A');
    host.go(0);
    expect(store.getState().place).toBe('hub');
    expect(store.getState().notices[0]?.text).toMatch(/malformed/);
  });

  it('stops listening when stopped', () => {
    const host = new FakeWindow('#/');
    const stop = syncAddress(store, ids, host);
    stop();
    store.getState().travelTo({ booth: 'spatial' }, 'click');
    expect(host.entries).toEqual(['#/']);
    expect(host.listeners.size).toBe(0);
  });
});
