/**
 * The scoring core: pure TypeScript, no React, three, DOM or zod. Every view (booths, kiosk, DOM
 * twin, headset) reads scores, rankings and recommendations through this module only.
 */

/**
 * The checklist answers a visitor gives and the recommendation's shape, including what became of
 * the decision guide's pick (GuidePickOutcome: first, lower, ruled out with reasons, unlisted).
 */
export * from './answers';
/** The six criteria, the guide's published weights and a type guard for criterion ids. */
export {
  CRITERION_IDS,
  type CriterionId,
  GUIDE_WEIGHTS,
  isCriterionId,
  type Weights,
} from './criteria';
/** The structural facts the core reads from any dataset, and their enumerations. */
export * from './facts';
/**
 * The smallest single-weight change that changes the #1 platform: in points of 100, or as one
 * whole-number slider setting (what the kiosk's hint names).
 */
export { FLIP_STEP, type TopFlip, whatWouldFlipTop, whatWouldFlipTopOnSliders } from './flip';
/** Ranking with a deterministic tie-break (guide rank, then id) and a float-noise tolerance. */
export { type RankedPlatform, rankPlatforms, TOTAL_EPSILON } from './rank';
/** A ranked, explained shortlist from checklist answers. */
export { recommend } from './recommend';
/** The rule tables' bounds: the most a preference moves a score, and the use-case boost. */
export { PREFERENCE_LIMIT, USE_CASE_BOOST } from './recommend-rules';
/** Booth size from a total, with its documented bounds. */
export { BOOTH_SCALE, boothScale } from './scale';
/** One platform's 0..100 total and each criterion's contribution to it. */
export { type Contribution, type ScoredPlatform, scorePlatform } from './score';
/**
 * The weight sliders' scale (whole numbers 0..100, shared with links and stored sessions) and
 * the rule that the last weight above zero stops at SLIDER_FLOOR.
 */
export {
  checkSliderWeights,
  isSliderValue,
  moveSlider,
  SLIDER,
  SLIDER_FLOOR,
  type SliderMove,
} from './sliders';
/** Weight validation: throwing, non-throwing, and scaled to percentage points. */
export {
  checkWeights,
  normaliseWeights,
  type WeightsCheck,
  WeightsError,
  type WeightsErrorCode,
  weightsInPercent,
} from './weights';
