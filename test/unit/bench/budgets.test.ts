import { describe, expect, it } from 'vitest';
import { type BenchResults, budgetsMet, checkBudgets } from '../../../bench/budgets';

const counts = { calls: 40, triangles: 12_000, textures: 3, programs: 7 };
const chunk = { three: false, xr: false, webglRendererText: false };

const GOOD: BenchResults = {
  jsGzipKB: {
    initial: 120,
    total: 500,
    headsetOnly: 90,
    chunks: [
      { ...chunk, file: 'assets/index.js', gzipKB: 120, initial: true },
      { ...chunk, file: 'assets/engine.js', gzipKB: 290, initial: false, three: true },
      { ...chunk, file: 'assets/session.js', gzipKB: 90, initial: false, xr: true },
    ],
  },
  firstFrameMs: {
    app: 1500,
    baseline: 1000,
    ratio: 1.5,
    samples: { app: [], baseline: [] },
    appFrames: 4,
  },
  hub: counts,
  booth: { ...counts, id: 'decentraland' },
  idleFrames: 0,
  heapMB: { afterLoad: 9, afterTravels: 10 },
  travels: { asked: 20, arrived: 20 },
  scale: [
    { platforms: 10, firstFrameMs: 1500, hub: counts },
    { platforms: 200, firstFrameMs: 1600, hub: { ...counts, calls: 80 } },
  ],
  scriptsLoaded: ['/assets/index.js', '/assets/engine.js'],
};

function missed(results: BenchResults): string[] {
  return checkBudgets(results)
    .filter((entry) => !entry.ok)
    .map((entry) => entry.name);
}

describe('the benchmark budgets', () => {
  it('pass a run within every budget', () => {
    expect(missed(GOOD)).toEqual([]);
    expect(budgetsMet(checkBudgets(GOOD))).toBe(true);
  });

  it('fail the run on 61 hub calls, a frame while still, or too many triangles', () => {
    for (const results of [
      { ...GOOD, hub: { ...counts, calls: 61 } },
      { ...GOOD, idleFrames: 1 },
      { ...GOOD, booth: { ...counts, id: 'x', triangles: 300_001 } },
    ]) {
      expect(budgetsMet(checkBudgets(results))).toBe(false);
    }
  });

  it('fail the run when 200 platforms cost more than twice the calls of ten', () => {
    const scale = [
      GOOD.scale[0],
      { platforms: 200, firstFrameMs: 0, hub: { ...counts, calls: 81 } },
    ];
    expect(missed({ ...GOOD, scale: scale as BenchResults['scale'] })).toEqual([
      'hub draw calls, 200 vs 10 platforms',
    ]);
  });

  it('fail the run when the first paint carries three.js or headset code, or loads it', () => {
    const chunks = GOOD.jsGzipKB.chunks.map((each) =>
      each.initial ? { ...each, three: true } : each,
    );
    const withThree = { ...GOOD.jsGzipKB, chunks };
    expect(missed({ ...GOOD, jsGzipKB: withThree })).toEqual(['three.js in the initial JS']);
    const loadedXr = { ...GOOD, scriptsLoaded: [...GOOD.scriptsLoaded, '/assets/session.js'] };
    expect(missed(loadedXr)).toEqual(['WebXR code in the initial JS or loaded without a headset']);
  });

  it('fail the run when the initial JS passes 450 KB', () => {
    expect(missed({ ...GOOD, jsGzipKB: { ...GOOD.jsGzipKB, initial: 451 } })).toEqual([
      'initial JS, gzip',
    ]);
  });

  it('only report a slow first frame against the baseline', () => {
    const slow = { ...GOOD, firstFrameMs: { ...GOOD.firstFrameMs, ratio: 4 } };
    expect(missed(slow)).toEqual(['first frame vs baseline (median)']);
    expect(budgetsMet(checkBudgets(slow))).toBe(true);
  });
});
