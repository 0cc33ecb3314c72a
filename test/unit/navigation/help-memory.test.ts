import { describe, expect, it } from 'vitest';
import {
  HELP_DISMISSED_KEY,
  rememberHelpDismissed,
  type SmallStorage,
  startsMoving,
  wasHelpDismissed,
} from '../../../src/navigation/help-memory';

function memoryStorage(initial: Record<string, string> = {}): SmallStorage {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}

const throwing: SmallStorage = {
  getItem: () => {
    throw new Error('blocked');
  },
  setItem: () => {
    throw new Error('blocked');
  },
};

describe('remembering that the help card was dismissed', () => {
  it('shows the card to a first-time visitor', () => {
    expect(wasHelpDismissed(memoryStorage())).toBe(false);
  });

  it('remembers a dismissal', () => {
    const storage = memoryStorage();
    rememberHelpDismissed(storage);
    expect(wasHelpDismissed(storage)).toBe(true);
  });

  it('treats garbage in storage as not dismissed', () => {
    expect(wasHelpDismissed(memoryStorage({ [HELP_DISMISSED_KEY]: '{"no":' }))).toBe(false);
  });

  it('copes with storage that throws or is missing', () => {
    expect(wasHelpDismissed(throwing)).toBe(false);
    expect(() => rememberHelpDismissed(throwing)).not.toThrow();
    expect(wasHelpDismissed(null)).toBe(false);
  });
});

describe('the first step that folds the help card into its chip', () => {
  it('is a walking key or H', () => {
    for (const code of ['KeyW', 'KeyA', 'KeyS', 'KeyD', 'ArrowUp', 'ArrowLeft', 'KeyH']) {
      expect(startsMoving(code), code).toBe(true);
    }
  });

  it('is not the ? key, Shift alone, Tab or Escape, which read or leave the card', () => {
    for (const code of ['Slash', 'ShiftLeft', 'ShiftRight', 'Tab', 'Escape', 'Enter']) {
      expect(startsMoving(code), code).toBe(false);
    }
  });
});
