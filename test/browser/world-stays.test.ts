import { afterEach, describe, expect, it } from 'vitest';
import { type GuardedPage, openPage, useBrowser } from './harness';
import { waitForWorld } from './kiosk-page';

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

describe('travelling in the 3D view', () => {
  const browser = useBrowser();

  it('keeps the world on screen trip after trip, while the twin quietly follows', async () => {
    opened = await openPage(browser(), '/?debug=1');
    const { page } = opened;
    await waitForWorld(page);

    for (const id of ['spatial', 'mona', 'upland']) {
      await page.evaluate((to) => {
        window.location.hash = `#/booth/${to}`;
      }, id);
      await page.waitForFunction((to) => window.__pavilion?.place === to, id);
      // The twin follows each trip with focus on that booth's heading...
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.tagName ?? ''))
        .toMatch(/^H[1-6]$/);
      // ...but the page never scrolls the world away to show it.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    }
  });
});
