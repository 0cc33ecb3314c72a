import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowser, usePages } from './harness';
import { chose2D } from './twin-page';

// What the bar's tools share, whichever feature owns them.
const SHAPE = ['font-size', 'font-weight', 'font-family', 'min-height', 'border-radius'];
// The whole look of a button, its fill and ink too.
const LOOK = [...SHAPE, 'background-color', 'color', 'border-color', 'padding'];

function styleOf(button: Locator, properties: readonly string[]) {
  return button.evaluate((element, names) => {
    const style = getComputedStyle(element);
    return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
  }, properties);
}

describe('the top bar', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('styles 2D view and Hub in a 2D view opened directly as when reached from 3D', async () => {
    // Reached from 3D: the world's chunk has loaded, with whatever styles it brings.
    const from3D = (await pages.open('/')).page;
    await from3D.locator('canvas').waitFor();
    await from3D.getByRole('button', { name: '2D view', exact: true }).click();
    await from3D.getByRole('complementary', { name: 'About this view' }).waitFor();

    const { page } = await pages.open('/', { prepare: chose2D });
    await page.getByRole('complementary', { name: 'About this view' }).waitFor();
    expect(await page.locator('canvas').count()).toBe(0);

    const bar = page.locator('.topbar');
    const copyLink = await styleOf(bar.getByRole('button', { name: 'Copy link' }), SHAPE);
    for (const name of ['2D view', 'Hub']) {
      const button = bar.getByRole('button', { name, exact: true });
      expect(await styleOf(button, SHAPE), name).toEqual(copyLink);
      const reached = from3D.locator('.topbar').getByRole('button', { name, exact: true });
      expect(await styleOf(button, LOOK), name).toEqual(await styleOf(reached, LOOK));
    }
    // The 2D page scrolls under the sticky bar: nothing may show through it.
    await expect(
      bar.evaluate((element) => getComputedStyle(element).backgroundColor),
    ).resolves.toBe('rgb(11, 14, 20)');
    await screenshot(page, 'topbar-2d-direct');
  });
});
