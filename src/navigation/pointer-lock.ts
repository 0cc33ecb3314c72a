import { useSyncExternalStore } from 'react';

/**
 * Pointer lock, with its refusals handled. Chromium refuses a new lock within about a second
 * of the visitor pressing Esc: the returned promise rejects and `pointerlockerror` fires. Both
 * become one gentle hint instead of an unhandled rejection.
 */

export const LOOK_HINT_ID = 'look-hint';
export const LOOK_HINT = 'Click again to look around.';

export function isLocked(element: Element): boolean {
  return document.pointerLockElement === element;
}

export function requestLook(element: HTMLElement, onRefused: () => void): void {
  try {
    // Older engines return undefined rather than a promise; Promise.resolve covers both.
    Promise.resolve(element.requestPointerLock()).catch(onRefused);
  } catch {
    onRefused();
  }
}

function subscribe(onChange: () => void): () => void {
  document.addEventListener('pointerlockchange', onChange);
  return () => document.removeEventListener('pointerlockchange', onChange);
}

/** True while any element holds the pointer (for the crosshair). */
export function usePointerLocked(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => document.pointerLockElement !== null,
    () => false,
  );
}
