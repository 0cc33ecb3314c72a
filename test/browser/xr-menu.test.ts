import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { HUB_VIEWPOINT } from '../../src/floorplan/layout';
import { buttonInPlaySpace, headYaw, type MenuAction, menuPose } from '../../src/xr/menu';
import { type GuardedPage, useBrowser, viewShot } from './harness';
import { pavilion, type Triple } from './navigation-world';
import {
  aimRightAtLocal,
  enterVR,
  flat,
  framesPass,
  HEADSET_PATH,
  openHeadsetPage,
  pressButton,
  pullRightTrigger,
  readHook,
  setRightStick,
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

/** Where the emulated right index fingertip is, relative to where its hand is held. */
async function fingertipOffset(page: Page): Promise<Triple> {
  return page.evaluate(async () => {
    const device = window.__pavilionHeadset;
    const session = device?.activeSession;
    if (!device || !session) throw new Error('no emulated session');
    type SpaceType = Parameters<typeof session.requestReferenceSpace>[0];
    const space = await session.requestReferenceSpace('local-floor' as SpaceType);
    return new Promise<[number, number, number]>((resolve, reject) => {
      session.requestAnimationFrame((_, frame) => {
        const right = [...session.inputSources].find((s) => s.hand && s.handedness === 'right');
        const joints = [...(right?.hand?.entries() ?? [])];
        const tip = joints.find(([joint]) => String(joint) === 'index-finger-tip')?.[1];
        const pose = tip ? frame.getJointPose(tip, space) : undefined;
        if (!pose) return reject(new Error('no fingertip pose'));
        const at = pose.transform.position;
        const hand = device.hands.right?.position;
        if (!hand) return reject(new Error('no emulated right hand'));
        resolve([at.x - hand.x, at.y - hand.y, at.z - hand.z]);
      });
    });
  });
}

/** Holds the right hand (pointing) so that its index fingertip is at a play-space point. */
async function fingertipTo(page: Page, [x, y, z]: Triple, offset: Triple) {
  await page.evaluate(
    ([hx, hy, hz]) => window.__pavilionHeadset?.hands.right?.position.set(hx, hy, hz),
    [x - offset[0], y - offset[1], z - offset[2]] as const,
  );
  await framesPass(page, 6);
}

/**
 * Pokes the fingertip `depth` metres towards −z and back, for two headset frames: a quick poke,
 * as a finger does, inside the pavilion's click window however slowly the page draws.
 */
async function poke(page: Page, depth: number) {
  await page.evaluate(async (push) => {
    const device = window.__pavilionHeadset;
    const session = device?.activeSession;
    const hand = device?.hands.right;
    if (!session || !hand) throw new Error('no emulated session or hand');
    const frames = (count: number) =>
      new Promise<void>((resolve) => {
        const next = (left: number) =>
          left === 0 ? resolve() : session.requestAnimationFrame(() => next(left - 1));
        next(count);
      });
    hand.position.z -= push;
    await frames(2);
    hand.position.z += push;
    await frames(2);
  }, depth);
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

    // Turning is smooth now: the view keeps turning right while the stick is held over.
    const yaw = async () => {
      const [dx, , dz] = (await readHook(page)).direction;
      return Math.atan2(-dx, -dz);
    };
    const before = await yaw();
    await setRightStick(page, 1, 0);
    await framesPass(page, 4);
    const during = await yaw();
    await framesPass(page, 4);
    const later = await yaw();
    await setRightStick(page, 0, 0);
    expect(during).toBeLessThan(before);
    expect(later).toBeLessThan(during);

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

  it('takes a press from a fingertip as well as from a ray', async () => {
    opened = await openHeadsetPage(browser(), HEADSET_PATH);
    const { page } = opened;
    await enterVR(page);
    await pressButton(page, 'left', 'y-button');
    const [x, y, z] = await menuButton(page, 'vignette');

    // Controllers down, hands up: the right one points, its fingertip in front of the button.
    await page.evaluate(() => {
      const device = window.__pavilionHeadset;
      const hand = device?.hands.right;
      if (!device || !hand) throw new Error('no emulated headset or hand');
      device.primaryInputMode = 'hand';
      hand.poseId = 'point';
      hand.quaternion.set(0, 0, 0, 1);
    });
    await framesPass(page, 10);
    const offset = await fingertipOffset(page);
    await fingertipTo(page, [x, y, z + 0.06], offset);
    await viewShot(page, 'xr-menu-fingertip');
    await poke(page, 0.055);
    await expect.poll(async () => (await storedSettings(page)).vignette).toBe(false);
  });
});
