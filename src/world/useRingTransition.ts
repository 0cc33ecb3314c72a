import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useReducer, useRef } from 'react';
import type { RingLayout } from '../floorplan/layout';
import { ease, type ShownPlacements, tweenRing } from './ring-tween';

/** How long booths take to change places after the weights change. */
const TRANSITION_SECONDS = 0.7;

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

interface Transition {
  target: RingLayout;
  ids: readonly string[];
  shown: RingLayout;
  from: ShownPlacements | null;
  fromRadius: number;
  elapsed: number;
}

/**
 * The ring as shown: equal to `target`, except for a short glide after it changes, during which
 * booths slide and resize into their new places (instantly for visitors who prefer reduced
 * motion). Frames are requested only while the glide runs, so a still ring costs nothing.
 */
export function useRingTransition(target: RingLayout, ids: readonly string[]): RingLayout {
  const invalidate = useThree((state) => state.invalidate);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const ref = useRef<Transition | null>(null);

  // The start of a glide is worked out during render, not in an effect: the booths arrive here
  // already in their new order, and a frame drawn before an effect ran would pair them with the
  // old places. Doing it again on a repeated render changes nothing.
  const current = ref.current;
  if (!current) {
    ref.current = { target, ids, shown: target, from: null, fromRadius: 0, elapsed: 0 };
  } else if (current.target !== target) {
    if (prefersReducedMotion()) {
      ref.current = { target, ids, shown: target, from: null, fromRadius: 0, elapsed: 0 };
    } else {
      const from = new Map(current.shown.booths.map((booth, i) => [current.ids[i] ?? '', booth]));
      const fromRadius = current.shown.radius;
      const shown = tweenRing(from, fromRadius, target, ids, 0);
      ref.current = { target, ids, shown, from, fromRadius, elapsed: 0 };
    }
  }

  useEffect(() => {
    // Starts the frame loop for a glide that the render above just began.
    if (ref.current?.from && ref.current.target === target) invalidate();
  }, [target, invalidate]);

  useFrame((_, delta) => {
    const glide = ref.current;
    if (!glide?.from) return;
    // Software-rendered frames can be slow; cap the step so the glide is still seen to move.
    glide.elapsed += Math.min(delta, 0.1);
    const t = glide.elapsed / TRANSITION_SECONDS;
    if (t >= 1) {
      glide.from = null;
      glide.shown = glide.target;
    } else {
      glide.shown = tweenRing(glide.from, glide.fromRadius, glide.target, glide.ids, ease(t));
      invalidate();
    }
    redraw();
  });

  return ref.current?.shown ?? target;
}
