import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BOARD, FASCIA, WALL_FACE_Z } from '../../src/world/boothDesign';
import { useBrowser, usePages, viewShot } from './harness';
import { boothPoint, onScreen, pavilion, readWorld } from './navigation-world';
import {
  type Box,
  boxOf,
  DESKTOP,
  expectToolsReachable,
  inside,
  LANDSCAPE,
  MIN_TARGET,
  openAt,
  overlaps,
  PORTRAIT,
} from './phone-page';

const CARD = '.help-card';
const CHIP = '.help-chip';

/** The screen box of a booth's panel wall, or null when the booth is behind the camera. */
async function boothWallBox(page: Page, id: string): Promise<Box | null> {
  const { position, direction } = await readWorld(page);
  const half = (4 * BOARD.width + 3 * BOARD.gap) / 2;
  const top = FASCIA.centerY + FASCIA.height / 2;
  const corners = (
    [
      [-half, BOARD.bottom, WALL_FACE_Z],
      [half, BOARD.bottom, WALL_FACE_Z],
      [-half, top, WALL_FACE_Z],
      [half, top, WALL_FACE_Z],
    ] as const
  ).map((local) => boothPoint(id, [...local]));
  const ahead = corners.every(
    (corner) =>
      corner.reduce((sum, v, i) => sum + (v - (position[i] ?? 0)) * (direction[i] ?? 0), 0) > 0,
  );
  if (!ahead) return null;
  const points = await Promise.all(corners.map((corner) => onScreen(page, corner)));
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

describe('the pavilion on a phone and a desktop screen', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('shows every top-bar tool on a phone held upright, without sideways scrolling', async () => {
    const { page } = await openAt(pages, PORTRAIT, { touch: true });
    await viewShot(page, 'phone-portrait-help');
    await page.getByRole('button', { name: 'Got it' }).tap();
    await expectToolsReachable(page, PORTRAIT);
    // The place line stays readable beside the tools.
    expect(await page.locator('.topbar__place').isVisible()).toBe(true);
    await viewShot(page, 'phone-portrait-bar');

    // A tool found there works: the 2D view opens from it.
    await page.getByRole('button', { name: '2D view' }).tap();
    await expect.poll(() => page.locator('.world').count()).toBe(0);
  });

  it('fits the top bar and the help card on a phone turned sideways', async () => {
    const { page } = await openAt(pages, LANDSCAPE, { touch: true });
    const screen = { x: 0, y: 0, ...LANDSCAPE };
    const bar = await boxOf(page, '.topbar');
    const card = await boxOf(page, CARD);
    await viewShot(page, 'phone-landscape-help');
    expect(inside(bar, screen)).toBe(true);
    expect(inside(card, screen)).toBe(true);
    expect(card.y).toBeGreaterThanOrEqual(bar.y + bar.height);

    // The card's list scrolls inside it; its close button shows and takes a tap all the while.
    const close = page.getByRole('button', { name: 'Got it' });
    const closeBox = await close.boundingBox();
    expect(closeBox && inside(closeBox, card)).toBe(true);
    expect(closeBox?.height).toBeGreaterThanOrEqual(MIN_TARGET);
    await page.locator(`${CARD} dl`).evaluate((list) => {
      list.scrollTop = list.scrollHeight;
    });
    expect(await close.isVisible()).toBe(true);
    await close.tap();
    await expect.poll(() => page.locator(CARD).count()).toBe(0);

    await expectToolsReachable(page, LANDSCAPE);
    await viewShot(page, 'phone-landscape-bar');
  });

  it('keeps the first-visit help card off the booths, and folds it to a chip on the first step', async () => {
    const { page } = await openAt(pages, DESKTOP);
    const card = await boxOf(page, CARD);
    const world = await boxOf(page, 'canvas');
    await viewShot(page, 'desktop-help-card');

    let seen = 0;
    for (const { platform } of pavilion.booths) {
      const wall = await boothWallBox(page, platform.id);
      if (!wall || !overlaps(wall, world)) continue;
      seen += 1;
      expect(overlaps(wall, card), `the card leaves ${platform.id} in view`).toBe(false);
    }
    expect(seen).toBeGreaterThanOrEqual(3);

    // The first step folds the card into a small chip in its corner; the chip brings it back.
    await page.keyboard.press('KeyW');
    await expect.poll(() => page.locator(CARD).count()).toBe(0);
    const chip = await boxOf(page, CHIP);
    expect(chip.width * chip.height).toBeLessThan((card.width * card.height) / 4);
    expect(chip.height).toBeGreaterThanOrEqual(MIN_TARGET);
    expect(inside(chip, world)).toBe(true);
    await viewShot(page, 'desktop-help-chip');
    await page.locator(CHIP).click();
    await expect.poll(() => page.locator(CARD).count()).toBe(1);

    // A press on the world (to look around, or to travel) folds it too.
    await page.mouse.click(world.x + world.width / 2, world.y + 40);
    await expect.poll(() => page.locator(CHIP).count()).toBe(1);
    expect(await page.locator(CARD).count()).toBe(0);
  });
});
