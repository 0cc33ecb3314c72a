import type { Weights } from './criteria';
import type { DecisionGuideEntry, DeviceClass, ToolingKind, UseCaseId } from './facts';

/**
 * A visitor's answers to the guide's checklist. Every field is optional: a missing answer is
 * neutral and changes nothing, so an empty object reproduces the guide's own ranking.
 */
export interface ChecklistAnswers {
  /** Must the platform be open to everyone today, or can the visitor wait or work around limits? */
  readonly region?: 'open-everywhere-now' | 'flexible';
  /** Does the visitor need to turn earnings into money? */
  readonly needsCashOut?: boolean;
  readonly useCase?: UseCaseId;
  /** Devices the audience must be reached on. */
  readonly devices?: readonly DeviceClass[];
  /** Building tools the team wants. */
  readonly tooling?: readonly ToolingKind[];
  readonly wallet?: 'never' | 'acceptable' | 'wanted';
  readonly budget?: 'none' | 'modest' | 'flexible';
  readonly hardware?: 'low-end' | 'mixed' | 'high-end';
  readonly connection?: 'slow' | 'fast';
  readonly support?: 'essential' | 'helpful' | 'unimportant';
}

/** The checklist step a reason comes from (the same ids as the guide's checklist). */
export const RECOMMEND_STEPS = [
  'region',
  'use-case',
  'devices',
  'ownership',
  'costs',
  'performance',
  'support',
] as const;
export type RecommendStep = (typeof RECOMMEND_STEPS)[number];

export interface RecommendReason {
  readonly step: RecommendStep;
  /** boost / penalty: points added or taken; weight: what a weight shift did to this score. */
  readonly effect: 'boost' | 'penalty' | 'weight';
  readonly points: number;
  /** A short sentence a visitor understands. */
  readonly text: string;
}

export interface RecommendedPick {
  readonly id: string;
  /** 1-based; unique, ties broken by the guide's rank, then id. */
  readonly position: number;
  /** baseScore plus every reason's points. A ranking number: it may leave 0..100. */
  readonly score: number;
  /** The total under the base weights, before any answer counted. */
  readonly baseScore: number;
  readonly reasons: readonly RecommendReason[];
}

export interface ExcludedPlatform {
  readonly id: string;
  /** Why it was left out, one sentence per broken constraint. */
  readonly reasons: readonly string[];
}

/**
 * How the decision guide's pick for the visitor's use case fared against the other answers:
 * first, further down (a 1-based position), ruled out (with the exclusion's reasons), or not in
 * the dataset at all. Views name the actual #1 and use this to say what became of the guide's.
 */
export type GuidePickOutcome =
  | { readonly status: 'first'; readonly entry: DecisionGuideEntry }
  | { readonly status: 'lower'; readonly entry: DecisionGuideEntry; readonly position: number }
  | {
      readonly status: 'excluded';
      readonly entry: DecisionGuideEntry;
      readonly reasons: readonly string[];
    }
  | { readonly status: 'unlisted'; readonly entry: DecisionGuideEntry };

export interface Recommendation {
  readonly picks: readonly RecommendedPick[];
  readonly excluded: readonly ExcludedPlatform[];
  /** The weights after the answers shifted them, normalised to sum 1. */
  readonly weights: Weights;
  readonly decisionGuideMatch: DecisionGuideEntry | null;
  /** What became of the decision guide's pick; null when no use case was chosen or matched. */
  readonly guidePick: GuidePickOutcome | null;
  /** The dataset's generic red flags, then the top pick's own watch-outs. */
  readonly redFlags: readonly string[];
}
