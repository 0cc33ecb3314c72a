import { CRITERION_IDS, type CriterionId, isCriterionId, type Weights } from './criteria';

/**
 * Weights come from visitors (sliders, the address bar, a stored session), so they are checked
 * here and every failure names the criterion and the value. Nothing falls back to a default.
 */

export type WeightsErrorCode =
  | 'all-zero'
  | 'negative'
  | 'not-finite'
  | 'unknown-criterion'
  | 'missing-criterion'
  /** Not a whole number from 0 to 100, where slider values are needed (see sliders.ts). */
  | 'off-slider';

export class WeightsError extends Error {
  override readonly name = 'WeightsError';
  readonly code: WeightsErrorCode;
  /** The offending key; null when the problem is the set as a whole (all zero). */
  readonly criterion: string | null;
  readonly value: unknown;

  constructor(code: WeightsErrorCode, criterion: string | null, value: unknown, message: string) {
    super(message);
    this.code = code;
    this.criterion = criterion;
    this.value = value;
  }
}

export type WeightsCheck =
  | { readonly ok: true; readonly weights: Weights }
  | { readonly ok: false; readonly error: WeightsError };

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function findProblem(input: Record<string, unknown>): WeightsError | null {
  for (const key of Object.keys(input)) {
    if (!isCriterionId(key)) {
      const known = CRITERION_IDS.join(', ');
      return new WeightsError(
        'unknown-criterion',
        key,
        input[key],
        `[core] unknown criterion "${key}" in weights (known: ${known})`,
      );
    }
  }
  for (const criterion of CRITERION_IDS) {
    if (!Object.hasOwn(input, criterion)) {
      const message = `[core] weights have no value for criterion "${criterion}"`;
      return new WeightsError('missing-criterion', criterion, undefined, message);
    }
    const value = input[criterion];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      const got = describe(value);
      const message = `[core] weight for "${criterion}" must be a finite number, got ${got}`;
      return new WeightsError('not-finite', criterion, value, message);
    }
    if (value < 0) {
      const message = `[core] weight for "${criterion}" must not be negative, got ${value}`;
      return new WeightsError('negative', criterion, value, message);
    }
  }
  return null;
}

function sumOf(weights: Record<CriterionId, number>): number {
  return CRITERION_IDS.reduce((total, criterion) => total + weights[criterion], 0);
}

/** Scales valid weights to sum `target`. Multiplying before dividing keeps 30 of 100 exact. */
function scaleTo(given: Record<CriterionId, number>, target: number): Weights {
  // Weights near the float limit would overflow the sum; shrinking them first keeps ratios.
  const largest = Math.max(...CRITERION_IDS.map((criterion) => given[criterion]));
  const shrink = largest > 1e300 ? largest : 1;
  const entries = CRITERION_IDS.map((criterion) => [criterion, given[criterion] / shrink]);
  const raw = Object.fromEntries(entries) as Record<CriterionId, number>;
  const sum = sumOf(raw);
  const scaled = CRITERION_IDS.map((criterion) => [criterion, (raw[criterion] * target) / sum]);
  return Object.freeze(Object.fromEntries(scaled)) as Weights;
}

function validate(input: Record<string, unknown>): WeightsError | Record<CriterionId, number> {
  const problem = findProblem(input);
  if (problem) return problem;

  // findProblem has proven every criterion is present and a finite non-negative number.
  const given = input as Record<CriterionId, number>;
  if (CRITERION_IDS.every((criterion) => given[criterion] === 0)) {
    return new WeightsError('all-zero', null, 0, '[core] at least one weight must be above zero');
  }
  return given;
}

/** Checks weights without throwing: the UI shows the error's message next to the slider. */
export function checkWeights(input: Record<string, unknown>): WeightsCheck {
  const result = validate(input);
  if (result instanceof WeightsError) return { ok: false, error: result };
  return { ok: true, weights: scaleTo(result, 1) };
}

/** Returns the weights scaled to sum 1; throws a WeightsError naming the bad criterion. */
export function normaliseWeights(input: Record<string, unknown>): Weights {
  const result = checkWeights(input);
  if (!result.ok) throw result.error;
  return result.weights;
}

/** Returns the weights scaled to sum 100 (percentage points), the scale the guide and UI use. */
export function weightsInPercent(input: Record<string, unknown>): Weights {
  const result = validate(input);
  if (result instanceof WeightsError) throw result;
  return scaleTo(result, 100);
}
