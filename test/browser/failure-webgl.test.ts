import { describe, expect, it } from 'vitest';
import { useBrowser, usePages } from './harness';
import { boothNames, GUIDE_ORDER_NAMES } from './twin-page';

/** A Chromium started with WebGL switched off (--disable-webgl --disable-3d-apis). */
describe('in a browser without WebGL', () => {
  const browser = useBrowser({ webgl: false });
  const pages = usePages(browser);

  it('shows the whole pavilion as a page, with the ten platforms in the guide order', async () => {
    const { page } = await pages.open('/?debug=1');
    expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBe(
      null,
    );

    const note = page.getByRole('complementary', { name: 'About this view' });
    await note.waitFor();
    expect(await note.getAttribute('data-reason')).toBe('no-webgl');
    expect(await boothNames(page)).toEqual(GUIDE_ORDER_NAMES);
    expect(await page.locator('canvas').count()).toBe(0);
    // No 3D chunk is fetched where it could not run.
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect(scripts.filter((name) => /World3D/.test(name))).toEqual([]);
    expect(await page.getByRole('button', { name: '2D view', exact: true }).count()).toBe(0);
  });

  it('runs the kiosk to a result and travels to the top pick in the twin', async () => {
    const { page } = await pages.open('/');
    await page.getByRole('button', { name: 'Help me choose' }).click();
    const dialog = page.getByRole('dialog');

    for (let step = 0; step < 12; step += 1) {
      const finish = dialog.getByRole('button', { name: 'See my picks' });
      if (await finish.count()) {
        await finish.click();
        break;
      }
      await dialog.getByRole('button', { name: 'Next' }).click();
    }
    await dialog.getByRole('heading', { name: 'Your top three' }).waitFor();
    await dialog.getByRole('button', { name: /Take me there/ }).click();

    await expect
      .poll(() => page.locator('.directory__button[aria-current="location"]').count())
      .toBe(1);
    const here = await page.locator('.directory__button[aria-current="location"]').textContent();
    expect(here).toContain('Decentraland');
    // The dialog closed with the trip, so the page follows to the booth's section.
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('[data-platform]')?.getAttribute('data-platform'),
        ),
      )
      .toBe('decentraland');
  });
});
