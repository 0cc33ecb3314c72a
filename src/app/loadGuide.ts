import type { Weights } from '../core';
import { type Guide, GuideValidationError, guideWeights, loadEmbeddedGuide } from '../data';

export type LoadedGuide =
  | { readonly ok: true; readonly guide: Guide; readonly weights: Weights }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Loads and validates the embedded guide; a refusal becomes a list of problems to show. */
export function loadGuide(): LoadedGuide {
  try {
    const guide = loadEmbeddedGuide();
    return { ok: true, guide, weights: guideWeights(guide) };
  } catch (error) {
    if (error instanceof GuideValidationError) return { ok: false, problems: error.problems };
    throw error;
  }
}
