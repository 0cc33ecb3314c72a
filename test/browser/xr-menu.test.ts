import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { HUB_VIEWPOINT } from '../../src/world/layout';
import { buttonInPlaySpace, headYaw, type MenuAction, menuPose } from '../../src/xr/menu';
import { type GuardedPage, useBrowser } from './harness';
import { pavilion, type Triple } from './navigation-world';
import {
  aimRightAtLocal,
  enterVR,
  flat,
  HEADSET_PATH,
  openHeadsetPage,
  pressButton,
  pullRightTrigger,
  readHook,
  viewShot,
} from './xr-page';

/**
 * The headset's own menu in an emulated Quest 3: the left controller's Y button opens it in
 * front of the visitor, and the right controller's ray presses its buttons.
 */

/** The right hand held near the body, so the menu is well past the ray's near limit. */
const NEAR_HAND: Triple = [0.15, 1.2, 0];

/** Where a menu button's face is in the play space, for the emulated head as it is now. */
async function menuButton(page: Page, action: MenuAction): Promise<Triple> {
  const head = await page.evaluate(() => {
    const device = window.__pavilionHeadset;
    if (!device) throw new Error('no emulated headset');
    const { x, y, z } = device.position;
    const q = device.quaternion;
    return { x, y, z, q: { x: q.x, y: q.y, z: q.z, w: q.w } };
  });
  const point = buttonInPlaySpace(menuPose({ ...head, yaw: headYaw(head.q) }), action);
  return [point.x, point.y, point.z];
}

async function press(page: Page, action: MenuAction, shot?: string) {
  await aimRightAtLocal(page, await menuButton(page, action), NEAR_HAND);
  if (shot) await viewShot(page, shot);
  await pullRightTrigger(page);
}

const storedSettings = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('pavilion:settings:v1') ?? '{}'));

describe('the menu inside the headset', () => {
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

  it('opens on the Y button, and Back to the hub makes the hub the visitor’s place', async () => {
    const id = pavilion.booths[0]?.platform.id ?? '';
    opened = await openHeadsetPage(browser(), `${HEADSET_PATH}#/booth/${id}`);
    const { page } = opened;
    await expect.poll(async () => (await readHook(page)).place).toBe(id);
    await enterVR(page);
    expect((await readHook(page)).place).toBe(id);

    await pressButton(page, 'left', 'y-button');
    await press(page, 'hub', 'xr-menu-open');
    await expect.poll(async () => (await readHook(page)).place).toBe('hub');
    const hub = HUB_VIEWPOINT.position as Triple;
    await expect.poll(async () => flat((await readHook(page)).position, hub)).toBeLessThan(1);
    expect((await readHook(page)).mode).toBe('xr');
  });

  it('switches turning and the vignette for desktop and headset alike, then exits VR', async () => {
    opened = await openHeadsetPage(browser(), HEADSET_PATH);
    const { page } = opened;
    const desktop = await readHook(page);
    await enterVR(page);

    await pressButton(page, 'left', 'y-button');
    await press(page, 'turning');
    await expect.poll(async () => (await storedSettings(page)).turning).toBe('smooth');
    await press(page, 'vignette');
    await expect.poll(async () => (await storedSettings(page)).vignette).toBe(false);
    // The shot shows the buttons saying what is set now.
    await press(page, 'exit', 'xr-menu-switched');

    await expect.poll(async () => (await readHook(page)).mode, { timeout: 20_000 }).toBe('desktop');
    const back = await readHook(page);
    for (const i of [0, 1, 2]) {
      expect(back.position[i]).toBeCloseTo(desktop.position[i] ?? Number.NaN, 4);
      expect(back.direction[i]).toBeCloseTo(desktop.direction[i] ?? Number.NaN, 4);
    }
    await page.getByRole('button', { name: 'Comfort' }).click();
    await expect.poll(() => page.getByLabel('Headset turning').inputValue()).toBe('smooth');
    expect(await page.getByLabel(/Headset vignette/).isChecked()).toBe(false);
  });
});
