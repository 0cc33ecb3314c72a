import { afterEach, describe, expect, it } from 'vitest';
import { loadEmbeddedGuide } from '../../src/data';
import { KIOSK } from '../../src/floorplan/layout';
import { boardToWorld, stepLayout } from '../../src/kiosk/standLayout';
import { kioskSteps } from '../../src/kiosk/steps';
import { isClear } from '../../src/navigation/collide';
import { walkAreaFor } from '../../src/navigation/navigator';
import { firstBlock } from '../../src/xr/teleportArc';
import { type GuardedPage, useBrowser, viewShot } from './harness';
import { pavilion, type Triple } from './navigation-world';
import {
  aimArcAt,
  aimRightAt,
  type Entry,
  enterVR,
  flat,
  framesPass,
  HAND,
  HEADSET_PATH,
  HUB_ENTRY,
  openHeadsetPage,
  pullRightTrigger,
  readHook,
  teleportWithRightStick,
} from './xr-page';

/**
 * The pavilion in an emulated Quest 3 (iwer, installed by the app itself with
 * `?debug=1&xr-emulate=quest3`): entering, teleporting, pressing with the ray, turning, leaving.
 */

const ENTRY = HUB_ENTRY;

/** The first booth in the ring, and floor points behind it and in front of it. */
function aroundFirstBooth() {
  const placement = pavilion.layout.booths[0];
  const id = pavilion.booths[0]?.platform.id;
  if (!placement || !id) throw new Error('no booths');
  const [vx, , vz] = placement.viewpoint;
  const [cx, , cz] = placement.position;
  // From the booth's viewpoint, straight through the booth's middle.
  const length = Math.hypot(cx - vx, cz - vz);
  const along = (metres: number): Triple => [
    vx + ((cx - vx) / length) * metres,
    0,
    vz + ((cz - vz) / length) * metres,
  ];
  const entry: Entry = { x: vx, z: vz, yaw: placement.viewYaw };
  return {
    id,
    entry,
    behind: along(length + placement.halfDepth + 1.5),
    inFront: along(-4),
  };
}

describe('the pavilion in an emulated headset', () => {
  const browser = useBrowser();
  const area = walkAreaFor(pavilion.layout);
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
    // The nearest booth viewpoint (a clear spot on the floor) with nothing of the hub's between.
    const [hx, , hz] = [ENTRY.x + HAND[0], 0, ENTRY.z + HAND[2]];
    const inView = pavilion.layout.booths.filter(
      ({ viewpoint: [x, , z] }) => firstBlock(area, hx, hz, x, z) === null,
    );
    const nearest = [...inView].sort(
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

  it('teleports nowhere through a booth wall, and onto the open floor', async () => {
    const booth = aroundFirstBooth();
    // Both spots are floor a visitor could stand on: only the wall in between stops the first.
    expect(isClear(area, booth.behind[0], booth.behind[2])).toBe(true);
    expect(isClear(area, booth.inFront[0], booth.inFront[2])).toBe(true);
    opened = await openHeadsetPage(browser(), `${HEADSET_PATH}&at=${booth.id}`);
    const { page } = opened;
    await enterVR(page);
    const start = await readHook(page);

    await aimArcAt(page, booth.behind, booth.entry);
    await teleportWithRightStick(page, 'xr-teleport-through-wall');
    await framesPass(page, 10);
    expect(flat((await readHook(page)).position, start.position)).toBeLessThan(0.05);

    await aimArcAt(page, booth.inFront, booth.entry);
    await teleportWithRightStick(page, 'xr-teleport-open-floor');
    await expect
      .poll(async () => flat((await readHook(page)).position, booth.inFront), { timeout: 10_000 })
      .toBeLessThan(1);
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
