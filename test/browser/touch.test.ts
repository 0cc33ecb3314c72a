import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, usePages, viewShot } from './harness';
import { booth, onScreen, pavilion, readWorld, waitForPlace } from './navigation-world';
import { LANDSCAPE, openAt, PORTRAIT } from './phone-page';

/** The part of the world's canvas that shows on screen, in page pixels. */
async function visibleWorld(page: Page) {
  const box = await page.locator('canvas').first().boundingBox();
  if (!box) throw new Error('the world has no canvas');
  const viewport = page.viewportSize() ?? PORTRAIT;
  const top = Math.max(box.y, 0);
  const bottom = Math.min(box.y + box.height, viewport.height);
  return { left: box.x, width: box.width, top, bottom };
}

/** A one-finger drag through CDP, the only way to send a moving touch in Chromium. */
async function drag(
  cdp: CDPSession,
  from: { x: number; y: number },
  by: { x: number; y: number },
  holdMs = 0,
) {
  const steps = 8;
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [{ x: from.x, y: from.y, id: 1 }],
  });
  for (let i = 1; i <= steps; i += 1) {
    const point = { x: from.x + (by.x * i) / steps, y: from.y + (by.y * i) / steps, id: 1 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  if (holdMs > 0) await new Promise((resolve) => setTimeout(resolve, holdMs));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

function mode(page: Page) {
  return page.evaluate(() => window.__pavilion?.mode);
}

/** The first booth, in ring order, whose front shows well inside the visible world. */
async function firstBoothOnScreen(page: Page, world: Awaited<ReturnType<typeof visibleWorld>>) {
  for (const { platform } of pavilion.booths) {
    const { placement } = booth(platform.id);
    const point = await onScreen(page, [placement.position[0], 2, placement.position[2]]);
    const inside =
      point.x > world.left + 30 &&
      point.x < world.left + world.width - 30 &&
      point.y > world.top + 30 &&
      point.y < world.bottom - 30;
    if (inside) return { id: platform.id, point };
  }
  throw new Error('no booth shows in the phone view of the hub');
}

async function scrollOf(page: Page) {
  return page.evaluate(() => ({
    scrollY: window.scrollY,
    top: document.scrollingElement?.scrollTop ?? -1,
  }));
}

describe('touch navigation on a phone', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('travels to a booth that is tapped', async () => {
    const { page } = await openAt(pages, PORTRAIT, { touch: true });
    await page.getByRole('button', { name: 'Got it' }).tap();
    const world = await visibleWorld(page);
    // The booth the phone's narrow view shows ahead of the hub start, found from the layout.
    const target = await firstBoothOnScreen(page, world);
    await page.touchscreen.tap(target.point.x, target.point.y);
    await waitForPlace(page, target.id);
    expect((await readWorld(page)).place).toBe(target.id);
    expect(await scrollOf(page)).toEqual({ scrollY: 0, top: 0 });
  });

  it('walks forward while a thumb pushes the joystick up on the left', async () => {
    const { page, context } = await openAt(pages, PORTRAIT, { touch: true });
    await page.getByRole('button', { name: 'Got it' }).tap();
    const cdp = await context.newCDPSession(page);
    const world = await visibleWorld(page);
    const before = await readWorld(page);
    const thumb = { x: world.width * 0.18, y: world.bottom - 140 };
    await drag(cdp, thumb, { x: 0, y: -60 }, 900);
    await expect.poll(async () => mode(page)).toBe('touch');
    const after = await readWorld(page);
    const moved = [0, 2].map((i) => (after.position[i] ?? 0) - (before.position[i] ?? 0));
    const along = (moved[0] ?? 0) * before.direction[0] + (moved[1] ?? 0) * before.direction[2];
    expect(along).toBeGreaterThan(0.5);
    // Walking does not turn the view.
    expect(after.direction[0]).toBeCloseTo(before.direction[0], 3);
    expect(await scrollOf(page)).toEqual({ scrollY: 0, top: 0 });
  });

  it('turns the view, without walking, when a finger drags on the right', async () => {
    const { page, context } = await openAt(pages, PORTRAIT, { touch: true });
    await page.getByRole('button', { name: 'Got it' }).tap();
    const cdp = await context.newCDPSession(page);
    const world = await visibleWorld(page);
    const before = await readWorld(page);
    await drag(cdp, { x: world.width * 0.7, y: world.top + 200 }, { x: 90, y: 0 });
    await expect
      .poll(async () => {
        const now = await readWorld(page);
        return Math.hypot(
          now.direction[0] - before.direction[0],
          now.direction[2] - before.direction[2],
        );
      })
      .toBeGreaterThan(0.3);
    const after = await readWorld(page);
    expect(
      Math.hypot(after.position[0] - before.position[0], after.position[2] - before.position[2]),
    ).toBeLessThan(0.01);
    expect(await scrollOf(page)).toEqual({ scrollY: 0, top: 0 });
  });

  it('shows the joystick where the thumb lands, and keeps the page still under drags', async () => {
    const { page, context } = await openAt(pages, PORTRAIT, { touch: true });
    await page.getByRole('button', { name: 'Got it' }).tap();
    const cdp = await context.newCDPSession(page);
    const world = await visibleWorld(page);
    // Hold the joystick for the screenshot: it shows where the thumb landed.
    const thumb = { x: world.width * 0.2, y: world.bottom - 120 };
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ ...thumb, id: 1 }],
    });
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: thumb.x + 20, y: thumb.y - 30, id: 1 }],
    });
    await expect.poll(() => page.locator('.touch-joystick[data-active]').count()).toBe(1);
    await viewShot(page, 'touch-portrait');
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.locator('.touch-joystick[data-active]').count()).toBe(0);

    await drag(cdp, { x: world.width * 0.7, y: world.bottom - 100 }, { x: 0, y: -300 });
    await drag(cdp, { x: world.width * 0.7, y: world.top + 40 }, { x: 0, y: 300 });
    expect(await scrollOf(page)).toEqual({ scrollY: 0, top: 0 });
  });

  it('works in landscape: the joystick walks and the page stays still', async () => {
    const { page, context } = await openAt(pages, LANDSCAPE, { touch: true });
    await page.getByRole('button', { name: 'Got it' }).tap();
    const cdp = await context.newCDPSession(page);
    const world = await visibleWorld(page);
    const before = await readWorld(page);
    await drag(cdp, { x: world.width * 0.15, y: world.bottom - 60 }, { x: 0, y: -50 }, 700);
    const after = await readWorld(page);
    expect(
      Math.hypot(after.position[0] - before.position[0], after.position[2] - before.position[2]),
    ).toBeGreaterThan(0.5);
    expect(await scrollOf(page)).toEqual({ scrollY: 0, top: 0 });
    await viewShot(page, 'touch-landscape');
  });
});
