import { z } from 'zod';
import type { ChecklistAnswers } from '../core/answers';
import { CRITERION_IDS, type Weights } from '../core/criteria';
import { checkWeights } from '../core/weights';
import {
  ANSWER_FIELDS,
  type AnswerField,
  chosenValues,
  isAnswerField,
  withValues,
} from './answer-codec';

/**
 * The compact spelling of weights and answers shared by links and stored sessions:
 * `w=30.25.15.15.10.5` (whole numbers 0..100 in the criteria's order) and
 * `a=region:flexible,use:art-exhibitions,dev:web_headset,done:yes`. Everything read back is
 * checked with a schema; a bad part is reported and left out, never thrown.
 */

/** Short keys keep links short; each maps to one answer field. */
const KEYS: Readonly<Record<AnswerField, string>> = {
  region: 'region',
  needsCashOut: 'cash',
  useCase: 'use',
  devices: 'dev',
  tooling: 'tool',
  wallet: 'wallet',
  budget: 'budget',
  hardware: 'hw',
  connection: 'net',
  support: 'support',
};
const FIELD_BY_KEY = new Map(ANSWER_FIELDS.map((field) => [KEYS[field], field]));
const DONE_TOKEN = 'done:yes';
const MAX_ANSWERS_LENGTH = 600;

export function encodeWeights(weights: Weights): string {
  return CRITERION_IDS.map((criterion) => Math.round(weights[criterion])).join('.');
}

const weightsParam = z
  .string()
  .regex(/^\d{1,3}(?:\.\d{1,3}){5}$/, 'needs six whole numbers joined by dots')
  .transform((text) => text.split('.').map(Number))
  .pipe(z.array(z.number().int().min(0).max(100)).length(CRITERION_IDS.length));

export type WeightsParse =
  | { readonly ok: true; readonly weights: Weights }
  | { readonly ok: false; readonly problem: string };

/** Reads `w`; out of range, malformed or all zero is a problem (the core refuses all zero). */
export function parseWeightsParam(text: unknown): WeightsParse {
  const parsed = weightsParam.safeParse(text);
  if (!parsed.success) {
    return { ok: false, problem: 'weights need six whole numbers from 0 to 100' };
  }
  const weights = Object.fromEntries(
    CRITERION_IDS.map((criterion, index) => [criterion, parsed.data[index]]),
  );
  const check = checkWeights(weights);
  if (!check.ok) return { ok: false, problem: 'weights cannot all be zero' };
  // Keep the visitor's own numbers (not normalised): the sliders show them as set.
  const kept = Object.fromEntries(CRITERION_IDS.map((c) => [c, Number(weights[c])]));
  return { ok: true, weights: Object.freeze(kept) as Weights };
}

export function encodeAnswers(answers: ChecklistAnswers, done: boolean): string {
  const tokens = ANSWER_FIELDS.flatMap((field) => {
    const values = chosenValues(answers, field);
    return values.length > 0 ? [`${KEYS[field]}:${values.join('_')}`] : [];
  });
  if (done) tokens.push(DONE_TOKEN);
  return tokens.join(',');
}

export interface AnswersParse {
  readonly answers: ChecklistAnswers;
  readonly done: boolean;
  /** One line per token that could not be used; the other tokens still load. */
  readonly problems: readonly string[];
}

const answersParam = z.string().max(MAX_ANSWERS_LENGTH, 'is too long');
const TOKEN = /^([a-z]+):([a-z0-9_-]+)$/;

/** Reads `a` token by token: an unknown key or value drops only that token. */
export function parseAnswersParam(text: unknown): AnswersParse {
  const parsed = answersParam.safeParse(text);
  if (!parsed.success) return { answers: {}, done: false, problems: ['answers could not be read'] };

  let answers: ChecklistAnswers = {};
  let done = false;
  const problems: string[] = [];
  for (const token of parsed.data.split(',').filter((t) => t !== '')) {
    if (token === DONE_TOKEN) {
      done = true;
      continue;
    }
    const match = TOKEN.exec(token);
    const field = match ? FIELD_BY_KEY.get(match[1] ?? '') : undefined;
    if (!match || !field || !isAnswerField(field)) {
      problems.push('an answer could not be read');
      continue;
    }
    const result = withValues(answers, field, (match[2] ?? '').split('_'));
    if (result.ok) answers = result.answers;
    else problems.push(`the answer for ${KEYS[field]} is not one the kiosk offers`);
  }
  return { answers, done, problems };
}
