import { GUIDE_WEIGHTS, type Weights } from './criteria';
import type { PlatformFacts } from './facts';
import { type ScoredPlatform, scoreWithUnitWeights } from './score';
import { normaliseWeights } from './weights';

/** Totals closer than this are a tie: float noise from rescaled weights must never flip order. */
export const TOTAL_EPSILON = 1e-9;

export interface RankedPlatform extends ScoredPlatform {
  /** 1-based place in the ranking; unique, ties already broken. */
  readonly position: number;
  /** The guide's published rank, the first tie-break. */
  readonly guideRank: number;
}

interface Orderable {
  readonly id: string;
  readonly guideRank: number;
}

/** The tie-break order: the guide's rank, then id. */
export function byGuideRankThenId(a: Orderable, b: Orderable): number {
  if (a.guideRank !== b.guideRank) return a.guideRank - b.guideRank;
  // Plain code-unit order: localeCompare would depend on the visitor's locale.
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/**
 * Orders items by value, highest first; values within TOTAL_EPSILON of a neighbour form one tied
 * group, ordered by guide rank, then id. Grouping after an exact sort keeps the order a true
 * total order (a plain epsilon comparator is not transitive) and independent of input order.
 */
export function orderByScore<T extends Orderable>(
  items: readonly T[],
  scoreOf: (item: T) => number,
): T[] {
  const exact = [...items].sort((a, b) => scoreOf(b) - scoreOf(a) || byGuideRankThenId(a, b));
  const ordered: T[] = [];
  let group: T[] = [];

  for (const item of exact) {
    const previous = group[group.length - 1];
    if (previous && scoreOf(previous) - scoreOf(item) > TOTAL_EPSILON) {
      ordered.push(...group.sort(byGuideRankThenId));
      group = [];
    }
    group.push(item);
  }
  ordered.push(...group.sort(byGuideRankThenId));
  return ordered;
}

/** Positions are keyed by id everywhere (booths, addresses), so a repeated id is misuse. */
export function assertUniqueIds(platforms: readonly { readonly id: string }[]): void {
  const seen = new Set<string>();
  for (const { id } of platforms) {
    if (seen.has(id)) throw new Error(`[core] platform id "${id}" appears more than once`);
    seen.add(id);
  }
}

/** Scores and ranks platforms: highest total first, then the guide's rank, then id. */
export function rankPlatforms(
  platforms: readonly PlatformFacts[],
  weights: Weights = GUIDE_WEIGHTS,
): RankedPlatform[] {
  const unit = normaliseWeights(weights);
  assertUniqueIds(platforms);
  const scored = platforms.map((platform) => ({
    ...scoreWithUnitWeights(platform, unit),
    guideRank: platform.rank,
  }));
  return orderByScore(scored, (item) => item.total).map((item, index) => ({
    ...item,
    position: index + 1,
  }));
}
