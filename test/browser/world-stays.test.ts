import { describe, expect, it } from 'vitest';
import { useBrowser, usePages } from './harness';

describe('travelling in the 3D view', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('keeps the world on screen trip after trip, while the twin quietly follows', async () => {
    const { page } = await pages.open('/?debug=1', { ready: true });

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
