import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { guideWeights, loadEmbeddedGuide } from '../../src/data';
import { derivePavilion } from '../../src/state/selectors';
import { type GuardedPage, openPage, useBrowser } from './harness';
import { hook, waitForWorldReady } from './twin-page';

/**
 * Twenty trips between booths, chosen in the twin: memory must level off rather than grow with
 * every trip, and the GPU objects the world holds must come back to the same count per booth.
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
  let opened: GuardedPage | undefined;

  afterEach(async () => {
    const current = opened;
    opened = undefined;
    if (!current) return;
    try {
      current.guard.assertClean();
    } finally {
      await current.close();
    }
  });

  /** Makes twenty trips from the twin; returns the heap and GPU counts after each. */
  async function travelTwentyTimes(page: Page) {
    await waitForWorldReady(page);
    const directory = page.getByRole('navigation', { name: 'Places to visit' });
    const heaps: number[] = [];
    const counts: { geometries: number; textures: number }[] = [];
    for (let trip = 0; trip < 20; trip += 1) {
      const platform = BOOTHS[trip % BOOTHS.length];
      if (!platform) throw new Error('no booth');
      await directory.getByRole('button').filter({ hasText: platform.name }).click();
      await expect.poll(async () => (await hook(page))?.place).toBe(platform.id);
      await waitForRest(page);
      const renderer = (await hook(page))?.renderer;
      counts.push({ geometries: renderer?.geometries ?? 0, textures: renderer?.textures ?? 0 });
      heaps.push(await heapAfterGc(page));
    }
    return { heaps, counts };
  }

  it('level off in memory after a forced garbage collection', async () => {
    opened = await openPage(browser(), '/?debug=1', { reducedMotion: true });
    const { heaps } = await travelTwentyTimes(opened.page);

    const lastFive = heaps.slice(-5);
    const spread = Math.max(...lastFive) - Math.min(...lastFive);
    const shown = heaps.map((h) => (h / 1e6).toFixed(2)).join(' ');
    expect(spread, `heaps (MB): ${shown}`).toBeLessThan(0.1 * Math.min(...lastFive));
    // Not growing trip by trip: the second ten cost (almost) nothing over the first ten.
    expect((heaps[19] ?? 0) - (heaps[9] ?? 0), `heaps (MB): ${shown}`).toBeLessThan(1e6);
  });

  // Known shortcoming: booth text geometries keep growing on revisits (51 -> 65 -> 75...);
  // flip to it() once the world disposes what its level of detail hides.
  it.fails('hold no more geometries or textures on a second round of visits', async () => {
    opened = await openPage(browser(), '/?debug=1', { reducedMotion: true });
    const { counts } = await travelTwentyTimes(opened.page);

    const afterFirstRound = counts[BOOTHS.length - 1];
    for (const [trip, seen] of counts.slice(BOOTHS.length).entries()) {
      expect(seen, `trip ${trip + BOOTHS.length + 1}`).toEqual(afterFirstRound);
    }
  });
});
