import { useEffect } from 'react';
import { usePavilionStore } from '../state/context';
import type { Place } from '../state/store';
import { placeHeadingId, TWIN_MAIN_ID } from './twin-ids';
import type { ViewName } from './view-choice';

/**
 * Whether moving focus to the new place's section would help rather than interrupt: never while
 * the visitor is in a dialog or a form field; in 3D only from the page itself, the world or the
 * twin, not from a toolbar button they just pressed.
 */
export function shouldFollow(active: Element | null, view: ViewName, twin: Element | null) {
  if (active?.closest('[role="dialog"]')) return false;
  if (active?.matches('input, select, textarea, [contenteditable="true"]')) return false;
  if (view === '2d') return true;
  if (!active || active === document.body || active instanceof HTMLCanvasElement) return true;
  return twin?.contains(active) ?? false;
}

/**
 * Whether the visitor is reading the twin: the 2D view, or the 3D page scrolled down to it. Focus
 * alone does not tell, since following a trip in the world puts focus in the twin too; scrolling
 * on that would pull the world off screen on the next trip.
 */
export function readingTwin(view: ViewName, twinTop: number | null, viewportHeight: number) {
  if (view === '2d') return true;
  return twinTop !== null && twinTop < viewportHeight / 2;
}

/**
 * Moves focus to the section of the place the visitor travels to, so the twin reads from there.
 * It scrolls only when the twin is what the visitor is looking at.
 */
export function useFollowPlace(view: ViewName): void {
  const store = usePavilionStore();
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.place === previous.place) return;
        // Checked once the handler that travelled has finished: a "Take me there" in a dialog
        // closes it and hands focus back first, and only then is the visitor free to follow.
        queueMicrotask(() => follow(state.place, view));
      }),
    [store, view],
  );
}

function follow(place: Place, view: ViewName): void {
  const twin = document.getElementById(TWIN_MAIN_ID);
  const active = document.activeElement;
  if (!shouldFollow(active, view, twin)) return;
  const target = document.getElementById(placeHeadingId(place));
  if (!target) return;
  const twinTop = twin ? twin.getBoundingClientRect().top : null;
  const scroll = readingTwin(view, twinTop, window.innerHeight);
  target.focus({ preventScroll: !scroll });
  if (scroll) target.scrollIntoView({ block: 'start' });
}

/**
 * Takes the page to a booth's section, focused, as a trip in 2D would: on switching to the 2D
 * view at a booth, and from "Read ... as text" (at the hub the page stays where it is; the 2D
 * view then opens at its top, with what the view is and the places).
 */
export function openAtPlace(place: Place): void {
  if (place === 'hub') return;
  const target = document.getElementById(placeHeadingId(place));
  target?.focus({ preventScroll: true });
  target?.scrollIntoView({ block: 'start' });
}
