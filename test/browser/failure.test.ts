import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowser, usePages, waitForWorld } from './harness';
import { boothNames, GUIDE_ORDER_NAMES, hook } from './twin-page';

/**
 * Failures that must not lose the visit: the graphics context taken away and given back (or
 * not), and a 3D view that cannot start at all. WebGL switched off is in failure-webgl.test.ts.
 */

/** Takes the world's WebGL context away, as a driver reset would; keeps the handle to restore. */
function loseContext(page: Page): Promise<void> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    const gl = canvas?.getContext('webgl2');
    const lose = gl?.getExtension('WEBGL_lose_context');
    if (!lose) throw new Error('no WEBGL_lose_context on the world canvas');
    (window as unknown as { __lose: WEBGL_lose_context }).__lose = lose;
    lose.loseContext();
  });
}

function restoreContext(page: Page): Promise<void> {
  return page.evaluate(() => {
    (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext();
  });
}

/** Travels to Mona from the twin and sets Costs to 20 with the keyboard, then waits for rest. */
async function setUpAVisit(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Places to visit' })
    .getByRole('button', {
      name: /Mona/,
    })
    .click();
  await expect.poll(async () => (await hook(page))?.place).toBe('mona');
  await page.getByRole('button', { name: 'Weights', exact: true }).click();
  await page.locator('input[name="weight-costs"]').fill('20');
  await page.getByRole('button', { name: 'Weights', exact: true }).click();
}

/** Waits until the world has drawn no frame for half a second (glides and tweens are over). */
async function waitForRest(page: Page): Promise<void> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const frames = (await hook(page))?.frames ?? 0;
        const still = frames === last;
        last = frames;
        return still;
      },
      { interval: 500, timeout: 30_000 },
    )
    .toBe(true);
}

const recovering = (page: Page) =>
  page.locator('[data-notice="world-context"]').filter({ hasText: 'Recovering' });

describe('when the 3D view fails', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('resumes where it was after a lost WebGL context comes back', async () => {
    const { page } = await pages.open('/?debug=1', { reducedMotion: true, ready: true });
    await setUpAVisit(page);
    await waitForRest(page);
    const before = await hook(page);

    await loseContext(page);
    await recovering(page).waitFor();
    await page.waitForTimeout(500);
    await restoreContext(page);

    await recovering(page).waitFor({ state: 'detached' });
    await expect.poll(async () => (await hook(page))?.frames).toBeGreaterThan(before?.frames ?? 0);
    const after = await hook(page);
    expect(after?.place).toBe('mona');
    expect(after?.booths).toEqual(before?.booths);
    expect(after?.camera.position).toEqual(before?.camera.position);
    expect(await page.locator('input[name="weight-costs"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Weights', exact: true }).click();
    expect(await page.locator('input[name="weight-costs"]').inputValue()).toBe('20');
    expect(await page.locator('canvas').count()).toBe(1);
    // A frame with text drawn after the restore: the scene is really back, not just counting.
    await page.mouse.move(640, 400);
    expect((await hook(page))?.renderer.calls).toBeGreaterThan(0);
  });

  it('lets the 2D view take over, keeping place and weights, if no context returns', async () => {
    const opened = await pages.open('/?debug=1', { reducedMotion: true, ready: true });
    const { page } = opened;
    await setUpAVisit(page);

    await loseContext(page);
    await recovering(page).waitFor();
    const note = page.getByRole('complementary', { name: 'About this view' });
    await note.waitFor({ timeout: 10_000 });

    expect(await note.getAttribute('data-reason')).toBe('context-lost');
    expect(await page.locator('canvas').count()).toBe(0);
    expect(await page.locator('.topbar__place').textContent()).toContain('Mona');
    expect(
      await page.locator('.directory__button[aria-current="location"]').textContent(),
    ).toContain('Mona');
    await page.getByRole('button', { name: 'Weights', exact: true }).click();
    expect(await page.locator('input[name="weight-costs"]').inputValue()).toBe('20');
    // Nothing reloaded: the page's own marker survives.
    expect(
      await page.evaluate(() => typeof (window as unknown as { __lose?: unknown }).__lose),
    ).toBe('object');
    // Unmounting a renderer whose context is gone: three cannot release what is already lost.
    const { consoleProblems } = opened.guard.report;
    const unexpected = consoleProblems.filter((line) => !/WEBGL_lose_context/.test(line));
    expect(unexpected).toEqual([]);
    consoleProblems.length = 0;
  });

  it('falls back to the twin with a notice when the Canvas cannot be created', async () => {
    const { page, guard } = await pages.open('/', { waitUntil: 'domcontentloaded' });
    // The shell's first probe gets a real context; three's own request then gets none.
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      let calls = 0;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        ...args: Parameters<typeof original>
      ) {
        if (String(args[0]).startsWith('webgl') && ++calls > 1) return null;
        return original.apply(this, args);
      } as typeof original;
    });
    await page.reload();

    const note = page.getByRole('complementary', { name: 'About this view' });
    await note.waitFor({ timeout: 30_000 });
    expect(await note.getAttribute('data-reason')).toBe('crashed');
    expect(await note.textContent()).toContain('WebGL');
    await page.locator('[data-notice="view-fallback"]').waitFor();
    expect(await boothNames(page)).toEqual(GUIDE_ORDER_NAMES);

    // The failure itself is logged by three.js and React, and troika notes that it cannot use
    // WebGL for glyphs either; nothing else may be.
    const expected = /WebGL context|WebGLRenderer|WebGL SDF generation not supported/;
    const unexpected = guard.report.consoleProblems.filter((line) => !expected.test(line));
    expect(unexpected).toEqual([]);
    guard.report.consoleProblems.length = 0;
  });

  it('offers a way back from a refused dataset that reaches the hub on the embedded guide', async () => {
    const foreign = encodeURIComponent('https://example.com/platforms.json');
    const opened = await pages.open(`/?debug=1&data=${foreign}&w=30.25.15.20.5.5`);
    const { page } = opened;
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('The dataset named in the address was refused');
    expect(await page.locator('.problem-page__list').textContent()).toContain('another site');
    await screenshot(page, 'problem-page-way-back');

    await page.getByRole('link', { name: 'Open the pavilion with its own guide' }).click();
    await waitForWorld(page);
    const search = await page.evaluate(() => window.location.search);
    expect(search).toContain('debug=1');
    expect(search).not.toContain('data=');
    expect((await hook(page))?.place).toBe('hub');
    expect(await boothNames(page)).toHaveLength(GUIDE_ORDER_NAMES.length);
    expect(opened.guard.report.foreignRequests).toEqual([]);
  });
});
