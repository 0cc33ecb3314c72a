import { describe, expect, it } from 'vitest';
import {
  checkWeights,
  GUIDE_WEIGHTS,
  normaliseWeights,
  WeightsError,
  type WeightsErrorCode,
  weightsInPercent,
} from '../../../src/core';

const guide = { ...GUIDE_WEIGHTS };

function errorOf(input: Record<string, unknown>): WeightsError {
  try {
    normaliseWeights(input);
  } catch (error) {
    if (error instanceof WeightsError) return error;
    throw error;
  }
  throw new Error('expected normaliseWeights to throw');
}

describe('normaliseWeights', () => {
  it('scales the guide weights to shares that sum to one', () => {
    const unit = normaliseWeights(guide);
    expect(unit.liquidity).toBeCloseTo(0.3, 12);
    expect(unit.support).toBeCloseTo(0.05, 12);
    expect(Object.values(unit).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('accepts weights on any scale, including zeros for some criteria', () => {
    const unit = normaliseWeights({ ...guide, liquidity: 3000, security: 0 });
    expect(unit.security).toBe(0);
    expect(unit.liquidity).toBeGreaterThan(0.9);
  });

  it('keeps ratios for weights near the largest float', () => {
    const unit = normaliseWeights({ ...guide, liquidity: 1e308, security: 1e308 });
    expect(unit.liquidity).toBeCloseTo(0.5, 12);
    expect(unit.security).toBeCloseTo(0.5, 12);
  });

  const cases: [string, Record<string, unknown>, WeightsErrorCode, string | null, unknown][] = [
    [
      'all weights are zero',
      { liquidity: 0, security: 0, coverage: 0, costs: 0, ux: 0, support: 0 },
      'all-zero',
      null,
      0,
    ],
    ['a weight is negative', { ...guide, costs: -1 }, 'negative', 'costs', -1],
    ['a weight is NaN', { ...guide, ux: Number.NaN }, 'not-finite', 'ux', Number.NaN],
    [
      'a weight is Infinity',
      { ...guide, security: Number.POSITIVE_INFINITY },
      'not-finite',
      'security',
      Number.POSITIVE_INFINITY,
    ],
    ['a weight is not a number', { ...guide, support: '5' }, 'not-finite', 'support', '5'],
    ['a key is no criterion', { ...guide, hype: 10 }, 'unknown-criterion', 'hype', 10],
    [
      'a criterion is missing',
      { liquidity: 30, security: 25, coverage: 15, costs: 15, ux: 10 },
      'missing-criterion',
      'support',
      undefined,
    ],
  ];

  it.each(cases)('throws a WeightsError when %s', (_, input, code, criterion, value) => {
    const error = errorOf(input);
    expect(error.code).toBe(code);
    expect(error.criterion).toBe(criterion);
    expect(error.value).toEqual(value);
    expect(error.message).toContain('[core]');
  });
});

describe('checkWeights', () => {
  it('reports a problem as a value instead of throwing', () => {
    const result = checkWeights({ ...guide, coverage: -5 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('negative');
  });

  it('returns normalised weights when all is well', () => {
    const result = checkWeights(guide);
    expect(result).toEqual({ ok: true, weights: normaliseWeights(guide) });
  });
});

describe('weightsInPercent', () => {
  it('keeps the guide weights exactly as published', () => {
    expect(weightsInPercent(guide)).toEqual(GUIDE_WEIGHTS);
  });

  it('scales other weights to sum 100', () => {
    const percent = weightsInPercent({ ...guide, liquidity: 0, security: 0, costs: 0 });
    expect(percent).toEqual({
      liquidity: 0,
      security: 0,
      coverage: 50,
      costs: 0,
      ux: 100 / 3,
      support: 50 / 3,
    });
  });
});
