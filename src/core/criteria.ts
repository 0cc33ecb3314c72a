/**
 * The six criteria the buyer's guide scores platforms on, in the guide's order.
 * Every weight map, sub-score table and contribution list in the core is keyed by these ids.
 */
export const CRITERION_IDS = [
  'liquidity',
  'security',
  'coverage',
  'costs',
  'ux',
  'support',
] as const;

export type CriterionId = (typeof CRITERION_IDS)[number];

/** A weight for every criterion. Any non-negative finite numbers; the core normalises them. */
export type Weights = Readonly<Record<CriterionId, number>>;

/** The guide's published weights, in percent (Liquidity 30, Security 25, Coverage 15, ...). */
export const GUIDE_WEIGHTS: Weights = Object.freeze({
  liquidity: 30,
  security: 25,
  coverage: 15,
  costs: 15,
  ux: 10,
  support: 5,
});

export function isCriterionId(value: unknown): value is CriterionId {
  return typeof value === 'string' && (CRITERION_IDS as readonly string[]).includes(value);
}
