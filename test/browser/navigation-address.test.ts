import { describe, expect, it } from 'vitest';
import { HUB_VIEWPOINT } from '../../src/floorplan/layout';
import { screenshot, useBrowser, usePages } from './harness';
import {
  booth,
  hashOf,
  openWorld,
  readWorld,
  waitForPlace,
  waitToStandAt,
} from './navigation-world';
import { overlaps } from './phone-page';

describe('places in the address', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('starts at the booth a deep link names, without gliding from the hub', async () => {
    const { page } = await openWorld(pages, '#/booth/spatial');
    const { placement } = booth('spatial');
    const first = await readWorld(page);
    expect(first.place).toBe('spatial');
    expect(first.position[0]).toBeCloseTo(placement.viewpoint[0], 2);
    expect(first.position[2]).toBeCloseTo(placement.viewpoint[2], 2);
    expect(await hashOf(page)).toBe('#/booth/spatial');
  });

  it('goes back to the previous place on Back, and forward again on Forward', async () => {
    const { page } = await openWorld(pages, '#/booth/spatial');
    const { placement } = booth('spatial');
    await page.keyboard.press('KeyH');
    await waitForPlace(page, 'hub');
    await waitToStandAt(page, HUB_VIEWPOINT.position[0], HUB_VIEWPOINT.position[2]);

    await page.goBack();
    await waitForPlace(page, 'spatial');
    expect(await hashOf(page)).toBe('#/booth/spatial');
    await waitToStandAt(page, placement.viewpoint[0], placement.viewpoint[2]);

    await page.goForward();
    await waitForPlace(page, 'hub');
    expect(await hashOf(page)).toBe('#/');
  });

  it('shows a bad booth id as plain text and starts at the hub', async () => {
    const { page } = await openWorld(pages, '#/booth/%3Cimg%20src%3Dx%3E');
    const notice = page.getByRole('status').filter({ hasText: 'There is no booth called' });
    await expect.poll(() => notice.textContent()).toContain('“<img src=x>”');
    expect(await page.getByRole('status').locator('img').count()).toBe(0);
    expect((await readWorld(page)).place).toBe('hub');
    expect(await hashOf(page)).toBe('#/');
    await screenshot(page, 'navigation-bad-link-notice');
    // It leaves the help card (open on a first visit) readable.
    const [shown, card] = await Promise.all([
      page.locator('.notice').boundingBox(),
      page.locator('.help-card').boundingBox(),
    ]);
    expect(shown && card).toBeTruthy();
    if (shown && card) expect(overlaps(shown, card)).toBe(false);

    await page.getByRole('button', { name: 'Dismiss this message' }).click();
    await expect.poll(() => page.getByText('There is no booth called').count()).toBe(0);
  });
});
