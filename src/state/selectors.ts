import { useMemo } from 'react';
import type { Weights } from '../core/criteria';
import { type RankedPlatform, rankPlatforms } from '../core/rank';
import { boothScale } from '../core/scale';
import type { Guide, Platform } from '../data/schema';
import { layoutRing, type RingLayout } from '../floorplan/layout';
import { usePavilion } from './context';
import type { PavilionState } from './store';

/**
 * What the views derive from the guide and the visitor's weights: the ranking, each booth's scale
 * and the ring layout in rank order. Computed once per (guide, weights) change and shared by every
 * reader, never per frame or per render.
 */

export interface RankedBooth {
  readonly platform: Platform;
  readonly ranked: RankedPlatform;
  /** Booth scale from the core, for this platform's total. */
  readonly scale: number;
}

export interface PavilionDerived {
  readonly guide: Guide;
  readonly weights: Weights;
  /** Booths in rank order (index 0 = #1), matching `layout.booths` index for index. */
  readonly booths: readonly RankedBooth[];
  readonly layout: RingLayout;
  /** Ring index of each platform id. */
  readonly indexById: ReadonlyMap<string, number>;
}

let last: PavilionDerived | null = null;

/** Derives the ranking and layout; returns the same object while guide and weights are unchanged. */
export function derivePavilion(guide: Guide, weights: Weights): PavilionDerived {
  if (last && last.guide === guide && last.weights === weights) return last;
  const byId = new Map(guide.platforms.map((platform) => [platform.id, platform]));
  const booths = rankPlatforms(guide.platforms, weights).map((ranked): RankedBooth => {
    const platform = byId.get(ranked.id);
    if (!platform) throw new Error(`[pavilion] ranking returned unknown platform "${ranked.id}"`);
    return { platform, ranked, scale: boothScale(ranked.total) };
  });
  const layout = layoutRing(booths.map((booth) => booth.scale));
  const indexById = new Map(booths.map((booth, index) => [booth.platform.id, index]));
  last = { guide, weights, booths, layout, indexById };
  return last;
}

/** For imperative readers (useFrame, event handlers): `selectDerived(store.getState())`. */
export function selectDerived(state: PavilionState): PavilionDerived {
  return derivePavilion(state.guide, state.weights);
}

/** The derived ranking and layout; re-renders only when guide or weights change. */
export function usePavilionDerived(): PavilionDerived {
  const guide = usePavilion((state) => state.guide);
  const weights = usePavilion((state) => state.weights);
  return useMemo(() => derivePavilion(guide, weights), [guide, weights]);
}

/** The ring layout in rank order. */
export function useRingLayout(): RingLayout {
  return usePavilionDerived().layout;
}

/** Booths in rank order with their platform, score and scale. */
export function useRankedBooths(): readonly RankedBooth[] {
  return usePavilionDerived().booths;
}
