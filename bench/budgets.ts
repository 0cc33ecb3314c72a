import type { ChunkReport } from './build';
import type { RendererCounts } from './measure';

/**
 * The performance budgets, as a pure check over one benchmark run. Each says what it protects;
 * a missed budget (other than a report-only one) makes `npm run bench` exit non-zero.
 */

export interface ScalePoint {
  readonly platforms: number;
  readonly firstFrameMs: number;
  readonly hub: RendererCounts;
}

export interface BenchResults {
  readonly jsGzipKB: {
    readonly initial: number;
    readonly total: number;
    /** Chunks that only a headset session (or its emulator) loads. */
    readonly headsetOnly: number;
    readonly chunks: readonly ChunkReport[];
  };
  readonly firstFrameMs: {
    readonly app: number;
    readonly baseline: number;
    readonly ratio: number;
    readonly samples: { readonly app: readonly number[]; readonly baseline: readonly number[] };
    /** Frames the app drew up to and including the ready one (median). */
    readonly appFrames: number;
  };
  readonly hub: RendererCounts;
  readonly booth: RendererCounts & { readonly id: string };
  readonly idleFrames: number;
  readonly heapMB: { readonly afterLoad: number; readonly afterTravels: number };
  /** Travels asked through the address between the two heap readings, and those that arrived. */
  readonly travels: { readonly asked: number; readonly arrived: number };
  readonly scale: readonly ScalePoint[];
  /** Script paths a desktop without a headset loaded, up to and after the travels. */
  readonly scriptsLoaded: readonly string[];
}

export interface BudgetCheck {
  readonly name: string;
  readonly limit: string;
  readonly actual: string;
  readonly ok: boolean;
  /** Reported every run, never a failure. */
  readonly reportOnly: boolean;
  readonly protects: string;
}

export const LIMITS = {
  hubCalls: 60,
  scaleCallsFactor: 2,
  triangles: 300_000,
  idleFrames: 0,
  initialJsGzipKB: 450,
  firstFrameRatio: 2,
} as const;

function check(
  name: string,
  limit: string,
  actual: string | number,
  ok: boolean,
  protects: string,
  reportOnly = false,
): BudgetCheck {
  return { name, limit, actual: String(actual), ok, reportOnly, protects };
}

export function checkBudgets(results: BenchResults): BudgetCheck[] {
  const scale10 = results.scale.find((point) => point.platforms === 10);
  const scale200 = results.scale.find((point) => point.platforms === 200);
  const views = [results.hub, results.booth, ...results.scale.map((point) => point.hub)];
  const maxTriangles = Math.max(...views.map((view) => view.triangles));
  const initial = results.jsGzipKB.chunks.filter((chunk) => chunk.initial);
  const xrFiles = new Set(
    results.jsGzipKB.chunks.filter((chunk) => chunk.xr).map((chunk) => `/${chunk.file}`),
  );
  const xrLoaded = results.scriptsLoaded.filter((path) => xrFiles.has(path));
  const scaleRatio = scale10 && scale200 ? scale200.hub.calls / scale10.hub.calls : Number.NaN;

  return [
    check(
      'draw calls at the hub, 10 platforms',
      `<= ${LIMITS.hubCalls}`,
      results.hub.calls,
      results.hub.calls <= LIMITS.hubCalls,
      'frame time on phones and headsets (Quest advises < 100 calls per eye)',
    ),
    check(
      'hub draw calls, 200 vs 10 platforms',
      `<= ${LIMITS.scaleCallsFactor}x`,
      `${scaleRatio.toFixed(2)}x (${scale200?.hub.calls} vs ${scale10?.hub.calls})`,
      scaleRatio <= LIMITS.scaleCallsFactor,
      'a world whose cost stays flat as the dataset grows',
    ),
    check(
      'triangles in any measured view',
      `<= ${LIMITS.triangles}`,
      maxTriangles,
      maxTriangles <= LIMITS.triangles,
      'vertex work on mobile GPUs and headsets',
    ),
    check(
      'frames while nothing moves (2 s)',
      `== ${LIMITS.idleFrames}`,
      results.idleFrames,
      results.idleFrames === LIMITS.idleFrames,
      'battery and heat: a still visitor costs nothing',
    ),
    check(
      'three.js in the initial JS',
      'none',
      initial.some((chunk) => chunk.three || chunk.webglRendererText) ? 'present' : 'none',
      initial.every((chunk) => !chunk.three && !chunk.webglRendererText),
      'a first paint (the DOM page) that does not wait for the 3D engine',
    ),
    check(
      'WebXR code in the initial JS or loaded without a headset',
      'none',
      initial.some((chunk) => chunk.xr) || xrLoaded.length > 0
        ? xrLoaded.join(' ') || 'initial'
        : 'none',
      initial.every((chunk) => !chunk.xr) && xrLoaded.length === 0,
      'desktop and phone visitors never download the headset code',
    ),
    check(
      'initial JS, gzip',
      `<= ${LIMITS.initialJsGzipKB} KB`,
      `${results.jsGzipKB.initial} KB`,
      results.jsGzipKB.initial <= LIMITS.initialJsGzipKB,
      'time to the first paint on slow networks',
    ),
    check(
      'first frame vs baseline (median)',
      `<= ${LIMITS.firstFrameRatio}x (report only)`,
      `${results.firstFrameMs.ratio.toFixed(2)}x`,
      results.firstFrameMs.ratio <= LIMITS.firstFrameRatio,
      'the world costs little more to open than an empty scene with one text',
      true,
    ),
  ];
}

/** True when every budget that can fail the run was met. */
export function budgetsMet(checks: readonly BudgetCheck[]): boolean {
  return checks.every((entry) => entry.ok || entry.reportOnly);
}
