import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { walkAreaFor } from '../../src/navigation/navigator';
import { boothPose } from '../../src/navigation/viewpoints';
import { BOARD, WALL_FACE_Z } from '../../src/world/boothDesign';
import { detailReach } from '../../src/world/lod';
import { useBrowser, usePages, viewShot } from './harness';
import {
  booth,
  boothPoint,
  onScreen,
  pavilion,
  readWorld,
  waitForStill,
  waitToStandAt,
} from './navigation-world';
import { boxOf, inside, LANDSCAPE, MIN_TARGET, openAt, overlaps, PORTRAIT } from './phone-page';

/** Booth #1 is the largest on the ring: the hardest to fit across a narrow screen. */
const FIRST = pavilion.booths[0]?.platform.id ?? '';

/** Where the outer edges of a booth's panel wall show across the world's canvas, 0 to 1. */
async function wallAcross(page: Page, id: string) {
  const world = await boxOf(page, 'canvas');
  const half = (4 * BOARD.width + 3 * BOARD.gap) / 2;
  const left = await onScreen(page, boothPoint(id, [-half, 1.5, WALL_FACE_Z]));
  const right = await onScreen(page, boothPoint(id, [half, 1.5, WALL_FACE_Z]));
  return { left: (left.x - world.x) / world.width, right: (right.x - world.x) / world.width };
}

/** The pose the page should take at a booth for its canvas as it is now. */
async function expectedPose(page: Page, id: string) {
  const world = await boxOf(page, 'canvas');
  return boothPose(booth(id).placement, world.width / world.height, walkAreaFor(pavilion.layout));
}

describe('a booth seen on a phone', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it("shows a booth's whole wall on a phone upright, and re-frames as the phone turns", async () => {
    const { page } = await openAt(pages, PORTRAIT, { touch: true, hash: `#/booth/${FIRST}` });
    await page.getByRole('button', { name: 'Got it' }).tap();
    await waitForStill(page);

    const upright = await wallAcross(page, FIRST);
    await viewShot(page, 'phone-booth-portrait');
    // The whole wall shows, centred (the layout's 16:9 framing showed about two fifths), and
    // the visitor stands where the world still draws the panels' text.
    expect(upright.left).toBeGreaterThanOrEqual(0);
    expect(upright.right).toBeLessThanOrEqual(1);
    expect((upright.left + upright.right) / 2).toBeCloseTo(0.5, 1);
    const { placement } = booth(FIRST);
    const standing = await readWorld(page);
    const fromBooth = Math.hypot(
      standing.position[0] - placement.position[0],
      standing.position[2] - placement.position[2],
    );
    const aspect = await page.evaluate(() => {
      const canvas = document.querySelector('canvas');
      return canvas ? canvas.clientWidth / canvas.clientHeight : Number.NaN;
    });
    expect(fromBooth).toBeGreaterThan(detailReach(placement.scale));
    expect(fromBooth).toBeLessThan(detailReach(placement.scale, aspect));

    // Turned on its side: back to the layout's own viewpoint, the wall still across the screen.
    await page.setViewportSize(LANDSCAPE);
    await waitToStandAt(page, placement.viewpoint[0], placement.viewpoint[2]);
    await waitForStill(page);
    const sideways = await wallAcross(page, FIRST);
    await viewShot(page, 'phone-booth-landscape');
    expect(sideways.left).toBeGreaterThanOrEqual(0);
    expect(sideways.right).toBeLessThanOrEqual(1);

    // Upright again: it steps back once more.
    await page.setViewportSize(PORTRAIT);
    const again = await expectedPose(page, FIRST);
    await waitToStandAt(page, again.x, again.z);
    expect((await readWorld(page)).place).toBe(FIRST);
  });

  it('offers the booth as text on a phone upright, and takes the visitor to it', async () => {
    const { page } = await openAt(pages, PORTRAIT, { touch: true, hash: `#/booth/${FIRST}` });
    await waitForStill(page);
    const name = pavilion.booths[0]?.platform.name ?? '';
    const chip = page.getByRole('button', { name: `Read ${name} as text` });
    await viewShot(page, 'phone-booth-read-as-text-first-visit');

    // Over the world, clear of the help card (open on a first visit), big enough for a thumb.
    const box = await boxOf(page, '.read-as-text');
    expect(inside(box, await boxOf(page, 'canvas'))).toBe(true);
    expect(overlaps(box, await boxOf(page, '.help-card'))).toBe(false);
    expect(box.height).toBeGreaterThanOrEqual(MIN_TARGET);
    await page.getByRole('button', { name: 'Got it' }).tap();
    await viewShot(page, 'phone-booth-read-as-text');

    await chip.tap();
    const heading = page.locator(`#platform-${FIRST}`);
    await expect.poll(() => heading.evaluate((node) => node === document.activeElement)).toBe(true);
    const top = (await heading.boundingBox())?.y ?? Number.NaN;
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(PORTRAIT.height / 2);
    expect((await readWorld(page)).place).toBe(FIRST);
  });

  it('offers the booth as text on a phone on its side, on the floor below the wall', async () => {
    const { page } = await openAt(pages, LANDSCAPE, { touch: true, hash: `#/booth/${FIRST}` });
    await page.getByRole('button', { name: 'Got it' }).tap();
    const { placement } = booth(FIRST);
    await waitToStandAt(page, placement.viewpoint[0], placement.viewpoint[2]);
    await waitForStill(page);
    await viewShot(page, 'phone-booth-landscape-read-as-text');

    // 6 px text on the wall: the chip is there, below the boards, big enough for a thumb.
    const box = await boxOf(page, '.read-as-text');
    expect(inside(box, await boxOf(page, 'canvas'))).toBe(true);
    expect(box.height).toBeGreaterThanOrEqual(MIN_TARGET);
    const boardsFoot = await onScreen(page, boothPoint(FIRST, [0, BOARD.bottom, WALL_FACE_Z]));
    expect(box.y).toBeGreaterThanOrEqual(boardsFoot.y);
    // No note about a missing headset over the booth's title: nobody looks for one on a phone.
    expect(await page.locator('.xr-note').isVisible()).toBe(false);

    await page.getByRole('button', { name: /as text/ }).tap();
    const heading = page.locator(`#platform-${FIRST}`);
    await expect.poll(() => heading.evaluate((node) => node === document.activeElement)).toBe(true);
  });

  it('keeps the desktop framing of a booth on a 16:9 screen, where the wall reads as it is', async () => {
    const { page } = await openAt(
      pages,
      { width: 1280, height: 720 },
      { hash: `#/booth/${FIRST}` },
    );
    const { placement } = booth(FIRST);
    await waitToStandAt(page, placement.viewpoint[0], placement.viewpoint[2]);
    expect(await page.locator('.read-as-text').isVisible()).toBe(false);
    // A desktop without a headset says why there is no Enter VR.
    await expect(page.locator('.xr-note').textContent()).resolves.toBe('No VR headset found.');
  });
});
