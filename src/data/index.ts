import type { ScoringDataset } from '../core/facts';
import { embeddedGuide } from './guide';
import type { Guide } from './schema';
import { parseGuide } from './validate';

export type { ChecklistStepId, Criterion, Guide, GuideInput, Platform } from './schema';
export { guideSchema, platformSchema } from './schema';
export type { GuideParseResult } from './validate';
export { GuideValidationError, parseGuide, refineGuide, safeParseGuide } from './validate';
export { guideWeights } from './weights';

let loaded: Guide | undefined;

/** The embedded guide, validated on first use and frozen so every reader shares one copy. */
export function loadEmbeddedGuide(): Guide {
  loaded ??= deepFreeze(parseGuide(embeddedGuide));
  return loaded;
}

/** A validated guide is a dataset the scoring core can read; this fails to compile otherwise. */
export function asScoringDataset(guide: Guide): ScoringDataset {
  return guide;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
