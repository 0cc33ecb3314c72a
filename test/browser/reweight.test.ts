import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CRITERION_IDS, rankPlatforms } from '../../src/core';
import { loadEmbeddedGuide } from '../../src/data';
import { useBrowser, usePages, viewShot, waitForWorld } from './harness';
import { snapshot } from './kiosk-page';

/** Drops Liquidity to zero with the keyboard and counts the frames drawn in the next 2 s. */
async function framesAfterReweighting(page: Page): Promise<{ frames: number; order: string[] }> {
  await page.getByRole('button', { name: 'Weights' }).click();
  const slider = page.locator('input[name="weight-liquidity"]');
  await slider.focus();
  const before = await snapshot(page);
  await page.keyboard.press('Home');
  await page.waitForTimeout(2000);
  const after = await snapshot(page);
  return { frames: after.frames - before.frames, order: after.booths.map((b) => b.id) };
}

/** Waits until no frame has been drawn for a second (the glide over, re-ranked signs re-set). */
async function waitForRest(page: Page): Promise<void> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const { frames } = await snapshot(page);
        const still = frames === last;
        last = frames;
        return still;
      },
      { interval: 1000, timeout: 30_000 },
    )
    .toBe(true);
}

/**
 * The snapshot once the world has come to rest and stays there: fiber disposes what a re-render
 * replaced at idle time, so a count read right after the last frame can still include it.
 */
async function settled(page: Page) {
  let last = '';
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await waitForRest(page);
    const now = await snapshot(page);
    const key = `${now.frames} ${now.renderer.geometries} ${now.renderer.textures}`;
    if (key === last) return now;
    last = key;
  }
  throw new Error(`the world did not settle: ${last}`);
}

describe('re-weighting the guide', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('slides the booths into their new places over several frames', async () => {
    const opened = await pages.open('/?debug=1', { ready: true });
    const { frames, order } = await framesAfterReweighting(opened.page);
    expect(order[0]).not.toBe('decentraland');
    // A glide of 0.7 s with steps capped at 0.1 s needs at least seven frames.
    expect(frames).toBeGreaterThanOrEqual(7);
  });

  it('moves them at once, in a frame or two, for visitors who prefer reduced motion', async () => {
    const opened = await pages.open('/?debug=1', { reducedMotion: true, ready: true });
    const { frames, order } = await framesAfterReweighting(opened.page);
    expect(order[0]).not.toBe('decentraland');
    expect(frames).toBeGreaterThan(0);
    expect(frames).toBeLessThanOrEqual(3);
  });

  it('holds no more geometries or textures after re-ranking back and forth', async () => {
    const { page } = await pages.open('/?debug=1', { ready: true });
    await page.getByRole('button', { name: 'Weights' }).click();
    await page.locator('input[name="weight-liquidity"]').focus();
    const counts: string[] = [];
    const orders: string[] = [];
    // Liquidity to nothing, then to the most: the ring re-ranks (and glides) each time.
    for (const key of ['Home', 'End', 'Home', 'End', 'Home', 'End']) {
      await page.keyboard.press(key);
      const { renderer, booths } = await settled(page);
      counts.push(`${renderer.geometries}/${renderer.textures}`);
      orders.push(booths.map((b) => b.id).join(','));
    }
    expect(orders[0]).not.toBe(orders[1]);
    // gl.info counts only what has been drawn, so the first glides still meet signs for the first
    // time; after that, each ranking must cost what it cost the last time it was shown.
    expect(counts.slice(4), `geometries/textures: ${counts.join(' ')}`).toEqual(counts.slice(2, 4));
  });

  it('keeps sliders, booths and link in agreement when all six go to zero', async () => {
    const { page } = await pages.open('/?debug=1', { ready: true });
    await page.getByRole('button', { name: 'Weights' }).click();
    // One slider at a time, by keyboard, as a visitor would.
    for (const criterion of CRITERION_IDS) {
      await page.locator(`input[name="weight-${criterion}"]`).focus();
      await page.keyboard.press('Home');
    }
    await page.getByRole('status').filter({ hasText: 'Support stays at 1' }).waitFor();

    const shownValues = () =>
      page
        .locator('.weights input[type="range"]')
        .evaluateAll((inputs) =>
          inputs.map((input) => (input as HTMLInputElement).value).join('.'),
        );
    await expect(shownValues()).resolves.toBe('0.0.0.0.0.1');
    await expect
      .poll(() => page.evaluate(() => new URLSearchParams(window.location.search).get('w')))
      .toBe('0.0.0.0.0.1');
    const held = { liquidity: 0, security: 0, coverage: 0, costs: 0, ux: 0, support: 1 };
    const ranked = rankPlatforms(loadEmbeddedGuide().platforms, held).map((entry) => entry.id);
    await expect.poll(async () => (await snapshot(page)).booths.map((b) => b.id)).toEqual(ranked);
    await viewShot(page, 'weights-last-slider-held');

    // A reload brings back exactly what the sliders showed.
    await page.reload();
    await waitForWorld(page);
    await page.getByRole('button', { name: 'Weights' }).click();
    await expect(shownValues()).resolves.toBe('0.0.0.0.0.1');
  });
});
