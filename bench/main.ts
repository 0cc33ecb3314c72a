import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { embeddedGuide } from '../src/data/guide';
import { launchBrowser } from '../test/browser/harness/browser';
import { startStaticServer } from '../test/browser/harness/static-server';
import { type BenchResults, budgetsMet, checkBudgets, type ScalePoint } from './budgets';
import { buildApp, buildBaseline, PROJECT_ROOT } from './build';
import { generateDataset } from './generate-dataset';
import {
  idleFrames,
  loadedScripts,
  openWorld,
  readHook,
  travelTo,
  waitUntilStill,
} from './measure';
import { printReport } from './report';

/**
 * `npm run bench`: builds the app and the baseline, serves them under the app's CSP, measures
 * them in headless Chromium (1280x720, dpr 1) and checks the budgets. Writes bench/results.json.
 */

const OUT_DIR = `${PROJECT_ROOT}bench/dist`;
const RESULTS_FILE = `${PROJECT_ROOT}bench/results.json`;
const SIZES = [10, 50, 200] as const;
/** Page loads per measured first frame (medians); BENCH_RUNS overrides. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const TRAVELS = 20;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

async function writeDatasets(): Promise<void> {
  await mkdir(`${OUT_DIR}/bench`, { recursive: true });
  for (const size of SIZES) {
    const dataset = generateDataset(embeddedGuide, size);
    await writeFile(`${OUT_DIR}/bench/platforms-${size}.json`, JSON.stringify(dataset));
  }
}

async function firstFrame(browser: Browser, url: string) {
  const world = await openWorld(browser, url);
  await world.close();
  return { ms: world.firstFrameMs, frames: world.framesToReady ?? Number.NaN };
}

/** One long visit: the hub, idle frames, heap, a booth, twenty travels, heap again. */
async function visit(browser: Browser, origin: string) {
  const world = await openWorld(browser, `${origin}/?debug=1`);
  try {
    const { page } = world;
    await waitUntilStill(page);
    const hub = (await readHook(page)).renderer;
    const idle = await idleFrames(page, 2000);
    const heapAfterLoad = await world.heapMB();

    const ids = (await readHook(page)).booths.map((booth) => booth.id);
    const first = ids[0] ?? '';
    if (!(await travelTo(page, first, 60_000))) throw new Error('[bench] no booth view to measure');
    const booth = { id: first, ...(await readHook(page)).renderer };
    let arrived = 0;
    for (let i = 1; i <= TRAVELS; i++) {
      if (await travelTo(page, ids[i % ids.length] ?? first)) arrived++;
    }

    const heapAfterTravels = await world.heapMB();
    const scripts = await loadedScripts(page);
    return {
      hub,
      booth,
      idle,
      heap: { afterLoad: heapAfterLoad, afterTravels: heapAfterTravels },
      travels: { asked: TRAVELS, arrived },
      scripts,
    };
  } finally {
    await world.close();
  }
}

async function scalePoint(browser: Browser, origin: string, size: number): Promise<ScalePoint> {
  const url = `${origin}/?debug=1&data=/bench/platforms-${size}.json`;
  const times: number[] = [];
  let hub: ScalePoint['hub'] | undefined;
  for (let run = 0; run < RUNS; run++) {
    const world = await openWorld(browser, url);
    times.push(world.firstFrameMs);
    if (!hub) {
      await waitUntilStill(world.page);
      hub = (await readHook(world.page)).renderer;
    }
    await world.close();
  }
  if (!hub) throw new Error('[bench] no hub reading');
  return { platforms: size, firstFrameMs: median(times), hub };
}

export async function main(): Promise<number> {
  console.log('[bench] building the app and the baseline…');
  const chunks = await buildApp(OUT_DIR);
  await buildBaseline(OUT_DIR);
  await writeDatasets();

  const server = await startStaticServer(OUT_DIR);
  const browser = await launchBrowser();
  try {
    console.log(`[bench] first frames: ${RUNS} runs each, app and baseline interleaved…`);
    const samples = { app: [] as number[], baseline: [] as number[] };
    const appFrames: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const app = await firstFrame(browser, `${server.origin}/?debug=1`);
      samples.app.push(app.ms);
      appFrames.push(app.frames);
      samples.baseline.push((await firstFrame(browser, `${server.origin}/baseline/`)).ms);
    }
    console.log('[bench] hub, idle frames, booth, travels and heap…');
    const visited = await visit(browser, server.origin);
    console.log('[bench] datasets of 10, 50 and 200 platforms…');
    const scale: ScalePoint[] = [];
    for (const size of SIZES) scale.push(await scalePoint(browser, server.origin, size));

    const app = median(samples.app);
    const baseline = median(samples.baseline);
    const results: BenchResults = {
      jsGzipKB: {
        initial: sum(chunks.filter((chunk) => chunk.initial).map((chunk) => chunk.gzipKB)),
        total: sum(chunks.map((chunk) => chunk.gzipKB)),
        headsetOnly: sum(chunks.filter((chunk) => chunk.xr).map((chunk) => chunk.gzipKB)),
        chunks,
      },
      firstFrameMs: {
        app,
        baseline,
        ratio: Math.round((app / baseline) * 100) / 100,
        samples,
        appFrames: median(appFrames),
      },
      hub: visited.hub,
      booth: visited.booth,
      idleFrames: visited.idle,
      heapMB: visited.heap,
      travels: visited.travels,
      scale,
      scriptsLoaded: visited.scripts,
    };
    const budgets = checkBudgets(results);
    const machine = { node: process.version, platform: process.platform, runs: RUNS };
    await writeFile(
      RESULTS_FILE,
      `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, ...results, budgets }, null, 2)}\n`,
    );
    // The project's formatter has the last word on layout, so `npm run lint` stays green.
    spawnSync('npx', ['biome', 'format', '--write', RESULTS_FILE], { stdio: 'ignore' });
    printReport(results, budgets);
    return budgetsMet(budgets) ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

function sum(values: readonly number[]): number {
  return Math.round(values.reduce((total, value) => total + value, 0) * 10) / 10;
}
