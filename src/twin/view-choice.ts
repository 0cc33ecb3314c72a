/**
 * Which view a visitor chose: the 3D world or the 2D page. Only an explicit choice is kept (in
 * localStorage, versioned); a fallback after a failure is not, so the next visit tries 3D again.
 */

export type ViewName = '3d' | '2d';

export const VIEW_STORAGE_KEY = 'pavilion:view:v1';

/** The slice of Storage this needs; narrow so that tests can pass a stand-in. */
export interface ViewStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Reads a stored choice; anything but the exact shape written below counts as no choice. */
export function parseViewChoice(raw: string | null): ViewName | null {
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const view = (json as { readonly view?: unknown }).view;
  return view === '2d' || view === '3d' ? view : null;
}

/** The stored choice, or null when there is none, it is corrupt, or storage is refused. */
export function readViewChoice(storage: ViewStorage | null): ViewName | null {
  try {
    return parseViewChoice(storage?.getItem(VIEW_STORAGE_KEY) ?? null);
  } catch {
    // Storage can throw (private mode, blocked cookies): the visit goes on without it.
    return null;
  }
}

/** Keeps the choice; returns false when storage refused it (the choice still holds this visit). */
export function writeViewChoice(storage: ViewStorage | null, view: ViewName): boolean {
  try {
    storage?.setItem(VIEW_STORAGE_KEY, JSON.stringify({ view }));
    return storage !== null;
  } catch {
    return false;
  }
}

/** window.localStorage, or null where reading it throws. */
export function browserStorage(): ViewStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
