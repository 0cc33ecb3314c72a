import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESOLUTION_POLICY } from '../../src/world/resolution';
import { useBrowser, usePages } from './harness';
import { hold } from './navigation-world';

/**
 * Adaptive resolution in a real browser: the Canvas's drawing buffer against its size on the
 * page. The policy itself (windows, steps, rests, the climb back) is unit-tested in
 * test/unit/world; this checks that the world starts at the right cap and that slow frames reach
 * the renderer. The climb back is not shown here: in software even a 360x240 world draws a frame
 * in about 23 ms, above the 18 ms that counts as fast, so it never comes in this browser.
 */

/** The drawing buffer's pixels per CSS pixel, as the world renders now. */
function pixelRatio(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    if (!canvas) return Number.NaN;
    return canvas.width / canvas.getBoundingClientRect().width;
  });
}

/** Walks forward and back (so the camera stays put) until the ratio drops below `below`. */
async function walkUntilBelow(page: Page, below: number, ms: number): Promise<number> {
  const until = Date.now() + ms;
  let ratio = await pixelRatio(page);
  for (let step = 0; ratio >= below && Date.now() < until; step += 1) {
    await hold(page, [step % 2 === 0 ? 'KeyW' : 'KeyS'], 700);
    ratio = await pixelRatio(page);
  }
  return ratio;
}

describe('adaptive resolution', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('starts at 2 on a 3x desktop screen and lowers it while frames are slow', async () => {
    const { page } = await pages.open('/?debug=1', { ready: true, deviceScaleFactor: 3 });
    expect(await pixelRatio(page)).toBeCloseTo(2, 2);

    // Under load: a main thread four times slower, at twice the pixels, in software.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const lowered = await walkUntilBelow(page, 2 - 0.01, 20_000);
    expect(lowered).toBeLessThanOrEqual(2 - RESOLUTION_POLICY.step + 0.01);
    expect(lowered).toBeGreaterThanOrEqual(RESOLUTION_POLICY.min - 0.01);
  });

  it('starts at 1.5 on a 3x phone screen', async () => {
    const { page } = await pages.open('/?debug=1', {
      ready: true,
      deviceScaleFactor: 3,
      viewport: { width: 390, height: 844 },
      touch: true,
      mobile: true,
    });
    expect(await pixelRatio(page)).toBeCloseTo(1.5, 2);
  });
});
