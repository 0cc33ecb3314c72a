import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type GuardedPage, openPage, useBrowser } from './harness';
import { snapshot, waitForWorld } from './kiosk-page';

let opened: GuardedPage | undefined;

afterEach(async () => {
  const page = opened;
  opened = undefined;
  if (!page) return;
  try {
    page.guard.assertClean();
  } finally {
    await page.close();
  }
});

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

describe('re-weighting the guide', () => {
  const browser = useBrowser();

  it('slides the booths into their new places over several frames', async () => {
    opened = await openPage(browser(), '/?debug=1');
    await waitForWorld(opened.page);
    const { frames, order } = await framesAfterReweighting(opened.page);
    expect(order[0]).not.toBe('decentraland');
    // A glide of 0.7 s with steps capped at 0.1 s needs at least seven frames.
    expect(frames).toBeGreaterThanOrEqual(7);
  });

  it('moves them at once, in a frame or two, for visitors who prefer reduced motion', async () => {
    opened = await openPage(browser(), '/?debug=1', { reducedMotion: true });
    await waitForWorld(opened.page);
    const { frames, order } = await framesAfterReweighting(opened.page);
    expect(order[0]).not.toBe('decentraland');
    expect(frames).toBeGreaterThan(0);
    expect(frames).toBeLessThanOrEqual(3);
  });
});
