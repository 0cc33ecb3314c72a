import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { guardContext, type PageGuard } from '../test/browser/harness/guard';

/**
 * What the benchmark reads from one page of the served app: the time to the first frame, the
 * renderer's counters, frames while idle, the heap after a forced GC, and the scripts it loaded.
 * Counters come from the app's debug hook (`?debug=1`), so the page must be opened with it.
 */

export interface RendererCounts {
  readonly calls: number;
  readonly triangles: number;
  readonly textures: number;
  readonly programs: number;
}

export interface OpenedWorld {
  readonly page: Page;
  /** Navigation start to `window.__pavilion.ready`, in the page's own clock. */
  readonly firstFrameMs: number;
  /**
   * Frames drawn up to the ready one (null on the baseline, which counts none). Each is a full
   * render, so frames drawn for half-typeset text slow the one that counts.
   */
  readonly framesToReady: number | null;
  heapMB(): Promise<number>;
  /** Throws if the page fetched from elsewhere, logged an error, or broke its CSP. */
  close(): Promise<void>;
}

interface HookView {
  readonly ready: boolean;
  readonly place: string;
  readonly frames: number;
  readonly booths: readonly { readonly id: string }[];
  readonly renderer: RendererCounts;
}

export async function openWorld(browser: Browser, url: string): Promise<OpenedWorld> {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
  });
  const guard: PageGuard = await guardContext(context, new URL(url).origin);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  let firstFrameMs: number;
  let framesToReady: number | null;
  try {
    const ready = await page.waitForFunction(
      () => {
        const hook = window.__pavilion;
        // The baseline's hook has no frame counter.
        const frames = typeof hook?.frames === 'number' ? hook.frames : null;
        return hook?.ready === true ? { at: performance.now(), frames } : false;
      },
      null,
      { polling: 'raf', timeout: 120_000 },
    );
    const { at, frames } = (await ready.jsonValue()) as { at: number; frames: number | null };
    firstFrameMs = Math.round(at);
    framesToReady = frames;
  } catch (error) {
    // Say what the page showed instead (a problem page, the 2D view), not only that time ran out.
    const shown = await page
      .evaluate(() => (document.body.textContent ?? '').slice(0, 400))
      .catch(() => '');
    await context.close();
    const problems = Object.values(guard.report).flat().join('\n  ');
    throw new Error(
      `[bench] ${url} never became ready: ${String(error)}\nThe page showed: ${shown}` +
        (problems ? `\nGuard:\n  ${problems}` : ''),
    );
  }
  let cdp: CDPSession | undefined;

  return {
    page,
    firstFrameMs,
    framesToReady,
    async heapMB() {
      cdp ??= await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
      return Math.round((used / 1024 / 1024) * 10) / 10;
    },
    async close() {
      try {
        guard.assertClean();
      } finally {
        await context.close();
      }
    },
  };
}

export function readHook(page: Page): Promise<HookView> {
  return page.evaluate(() => {
    const hook = window.__pavilion;
    if (!hook) throw new Error('[bench] window.__pavilion is missing: open the page with ?debug=1');
    const { calls, triangles, textures, programs } = hook.renderer;
    return {
      ready: hook.ready,
      place: hook.place,
      frames: hook.frames,
      booths: hook.booths.map((booth) => ({ id: booth.id })),
      renderer: { calls, triangles, textures, programs },
    };
  });
}

/** Waits until no frame has been drawn for `quietMs`: the world is still. */
export async function waitUntilStill(page: Page, quietMs = 600, timeoutMs = 60_000) {
  const started = Date.now();
  let frames = (await readHook(page)).frames;
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() - started > timeoutMs) throw new Error('[bench] the world never came to rest');
    await page.waitForTimeout(100);
    const now = (await readHook(page)).frames;
    if (now !== frames) {
      frames = now;
      since = Date.now();
    }
  }
}

/** Frames drawn during `ms` with nothing moving (the world renders on demand: should be 0). */
export async function idleFrames(page: Page, ms: number): Promise<number> {
  await waitUntilStill(page);
  const before = (await readHook(page)).frames;
  await page.waitForTimeout(ms);
  return (await readHook(page)).frames - before;
}

/**
 * Travels to a booth through the address (`#/booth/<id>`) and waits for the glide to end.
 * Resolves false when the camera never got there, so one lost travel does not end the run.
 */
export async function travelTo(page: Page, id: string, timeoutMs = 30_000): Promise<boolean> {
  await page.evaluate((target) => {
    window.location.hash = `#/booth/${target}`;
  }, id);
  // The place changes when the travel starts; arrival is the camera near the booth, at rest.
  const arrived = await page
    .waitForFunction(
      ([target, reach]) => {
        const hook = window.__pavilion;
        const booth = hook?.booths.find((each) => each.id === target);
        if (!hook || hook.place !== target || !booth) return false;
        const [x, , z] = hook.camera.position;
        return Math.hypot(x - booth.position[0], z - booth.position[2]) < reach;
      },
      [id, ARRIVAL_REACH] as const,
      { timeout: timeoutMs },
    )
    .then(
      () => true,
      () => false,
    );
  if (!arrived) {
    // Say where the visitor got to, so a lost trip can be told from a slow one.
    const seen = await page.evaluate((target) => {
      const hook = window.__pavilion;
      const booth = hook?.booths.find((each) => each.id === target);
      if (!hook || !booth) return 'no hook or no such booth';
      const [x, , z] = hook.camera.position;
      const away = Math.hypot(x - booth.position[0], z - booth.position[2]).toFixed(1);
      return `place "${hook.place}", camera ${away} m from the booth, ${hook.frames} frames drawn`;
    }, id);
    console.warn(`[bench] the travel to booth "${id}" never arrived: ${seen}`);
  }
  await waitUntilStill(page, 400);
  return arrived;
}

/** A booth's viewing spot is a few metres in front of it; further away is not there yet. */
const ARRIVAL_REACH = 12;

/** Pathnames of the scripts the page has loaded so far. */
export function loadedScripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js')),
  );
}
