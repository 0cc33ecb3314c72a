import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { guideWeights, loadEmbeddedGuide } from '../../src/data';
import { derivePavilion } from '../../src/state/selectors';
import { useBrowser, usePages, waitForWorld } from './harness';
import { hook } from './twin-page';

/**
 * Trips between booths, chosen in the twin: memory must level off rather than grow with every
 * trip, and the GPU objects the world holds must come back to the same count per booth.
 */

const guide = loadEmbeddedGuide();
const BOOTHS = derivePavilion(guide, guideWeights(guide)).booths.map((b) => b.platform);

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  } finally {
    await cdp.detach();
  }
}

/** Waits until the world has drawn no frame for half a second. */
async function waitForRest(page: Page): Promise<void> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const frames = (await hook(page))?.frames ?? 0;
        const still = frames === last;
        last = frames;
        return still;
      },
      { interval: 500, timeout: 30_000 },
    )
    .toBe(true);
}

describe('many trips between booths', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  /**
   * Travels to the given booth from the twin and waits until the world has settled there: the
   * booth's panel texts (mounted on arrival) typeset and drawn, then no frame for half a second.
   * Frames alone are not enough: the travel's frame, or a text's typesetting, can come after a
   * still half-second on this slow machine, and the counts would then describe the last booth.
   */
  async function travelTo(page: Page, platform: (typeof BOOTHS)[number]) {
    const synced = (await hook(page))?.texts.synced ?? 0;
    const directory = page.getByRole('navigation', { name: 'Places to visit' });
    await directory.getByRole('button').filter({ hasText: platform.name }).click();
    await expect
      .poll(
        async () => {
          const now = await hook(page);
          return now?.place === platform.id && now.texts.synced > synced && now.texts.pending === 0;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await waitForRest(page);
    const renderer = (await hook(page))?.renderer;
    return { geometries: renderer?.geometries ?? 0, textures: renderer?.textures ?? 0 };
  }

  /** Makes `trips` trips round the ring; returns the heap (if asked) and GPU counts after each. */
  async function travelRound(page: Page, trips: number, measureHeap: boolean) {
    await waitForWorld(page);
    const heaps: number[] = [];
    const counts: { geometries: number; textures: number }[] = [];
    for (let trip = 0; trip < trips; trip += 1) {
      const platform = BOOTHS[trip % BOOTHS.length];
      if (!platform) throw new Error('no booth');
      counts.push(await travelTo(page, platform));
      if (measureHeap) heaps.push(await heapAfterGc(page));
    }
    return { heaps, counts };
  }

  it('level off in memory after a forced garbage collection', async () => {
    const opened = await pages.open('/?debug=1', { reducedMotion: true });
    const { heaps } = await travelRound(opened.page, 20, true);

    const lastFive = heaps.slice(-5);
    const spread = Math.max(...lastFive) - Math.min(...lastFive);
    const shown = heaps.map((h) => (h / 1e6).toFixed(2)).join(' ');
    expect(spread, `heaps (MB): ${shown}`).toBeLessThan(0.1 * Math.min(...lastFive));
    // Not growing trip by trip: the second ten cost (almost) nothing over the first ten.
    expect((heaps[19] ?? 0) - (heaps[9] ?? 0), `heaps (MB): ${shown}`).toBeLessThan(1e6);
  });

  // Only what has been drawn counts in gl.info, so the first round still meets signs and hub
  // boards for the first time; from the second round on, each booth must cost the same each visit.
  it('hold no more geometries or textures on a third round of visits than on the second', async () => {
    const opened = await pages.open('/?debug=1', { reducedMotion: true });
    const { counts } = await travelRound(opened.page, 3 * BOOTHS.length, false);

    const second = counts.slice(BOOTHS.length, 2 * BOOTHS.length);
    const third = counts.slice(2 * BOOTHS.length);
    const shown = counts.map((c) => `${c.geometries}/${c.textures}`).join(' ');
    expect(third, `geometries/textures per trip: ${shown}`).toEqual(second);
    // Thirty settled trips: about 90 s on a quiet machine, so more than the default allowance.
  }, 300_000);
});
