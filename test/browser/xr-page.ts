import type { Page } from 'playwright-core';
import { Euler, Quaternion, Vector3 } from 'three';
import { expect } from 'vitest';
import { HUB_VIEWPOINT } from '../../src/floorplan/layout';
import { ARC_STEPS, createArcTrace, traceArc } from '../../src/xr/teleportArc';
import { openPage, viewShot } from './harness';
import type { Triple } from './navigation-world';

/**
 * Helpers for the emulated-headset tests: the app installs an iwer Quest 3 itself with
 * `?debug=1&xr-emulate=quest3`, and the tests move its controllers and press their buttons
 * through `window.__pavilionHeadset`.
 */

export const HEADSET_PATH = '/?debug=1&xr-emulate=quest3';
/** Where the tests hold the right controller inside the play space (metres). */
export const HAND: Triple = [0.2, 1.4, -0.3];

/** The play space's origin at entry: under the desktop camera, facing its way. */
export interface Entry {
  readonly x: number;
  readonly z: number;
  readonly yaw: number;
}

/** The entry from the desktop's start at the hub. */
export const HUB_ENTRY: Entry = {
  x: HUB_VIEWPOINT.position[0],
  z: HUB_VIEWPOINT.position[2],
  yaw: HUB_VIEWPOINT.yaw,
};

export interface HookView {
  mode: string;
  place: string;
  frames: number;
  views: number;
  calls: number;
  position: Triple;
  direction: Triple;
}

export function readHook(page: Page): Promise<HookView> {
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

export async function openHeadsetPage(
  browser: Parameters<typeof openPage>[0],
  path = HEADSET_PATH,
) {
  const opened = await openPage(browser, path);
  await opened.page.waitForFunction(() => window.__pavilion?.ready === true, null, {
    timeout: 90_000,
  });
  return opened;
}

/** Waits until the page has drawn more than `count` further frames. */
export async function framesPass(page: Page, count: number) {
  const frames = (await readHook(page)).frames;
  await expect
    .poll(async () => (await readHook(page)).frames, { timeout: 30_000 })
    .toBeGreaterThan(frames + count);
}

export async function enterVR(page: Page) {
  await page.getByRole('button', { name: 'Enter VR' }).click();
  await expect.poll(async () => (await readHook(page)).mode, { timeout: 20_000 }).toBe('xr');
  // The session's own loop draws frames without anyone asking.
  await framesPass(page, 5);
}

/** A local (play-space) point for a world point, with the origin where it was at entry. */
export function toLocal([x, y, z]: Triple, entry: Entry = HUB_ENTRY): Vector3 {
  const dx = x - entry.x;
  const dz = z - entry.z;
  const cos = Math.cos(-entry.yaw);
  const sin = Math.sin(-entry.yaw);
  return new Vector3(cos * dx + sin * dz, y, -sin * dx + cos * dz);
}

/** Holds the right controller at `hand`, turned by yaw and pitch (radians, in the play space). */
export async function holdRight(page: Page, yaw: number, pitch: number, hand: Triple = HAND) {
  const q = new Quaternion().setFromEuler(new Euler(pitch, yaw, 0, 'YXZ'));
  await page.evaluate(
    ({ hand, quat }) => {
      const right = window.__pavilionHeadset?.controllers.right;
      if (!right) throw new Error('no emulated right controller');
      right.position.set(hand[0], hand[1], hand[2]);
      right.quaternion.set(quat[0], quat[1], quat[2], quat[3]);
    },
    { hand, quat: [q.x, q.y, q.z, q.w] as const },
  );
  // The controller's pose eases towards the new one over a few frames.
  await framesPass(page, 10);
}

/** Aims the right controller's ray straight at a world point. */
export async function aimRightAt(page: Page, point: Triple, entry: Entry = HUB_ENTRY) {
  const d = toLocal(point, entry).sub(new Vector3(...HAND));
  await holdRight(page, Math.atan2(-d.x, -d.z), Math.atan2(d.y, Math.hypot(d.x, d.z)));
}

/** Aims the right controller, held at `hand`, at a point in the play space. */
export async function aimRightAtLocal(page: Page, point: Triple, hand: Triple) {
  const d = new Vector3(...point).sub(new Vector3(...hand));
  await holdRight(page, Math.atan2(-d.x, -d.z), Math.atan2(d.y, Math.hypot(d.x, d.z)), hand);
}

/**
 * Presses and releases a controller button, counting the headset's own frames inside the page:
 * down for one frame (iwer reads its buttons as a frame starts, before the page's callbacks),
 * then up for two. A wait measured from outside can fall between frames (the press goes
 * unseen) or, on a loaded machine, outlast the pavilion's click window.
 */
export async function pressButton(page: Page, hand: 'left' | 'right', button: string) {
  await page.evaluate(
    async ([side, id]) => {
      const device = window.__pavilionHeadset;
      const session = device?.activeSession;
      const controller = device?.controllers[side];
      if (!session || !controller) throw new Error('no emulated session or controller');
      // A press may end the session (Exit VR): its frames stop, so the end counts as done.
      const ended = new Promise<void>((resolve) =>
        session.addEventListener('end', () => resolve()),
      );
      const frames = (count: number) =>
        Promise.race([
          ended,
          new Promise<void>((resolve) => {
            const next = (left: number) =>
              left === 0 ? resolve() : session.requestAnimationFrame(() => next(left - 1));
            next(count);
          }),
        ]);
      controller.updateButtonValue(id, 1);
      await frames(1);
      controller.updateButtonValue(id, 0);
      await frames(2);
    },
    [hand, button] as const,
  );
}

export const pullRightTrigger = (page: Page) => pressButton(page, 'right', 'trigger');

/** How far from the hand an unobstructed arc comes down, for a controller pitched so. */
function arcReach(pitch: number): number {
  const start = { x: HAND[0], y: HAND[1], z: HAND[2] };
  const aim = new Vector3(0, 0, -1).applyEuler(new Euler(pitch, 0, 0, 'YXZ'));
  const points = new Float32Array((ARC_STEPS + 1) * 3);
  const arc = traceArc(start, aim, { obstacles: [] }, points, createArcTrace());
  return arc.ending === 'floor' ? Math.hypot(arc.end.x - HAND[0], arc.end.z - HAND[2]) : 0;
}

/**
 * Points the right controller so that its teleport arc, were nothing in the way, would come
 * down on a world floor point.
 */
export async function aimArcAt(page: Page, point: Triple, entry: Entry = HUB_ENTRY) {
  const d = toLocal(point, entry).sub(new Vector3(...HAND));
  const distance = Math.hypot(d.x, d.z);
  let low = -0.6;
  let high = Math.PI / 4;
  for (let i = 0; i < 40; i += 1) {
    const mid = (low + high) / 2;
    if (arcReach(mid) < distance) low = mid;
    else high = mid;
  }
  await holdRight(page, Math.atan2(-d.x, -d.z), (low + high) / 2);
}

export async function setRightStick(page: Page, x: number, y: number) {
  await page.evaluate(
    ([sx, sy]) => window.__pavilionHeadset?.controllers.right?.updateAxes('thumbstick', sx, sy),
    [x, y] as const,
  );
  await framesPass(page, 1);
}

/** Pushes the right stick forward (the arc shows), then lets it go (the visitor teleports). */
export async function teleportWithRightStick(page: Page, shot?: string) {
  await setRightStick(page, 0, -1);
  if (shot) await viewShot(page, shot);
  await setRightStick(page, 0, 0);
}

export const flat = (a: Triple, b: Triple) => Math.hypot(a[0] - b[0], a[2] - b[2]);
