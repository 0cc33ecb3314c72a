import { CRITERION_IDS, type CriterionId, type Weights } from '../core/criteria';
import type { Guide } from './schema';

/** The methodology's weights as the record the scoring core reads. Expects a validated guide. */
export function guideWeights(guide: Guide): Weights {
  const byId = new Map(guide.criteria.map((criterion) => [criterion.id, criterion.weight]));
  const weights = {} as Record<CriterionId, number>;
  for (const id of CRITERION_IDS) {
    const weight = byId.get(id);
    if (weight === undefined) {
      throw new Error(`[guide] guideWeights: criterion "${id}" has no weight; validate first`);
    }
    weights[id] = weight;
  }
  return Object.freeze(weights);
}
