import { describe, expect, it } from 'vitest';
import { HUB_VIEWPOINT } from '../../src/floorplan/layout';
import { gapTo, VISITOR_RADIUS } from '../../src/navigation/obstacles';
import { boardBodyTop, boardCenterX, TEXT_Z } from '../../src/world/boothDesign';
import { screenshot, useBrowser, usePages } from './harness';
import {
  booth,
  boothPoint,
  dismissHelp,
  hashOf,
  hold,
  onScreen,
  openWorld,
  pavilion,
  readWorld,
  waitForPlace,
  waitForStill,
  waitToStandAt,
} from './navigation-world';

describe('desktop navigation', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('walks the camera forward, along where it looks, while W is held', async () => {
    const { page } = await openWorld(pages);
    const before = await readWorld(page);
    await hold(page, ['KeyW'], 800);
    const after = await readWorld(page);
    const moved = after.position.map((v, i) => v - (before.position[i] ?? 0));
    const along = (moved[0] ?? 0) * before.direction[0] + (moved[2] ?? 0) * before.direction[2];
    expect(along).toBeGreaterThan(1);
    expect(along).toBeGreaterThan(0.95 * Math.hypot(moved[0] ?? 0, moved[2] ?? 0));
  });

  it('stops at a booth wall when walking into it, never entering the booth', async () => {
    const { page } = await openWorld(pages, '#/booth/spatial');
    const { obstacle } = booth('spatial');
    const gaps: number[] = [];
    const measure = async () => {
      const { position } = await readWorld(page);
      gaps.push(gapTo(obstacle, position[0], position[2]));
    };
    await hold(page, ['ShiftLeft', 'KeyW'], 4000, measure);
    await measure();
    expect(Math.min(...gaps)).toBeGreaterThan(VISITOR_RADIUS - 0.01);
    // It walked all the way up to the wall rather than stopping short.
    expect(gaps.at(-1)).toBeLessThan(VISITOR_RADIUS + 0.05);
  });

  it('travels to a booth that is clicked and shows it in the address', async () => {
    const { page } = await openWorld(pages);
    await dismissHelp(page);
    // The last booth stands front-left of the start.
    const last = pavilion.booths.at(-1)?.platform.id ?? '';
    const { placement } = booth(last);
    const target = await onScreen(page, [placement.position[0], 2, placement.position[2]]);
    await page.mouse.click(target.x, target.y);
    await waitForPlace(page, last);
    expect(await hashOf(page)).toBe(`#/booth/${last}`);
    await waitToStandAt(page, placement.viewpoint[0], placement.viewpoint[2]);
    // A click on a booth travels; only a click on the world around captures the mouse.
    expect(await page.evaluate(() => document.pointerLockElement)).toBeNull();
  });

  it("travels to an alternative from the booth's own travel control", async () => {
    const { page } = await openWorld(pages, '#/booth/spatial');
    await dismissHelp(page);
    // Spatial's first alternative is Mona; its control is the top one on the fourth board.
    const button = boothPoint('spatial', [boardCenterX(3), boardBodyTop() - 0.14, TEXT_Z]);
    const target = await onScreen(page, button);
    await page.mouse.click(target.x, target.y);
    await waitForPlace(page, 'mona');
    expect(await hashOf(page)).toBe('#/booth/mona');
    expect(await page.evaluate(() => document.pointerLockElement)).toBeNull();
  });

  it('returns to the hub on H, through a history entry', async () => {
    const { page } = await openWorld(pages, '#/booth/spatial');
    await page.keyboard.press('KeyH');
    await waitForPlace(page, 'hub');
    expect(await hashOf(page)).toBe('#/');
    await waitToStandAt(page, HUB_VIEWPOINT.position[0], HUB_VIEWPOINT.position[2]);
  });

  it('returns to the hub from the visible Hub button', async () => {
    const { page } = await openWorld(pages, '#/booth/spatial');
    await page.getByRole('button', { name: 'Hub', exact: true }).click();
    await waitForPlace(page, 'hub');
  });

  it('captures the mouse on a click, looks around with it, and shows a crosshair', async () => {
    const { page } = await openWorld(pages);
    const box = await page.locator('canvas').first().boundingBox();
    if (!box) throw new Error('no canvas');
    // The sky, above booth #1: nothing there to travel to.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.1);
    await expect
      .poll(() => page.evaluate(() => document.pointerLockElement?.tagName))
      .toBe('CANVAS');
    await expect.poll(() => page.locator('.crosshair').count()).toBe(1);

    // Headless Chromium reports each synthetic move under lock and its undo (+d, then -d), so
    // the test sends the movement a real mouse would, once any glide the click began is over.
    await waitForStill(page);
    const before = await readWorld(page);
    await page.evaluate(() => {
      document.dispatchEvent(new MouseEvent('mousemove', { movementX: 120, movementY: -40 }));
    });
    await expect
      .poll(async () => (await readWorld(page)).direction[0])
      .toBeGreaterThan(before.direction[0] + 0.1);
    expect((await readWorld(page)).direction[1]).toBeGreaterThan(before.direction[1] + 0.02);
  });

  it('asks for another click, quietly, when the browser refuses to capture the mouse', async () => {
    const opened = await openWorld(pages);
    const { page } = opened;
    const box = await page.locator('canvas').first().boundingBox();
    if (!box) throw new Error('no canvas');
    const sky = { x: box.x + box.width / 2, y: box.y + box.height * 0.1 };
    await page.mouse.click(sky.x, sky.y);
    await expect.poll(() => page.evaluate(() => document.pointerLockElement !== null)).toBe(true);

    // Headless Chromium has no Esc cooldown of its own: release the mouse as Esc would, then
    // refuse the next request the way Chrome does within a second of Esc (a rejected promise
    // and a pointerlockerror event).
    await page.evaluate(() => {
      document.exitPointerLock();
      HTMLCanvasElement.prototype.requestPointerLock = () => {
        setTimeout(() => document.dispatchEvent(new Event('pointerlockerror')));
        return Promise.reject(new DOMException('Refused right after Esc', 'SecurityError'));
      };
    });
    await expect.poll(() => page.locator('.crosshair').count()).toBe(0);
    await page.mouse.click(sky.x, sky.y);

    const hint = page.getByRole('status').getByText('Click again to look around.');
    await expect.poll(() => hint.count()).toBe(1);
    await page.waitForTimeout(300);
    expect(opened.guard.report.unhandledRejections).toEqual([]);
  });

  it('shows the help card on a first visit, remembers its dismissal and brings it back', async () => {
    const { page } = await openWorld(pages);
    const card = page.getByRole('region', { name: 'Getting around' });
    await expect.poll(() => card.isVisible()).toBe(true);
    // The world says nothing of what it is: the card does, in a sentence, from the data.
    await expect(card.locator('p').first().textContent()).resolves.toMatch(
      /^10 metaverse platforms, one booth each, sized by score\.$/,
    );
    for (const control of ['W A S D or arrow keys', 'Shift', 'Esc', 'Click a booth', 'H']) {
      expect(await card.getByText(control, { exact: true }).count(), control).toBe(1);
    }
    await screenshot(page, 'navigation-help-card');

    // By keyboard: focus moves on to the ? button that brings the card back, not to the page.
    await card.getByRole('button', { name: 'Got it' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => card.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Show the controls',
    );
    await page.reload();
    await page.waitForFunction(
      () => (window as unknown as { __pavilion?: { ready?: boolean } }).__pavilion?.ready === true,
      null,
      { timeout: 90_000 },
    );
    expect(await card.count()).toBe(0);

    await page.keyboard.press('Shift+Slash');
    await expect.poll(() => card.count()).toBe(1);
    await page.getByRole('button', { name: 'Hide the controls' }).click();
    await expect.poll(() => card.count()).toBe(0);
    await page.getByRole('button', { name: 'Show the controls' }).click();
    await expect.poll(() => card.count()).toBe(1);
  });
});
