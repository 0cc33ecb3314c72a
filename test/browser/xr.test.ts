import type { Page } from 'playwright-core';
import { Euler, Quaternion, Vector3 } from 'three';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEmbeddedGuide } from '../../src/data';
import { boardToWorld, stepLayout } from '../../src/kiosk/standLayout';
import { kioskSteps } from '../../src/kiosk/steps';
import { HUB_VIEWPOINT, KIOSK } from '../../src/world/layout';
import { ARC_STEPS, traceArc } from '../../src/xr/locomotion';
import { type GuardedPage, openPage, screenshot, useBrowser } from './harness';
import { pavilion, type Triple } from './navigation-world';

/**
 * The pavilion in an emulated Quest 3 (iwer, installed by the app itself with
 * `?debug=1&xr-emulate=quest3`). The test moves the emulated right controller and presses its
 * buttons through `window.__pavilionHeadset`.
 */

const HEADSET_PATH = '/?debug=1&xr-emulate=quest3';
/** Where the test holds the right controller inside the play space (metres). */
const HAND: Triple = [0.2, 1.4, -0.3];
/** The play space's origin at entry: under the desktop camera, facing its way (the hub start). */
const ENTRY = {
  x: HUB_VIEWPOINT.position[0],
  z: HUB_VIEWPOINT.position[2],
  yaw: HUB_VIEWPOINT.yaw,
};

interface HookView {
  mode: string;
  place: string;
  frames: number;
  views: number;
  calls: number;
  position: Triple;
  direction: Triple;
}

function readHook(page: Page): Promise<HookView> {
  return page.evaluate(() => {
    const hook = window.__pavilion;
    if (!hook) throw new Error('window.__pavilion is missing');
    return {
      mode: hook.mode,
      place: hook.place,
      frames: hook.frames,
      views: hook.views,
      calls: hook.renderer.calls,
      position: [...hook.camera.position] as [number, number, number],
      direction: [...hook.camera.direction] as [number, number, number],
    };
  });
}

async function openHeadsetPage(browser: Parameters<typeof openPage>[0]) {
  const opened = await openPage(browser, HEADSET_PATH);
  await opened.page.waitForFunction(() => window.__pavilion?.ready === true, null, {
    timeout: 90_000,
  });
  return opened;
}

async function enterVR(page: Page) {
  await page.getByRole('button', { name: 'Enter VR' }).click();
  await expect.poll(async () => (await readHook(page)).mode, { timeout: 20_000 }).toBe('xr');
  // The session's own loop draws frames without anyone asking.
  const start = (await readHook(page)).frames;
  await expect
    .poll(async () => (await readHook(page)).frames, { timeout: 20_000 })
    .toBeGreaterThan(start + 5);
}

/** A local (play-space) point for a world point, with the origin where it was at entry. */
function toLocal([x, y, z]: Triple): Vector3 {
  const dx = x - ENTRY.x;
  const dz = z - ENTRY.z;
  const cos = Math.cos(-ENTRY.yaw);
  const sin = Math.sin(-ENTRY.yaw);
  return new Vector3(cos * dx + sin * dz, y, -sin * dx + cos * dz);
}

/** Holds the right controller at HAND, turned by yaw and pitch (radians, in the play space). */
async function holdRight(page: Page, yaw: number, pitch: number) {
  const q = new Quaternion().setFromEuler(new Euler(pitch, yaw, 0, 'YXZ'));
  await page.evaluate(
    ({ hand, quat }) => {
      const right = window.__pavilionHeadset?.controllers.right;
      if (!right) throw new Error('no emulated right controller');
      right.position.set(hand[0], hand[1], hand[2]);
      right.quaternion.set(quat[0], quat[1], quat[2], quat[3]);
    },
    { hand: HAND, quat: [q.x, q.y, q.z, q.w] as const },
  );
  // The teleport arc eases towards the controller over a few frames.
  const frames = (await readHook(page)).frames;
  await expect
    .poll(async () => (await readHook(page)).frames, { timeout: 30_000 })
    .toBeGreaterThan(frames + 10);
}

/** Aims the right controller's ray straight at a world point. */
async function aimRightAt(page: Page, point: Triple) {
  const d = toLocal(point).sub(new Vector3(...HAND));
  await holdRight(page, Math.atan2(-d.x, -d.z), Math.atan2(d.y, Math.hypot(d.x, d.z)));
}

async function pullRightTrigger(page: Page) {
  const set = (value: number) =>
    page.evaluate(
      (v) => window.__pavilionHeadset?.controllers.right?.updateButtonValue('trigger', v),
      value,
    );
  await set(1);
  await page.waitForTimeout(150);
  await set(0);
  await page.waitForTimeout(300);
}

/** Where the teleport arc lands on the floor for a right controller at HAND, turned so. */
function arcLanding(yaw: number, pitch: number) {
  const start = { x: ENTRY.x + HAND[0], y: HAND[1], z: ENTRY.z + HAND[2] };
  const aim = new Vector3(0, 0, -1).applyEuler(new Euler(pitch, yaw, 0, 'YXZ'));
  return traceArc(start, aim, new Float32Array((ARC_STEPS + 1) * 3)).landing;
}

/** Points the right controller so that its teleport arc lands on a world floor point. */
async function aimArcAt(page: Page, point: Triple) {
  const d = toLocal(point).sub(new Vector3(...HAND));
  const yaw = Math.atan2(-d.x, -d.z);
  const distance = Math.hypot(d.x, d.z);
  let low = -0.6;
  let high = Math.PI / 4;
  for (let i = 0; i < 40; i += 1) {
    const mid = (low + high) / 2;
    const landing = arcLanding(yaw, mid);
    const reach = landing
      ? Math.hypot(landing.x - ENTRY.x - HAND[0], landing.z - ENTRY.z - HAND[2])
      : 0;
    if (reach < distance) low = mid;
    else high = mid;
  }
  await holdRight(page, yaw, (low + high) / 2);
}

/** Pushes the right stick forward (the arc shows), then lets it go (the visitor teleports). */
async function teleportWithRightStick(page: Page, shot?: string) {
  await setRightStick(page, 0, -1);
  if (shot) await viewShot(page, shot);
  await setRightStick(page, 0, 0);
}

async function setRightStick(page: Page, x: number, y: number) {
  const frames = (await readHook(page)).frames;
  await page.evaluate(
    ([sx, sy]) => window.__pavilionHeadset?.controllers.right?.updateAxes('thumbstick', sx, sy),
    [x, y] as const,
  );
  await expect
    .poll(async () => (await readHook(page)).frames, { timeout: 15_000 })
    .toBeGreaterThan(frames + 1);
}

async function viewShot(page: Page, name: string) {
  const path = await screenshot(page, name);
  await page.screenshot({ path, fullPage: false });
}

const flat = (a: Triple, b: Triple) => Math.hypot(a[0] - b[0], a[2] - b[2]);

describe('the pavilion in an emulated headset', () => {
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

  it('enters VR from its control, renders frames in mode xr within 100 draw calls an eye', async () => {
    opened = await openHeadsetPage(browser());
    const { page } = opened;
    expect((await readHook(page)).mode).toBe('desktop');
    await enterVR(page);
    const view = await readHook(page);
    expect(view.views).toBe(2);
    expect(view.calls / view.views).toBeLessThanOrEqual(100);
    expect(view.calls).toBeGreaterThan(0);
    await viewShot(page, 'xr-hub');
  });

  it('teleports onto the floor near a booth where the arc lands', async () => {
    opened = await openHeadsetPage(browser());
    const { page } = opened;
    await enterVR(page);
    // The booth whose viewpoint is nearest the start, a clear spot on the floor.
    const nearest = [...pavilion.layout.booths].sort(
      (a, b) =>
        flat(a.viewpoint as Triple, toWorld(ENTRY)) - flat(b.viewpoint as Triple, toWorld(ENTRY)),
    )[0];
    if (!nearest) throw new Error('no booths');
    const target: Triple = [nearest.viewpoint[0], 0, nearest.viewpoint[2]];
    const before = await readHook(page);
    await aimArcAt(page, target);
    await teleportWithRightStick(page, 'xr-teleport-arc');
    await expect
      .poll(async () => flat((await readHook(page)).position, target), { timeout: 10_000 })
      .toBeLessThan(1);
    expect(flat(before.position, target)).toBeGreaterThan(5);
  });

  it('presses a kiosk plate with the controller ray and the kiosk takes the answer', async () => {
    opened = await openHeadsetPage(browser());
    const { page } = opened;
    await enterVR(page);
    const steps = kioskSteps(loadEmbeddedGuide());
    const [region] = stepLayout(steps[0] ?? fail());
    const plinth = { center: KIOSK.center, yaw: KIOSK.yaw, top: 1 };
    await aimRightAt(page, boardToWorld(plinth, region?.plates[0] ?? fail()));
    await viewShot(page, 'xr-kiosk-aim');
    await pullRightTrigger(page);
    await expect
      .poll(() => page.evaluate(() => window.location.search), { timeout: 10_000 })
      .toContain('a=region%3Aopen-everywhere-now');
  });

  it('turns by the snap angle on one flick of the right stick', async () => {
    opened = await openHeadsetPage(browser());
    const { page } = opened;
    await enterVR(page);
    const before = await readHook(page);
    await page.evaluate(() =>
      window.__pavilionHeadset?.controllers.right?.updateAxes('thumbstick', 1, 0),
    );
    await page.waitForTimeout(600);
    await page.evaluate(() =>
      window.__pavilionHeadset?.controllers.right?.updateAxes('thumbstick', 0, 0),
    );
    await page.waitForTimeout(300);
    const after = await readHook(page);
    const turned =
      Math.atan2(-after.direction[0], -after.direction[2]) -
      Math.atan2(-before.direction[0], -before.direction[2]);
    // Right is clockwise seen from above: a negative yaw, by the default 30°.
    expect((turned * 180) / Math.PI).toBeCloseTo(-30, 0);
  });

  it('restores the desktop pose on exit, keeps the kiosk answer, and enters again', async () => {
    opened = await openHeadsetPage(browser());
    const { page } = opened;
    const desktop = await readHook(page);
    await enterVR(page);
    await aimArcAt(page, [ENTRY.x - 3, 0, ENTRY.z - 3]);
    await teleportWithRightStick(page);
    await expect
      .poll(async () => flat((await readHook(page)).position, desktop.position))
      .toBeGreaterThan(2);

    await page.evaluate(() => window.__pavilionHeadset?.activeSession?.end());
    await expect.poll(async () => (await readHook(page)).mode, { timeout: 20_000 }).toBe('desktop');
    const back = await readHook(page);
    for (const i of [0, 1, 2]) {
      expect(back.position[i]).toBeCloseTo(desktop.position[i] ?? Number.NaN, 4);
      expect(back.direction[i]).toBeCloseTo(desktop.direction[i] ?? Number.NaN, 4);
    }

    await enterVR(page);
    await viewShot(page, 'xr-again');
  });
});

function toWorld(origin: { x: number; z: number }): Triple {
  return [origin.x, 0, origin.z];
}

function fail(): never {
  throw new Error('the kiosk has no first step');
}
