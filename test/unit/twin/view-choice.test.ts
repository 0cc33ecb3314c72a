import { describe, expect, it } from 'vitest';
import {
  parseViewChoice,
  readViewChoice,
  VIEW_STORAGE_KEY,
  type ViewStorage,
  writeViewChoice,
} from '../../../src/twin/view-choice';

function memoryStorage(initial: Record<string, string> = {}): ViewStorage & {
  readonly items: Record<string, string>;
} {
  const items = { ...initial };
  return {
    items,
    getItem: (key) => items[key] ?? null,
    setItem: (key, value) => {
      items[key] = value;
    },
  };
}

const refusing: ViewStorage = {
  getItem() {
    throw new Error('SecurityError');
  },
  setItem() {
    throw new Error('QuotaExceededError');
  },
};

describe('the remembered view choice', () => {
  it('keeps a chosen 2D view for the next visit', () => {
    const storage = memoryStorage();
    expect(writeViewChoice(storage, '2d')).toBe(true);
    expect(readViewChoice(storage)).toBe('2d');
  });

  it('reads nothing stored as no choice', () => {
    expect(readViewChoice(memoryStorage())).toBeNull();
    expect(readViewChoice(null)).toBeNull();
  });

  it.each([
    ['not JSON', '2d'],
    ['another view name', '{"view":"vr"}'],
    ['a number', '{"view":2}'],
    ['null', 'null'],
    ['an array', '["2d"]'],
  ])('treats a stored value that is %s as no choice', (_, raw) => {
    expect(parseViewChoice(raw)).toBeNull();
    expect(readViewChoice(memoryStorage({ [VIEW_STORAGE_KEY]: raw }))).toBeNull();
  });

  it('carries on without storage when the browser refuses it', () => {
    expect(readViewChoice(refusing)).toBeNull();
    expect(writeViewChoice(refusing, '2d')).toBe(false);
  });
});
