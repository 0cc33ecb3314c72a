import {
  type ChecklistAnswers,
  type ExcludedPlatform,
  type GuidePickOutcome,
  RECOMMEND_STEPS,
  type Recommendation,
  type RecommendedPick,
  type RecommendReason,
} from './answers';
import { type CriterionId, GUIDE_WEIGHTS, type Weights } from './criteria';
import type { DecisionGuideEntry, PlatformFacts, ScoringDataset } from './facts';
import { assertUniqueIds, byGuideRankThenId, orderByScore, TOTAL_EPSILON } from './rank';
import { EXCLUSION_RULES, POINT_RULES, type RuleContext, WEIGHT_RULES } from './recommend-rules';
import { scoreWithUnitWeights } from './score';
import { normaliseWeights, weightsInPercent } from './weights';

interface Draft {
  readonly platform: PlatformFacts;
  readonly id: string;
  readonly guideRank: number;
  readonly baseScore: number;
  readonly reasons: RecommendReason[];
  score: number;
}

/** Reasons read in the checklist's order; sort is stable, so each step keeps its rule order. */
function inChecklistOrder(reasons: readonly RecommendReason[]): RecommendReason[] {
  return [...reasons].sort(
    (a, b) => RECOMMEND_STEPS.indexOf(a.step) - RECOMMEND_STEPS.indexOf(b.step),
  );
}

function exclusionsOf(platform: PlatformFacts, answers: ChecklistAnswers): string[] {
  return EXCLUSION_RULES.flatMap((rule) => rule.reasons(platform, answers));
}

/** Criteria in a visitor's words, for the sentences below. */
const CRITERION_WORDS: Readonly<Record<CriterionId, string>> = {
  liquidity: 'liquidity',
  security: 'security',
  coverage: 'coverage',
  costs: 'costs',
  ux: 'ease of use',
  support: 'support',
};

/**
 * Why a weight shift moved this platform's score up or down: a criterion counting for more
 * lifts a platform that does better on it than overall and lowers one that does worse (and the
 * other way round when it counts for less). Without this, "Costs count for more" beside a
 * minus reads as a contradiction. Runs before draft.score takes the new total.
 */
function whyItMoved(draft: Draft, criterion: CriterionId, points: number): string {
  const onCriterion = draft.platform.subScores[criterion].score * 10;
  // Within rounding of even, the shift moved nothing a visitor could see, and the sign of a
  // difference of 1e-15 says nothing about which side the platform is on.
  if (Math.abs(onCriterion - draft.score) <= TOTAL_EPSILON || Math.abs(points) <= TOTAL_EPSILON) {
    return '';
  }
  const side = onCriterion > draft.score ? 'stronger' : 'weaker';
  const effect = points > 0 ? 'lifts' : 'lowers';
  return `It is ${side} on ${CRITERION_WORDS[criterion]} than overall, so this ${effect} it.`;
}

/**
 * Applies the weight rules one after another, recording on every draft what each shift did to
 * its score, so that a pick's reasons always add up to score minus baseScore.
 */
function shiftWeights(drafts: Draft[], base: Weights, answers: ChecklistAnswers): Weights {
  let percent = weightsInPercent(base);
  let unit = base;

  for (const rule of WEIGHT_RULES) {
    const shifted = rule.shift(percent[rule.criterion], answers);
    if (shifted === null) continue;
    percent = { ...percent, [rule.criterion]: shifted };
    unit = normaliseWeights(percent);

    for (const draft of drafts) {
      const total = scoreWithUnitWeights(draft.platform, unit).total;
      const points = total - draft.score;
      const text = `${rule.text} ${whyItMoved(draft, rule.criterion, points)}`.trim();
      draft.reasons.push({ step: rule.step, effect: 'weight', points, text });
      draft.score = total;
    }
  }
  return unit;
}

function applyPoints(drafts: Draft[], context: RuleContext): void {
  for (const draft of drafts) {
    for (const rule of POINT_RULES) {
      for (const { points, text } of rule.adjust(draft.platform, context)) {
        const effect = points >= 0 ? 'boost' : 'penalty';
        draft.reasons.push({ step: rule.step, effect, points, text });
        draft.score += points;
      }
    }
  }
}

/**
 * Turns checklist answers into a ranked shortlist: hard constraints exclude (with reasons),
 * preferences shift weights and add bounded points, the decision guide's pick for the chosen use
 * case gets a strong boost. Pure: the same inputs always give a deep-equal result.
 */
export function recommend(
  dataset: ScoringDataset,
  answers: ChecklistAnswers,
  baseWeights: Weights = GUIDE_WEIGHTS,
): Recommendation {
  assertUniqueIds(dataset.platforms);
  const base = normaliseWeights(baseWeights);
  const byGuideOrder = dataset.platforms
    .map((platform) => ({ platform, id: platform.id, guideRank: platform.rank }))
    .sort(byGuideRankThenId);

  // Hard constraints first: an excluded platform gets no score, only its reasons.
  const excluded: ExcludedPlatform[] = [];
  const drafts: Draft[] = [];
  for (const { platform } of byGuideOrder) {
    const reasons = exclusionsOf(platform, answers);
    if (reasons.length > 0) {
      excluded.push({ id: platform.id, reasons });
      continue;
    }
    const baseScore = scoreWithUnitWeights(platform, base).total;
    const { id, rank: guideRank } = platform;
    drafts.push({ platform, id, guideRank, baseScore, reasons: [], score: baseScore });
  }

  const match = answers.useCase
    ? (dataset.decisionGuide.find((entry) => entry.useCase === answers.useCase) ?? null)
    : null;
  const weights = shiftWeights(drafts, base, answers);
  applyPoints(drafts, { answers, match });

  const picks: RecommendedPick[] = orderByScore(drafts, (draft) => draft.score).map(
    (draft, index) => ({
      id: draft.id,
      position: index + 1,
      score: draft.score,
      baseScore: draft.baseScore,
      reasons: inChecklistOrder(draft.reasons),
    }),
  );
  const top = drafts.find((draft) => draft.id === picks[0]?.id);
  const redFlags = [...dataset.redFlags, ...(top?.platform.watchOuts ?? [])];

  const guidePick = match && outcomeOf(match, picks, excluded);
  return { picks, excluded, weights, decisionGuideMatch: match, guidePick, redFlags };
}

function outcomeOf(
  entry: DecisionGuideEntry,
  picks: readonly RecommendedPick[],
  excluded: readonly ExcludedPlatform[],
): GuidePickOutcome {
  const pick = picks.find((candidate) => candidate.id === entry.platformId);
  if (pick) {
    return pick.position === 1
      ? { status: 'first', entry }
      : { status: 'lower', entry, position: pick.position };
  }
  const ruledOut = excluded.find((candidate) => candidate.id === entry.platformId);
  if (ruledOut) return { status: 'excluded', entry, reasons: ruledOut.reasons };
  return { status: 'unlisted', entry };
}
