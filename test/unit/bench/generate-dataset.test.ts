import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate-dataset';
import { embeddedGuide } from '../../../src/data/guide';
import { safeParseGuide } from '../../../src/data/validate';

describe('the benchmark dataset generator', () => {
  it.each([1, 3, 10, 50, 200])('makes %i platforms that pass the guide checks', (count) => {
    const dataset = generateDataset(embeddedGuide, count);
    const result = safeParseGuide(dataset);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(dataset.platforms).toHaveLength(count);
  });

  it('keeps the embedded guide as the first ten platforms', () => {
    const dataset = generateDataset(embeddedGuide, 50);
    const byRank = [...embeddedGuide.platforms].sort((a, b) => a.rank - b.rank);
    expect(dataset.platforms.slice(0, 10).map((p) => p.id)).toEqual(byRank.map((p) => p.id));
  });

  it('gives copies their own ids, names and ranks, with alternatives inside their copy', () => {
    const dataset = generateDataset(embeddedGuide, 20);
    const copy = dataset.platforms[10];
    expect(copy?.id).toBe(`${dataset.platforms[0]?.id}-2`);
    expect(copy?.name).toMatch(/ 2$/);
    expect(copy?.rank).toBe(11);
    for (const alternative of copy?.alternatives ?? []) expect(alternative).toMatch(/-2$/);
  });

  it('refuses a count outside 1..1000', () => {
    expect(() => generateDataset(embeddedGuide, 0)).toThrow(/1\.\.1000/);
    expect(() => generateDataset(embeddedGuide, 1001)).toThrow(/1\.\.1000/);
  });
});
