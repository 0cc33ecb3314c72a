/**
 * Remembers that a visitor dismissed the help card. Storage may be missing, may throw (blocked
 * cookies, private modes) or may hold anything at all: only the exact marker counts.
 */

import { WALK_KEYS } from './walk';

export const HELP_DISMISSED_KEY = 'pavilion.help.dismissed';
const MARKER = '1';

/** The bits of Storage used here, so tests can pass a stand-in. */
export interface SmallStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function defaultStorage(): SmallStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function wasHelpDismissed(storage: SmallStorage | null = defaultStorage()): boolean {
  try {
    return storage?.getItem(HELP_DISMISSED_KEY) === MARKER;
  } catch {
    return false;
  }
}

export function rememberHelpDismissed(storage: SmallStorage | null = defaultStorage()): void {
  try {
    storage?.setItem(HELP_DISMISSED_KEY, MARKER);
  } catch {
    // Not remembered: the card shows again next visit, which is harmless.
  }
}

/**
 * The visitor's first step folds the first-visit card into a chip, so that it stops covering the
 * booths once it has been seen: walking keys and H count, the ? key and Shift alone do not.
 */
export function startsMoving(code: string): boolean {
  return WALK_KEYS.has(code) || code === 'KeyH';
}
