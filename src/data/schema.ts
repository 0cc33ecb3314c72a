import { z } from 'zod';
import { CRITERION_IDS } from '../core/criteria';
import {
  AVAILABILITY_KINDS,
  DEVICE_CLASSES,
  FEE_KINDS,
  PERFORMANCE_PROFILES,
  TOOLING_KINDS,
  USE_CASE_IDS,
  WALLET_NEEDS,
} from '../core/facts';

/**
 * The schema every dataset passes before the app uses it: the embedded guide, and any
 * same-origin JSON file named in the address. Cross-record rules (unique ids, alternatives that
 * resolve) live in `refineGuide` so that their messages can name the platform.
 */

const text = z.string().trim().min(1);
const texts = z.array(text);
const coverage = z.enum(['supported', 'unsupported', 'not-stated']);
const finiteNonNegative = z.number().finite().nonnegative();

/** Lower-case slug, also used in addresses (#/booth/<id>): nothing else may reach the URL. */
export const platformIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug');

const subScore = z.object({
  score: z.number().finite().min(0).max(10),
  rationale: text,
});

export const platformSchema = z.object({
  id: platformIdSchema,
  name: text,
  rank: z.number().int().min(1),
  bestFor: text,
  summary: text,
  bestUses: texts.min(1),
  features: texts.min(1),
  costs: z.object({
    notes: text,
    freeToStart: z.enum(['yes', 'no', 'not-stated']),
    feeKinds: z.array(z.enum(FEE_KINDS)),
  }),
  /** The note adds what the kind does not say; left out where it would only repeat it. */
  availability: z.object({ kind: z.enum(AVAILABILITY_KINDS), note: text.optional() }),
  considerIf: text,
  /** Alternatives among the platforms of this dataset, by id: each becomes a travel control. */
  alternatives: z.array(platformIdSchema),
  /** Alternatives the guide names that are not among its ten (shown as text, not travel). */
  alternativesElsewhere: texts,
  devices: z.object(
    Object.fromEntries(DEVICE_CLASSES.map((d) => [d, coverage])) as Record<
      (typeof DEVICE_CLASSES)[number],
      typeof coverage
    >,
  ),
  tooling: z.object(
    Object.fromEntries(TOOLING_KINDS.map((t) => [t, coverage])) as Record<
      (typeof TOOLING_KINDS)[number],
      typeof coverage
    >,
  ),
  wallet: z.object({ need: z.enum(WALLET_NEEDS), note: text }),
  performance: z.enum(PERFORMANCE_PROFILES),
  watchOuts: texts,
  /** The official site's bare domain, e.g. "decentraland.org"; links are built from it. */
  officialDomain: z
    .string()
    .regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, 'must be a bare domain'),
  subScores: z.object(
    Object.fromEntries(CRITERION_IDS.map((c) => [c, subScore])) as Record<
      (typeof CRITERION_IDS)[number],
      typeof subScore
    >,
  ),
});

export const criterionSchema = z.object({
  id: z.enum(CRITERION_IDS),
  label: text,
  weight: finiteNonNegative,
  meaning: text,
});

export const checklistStepIds = [
  'region',
  'use-case',
  'devices',
  'ownership',
  'costs',
  'performance',
  'support',
  'red-flags',
] as const;

export const guideSchema = z.object({
  title: text,
  tagline: text,
  /** ISO year-month of the guide's last update, e.g. "2025-09". */
  lastUpdated: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM'),
  criteria: z.array(criterionSchema).length(CRITERION_IDS.length),
  platforms: z.array(platformSchema).min(1).max(1000),
  decisionGuide: z.array(
    z.object({ useCase: z.enum(USE_CASE_IDS), label: text, platformId: platformIdSchema }),
  ),
  checklist: z
    .array(z.object({ id: z.enum(checklistStepIds), title: text, explanation: text }))
    .length(checklistStepIds.length),
  redFlags: texts.min(1),
  securityTips: texts.min(1),
  beginnerMistakes: texts.min(1),
  faq: z.array(z.object({ question: text, answer: text })).min(1),
});

export type Platform = z.infer<typeof platformSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type Guide = z.infer<typeof guideSchema>;
export type ChecklistStepId = (typeof checklistStepIds)[number];
/** What a dataset looks like before validation (the embedded guide is written in this shape). */
export type GuideInput = z.input<typeof guideSchema>;
