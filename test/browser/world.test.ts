import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { guideWeights, loadEmbeddedGuide } from '../../src/data';
import { derivePavilion } from '../../src/state/selectors';
import type { PavilionDebugSnapshot } from '../../src/world/debugHook';
import { assertSwiftShaderRenderer, useBrowser, usePages } from './harness';

/**
 * The 3D world through its automation hook (`?debug=1`). Booth views use the test-only `at=<id>`
 * parameter together with the address `#/booth/<id>`: whichever moves the camera first, it ends
 * at the booth's viewpoint, which the test checks before taking the screenshot.
 */

const guide = loadEmbeddedGuide();
const expected = derivePavilion(guide, guideWeights(guide));
const GUIDE_ORDER = [...guide.platforms].sort((a, b) => a.rank - b.rank).map((p) => p.id);
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

function readHook(page: Page): Promise<PavilionDebugSnapshot | null> {
  return page.evaluate(() => window.__pavilion ?? null);
}

/** Saves the canvas alone (the page below it is the DOM list) as a 1280x720 PNG. */
async function shootCanvas(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.locator('canvas').screenshot({ path: `${SHOTS}world-${name}.png` });
}

describe('the 3D world', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('becomes ready and lists ten booths in the guide order, larger for higher scores', async () => {
    const opened = await pages.open('/?debug=1', { ready: true });
    await assertSwiftShaderRenderer(opened.page);
    const hook = await readHook(opened.page);

    expect(hook?.place).toBe('hub');
    expect(hook?.booths.map((booth) => booth.id)).toEqual(GUIDE_ORDER);
    expect(hook?.booths.map((booth) => booth.rank)).toEqual(GUIDE_ORDER.map((_, i) => i + 1));
    const booths = hook?.booths ?? [];
    for (let i = 1; i < booths.length; i++) {
      const [higher, lower] = [booths[i - 1], booths[i]];
      expect(higher?.score).toBeGreaterThan(lower?.score ?? Number.POSITIVE_INFINITY);
      expect(higher?.scale).toBeGreaterThan(lower?.scale ?? Number.POSITIVE_INFINITY);
    }
    booths.forEach((booth, i) => {
      const placed = expected.layout.booths[i]?.position ?? [];
      booth.position.forEach((value, axis) => {
        expect(value).toBeCloseTo(placed[axis] ?? NaN, 5);
      });
    });
  });

  it('starts in the hub facing booth #1 and stays within the hub draw-call budget', async () => {
    const opened = await pages.open('/?debug=1', { ready: true });
    const hook = await readHook(opened.page);

    expect(hook?.camera.direction[2]).toBeCloseTo(-1, 3);
    expect(hook?.renderer.calls).toBeGreaterThan(0);
    expect(hook?.renderer.calls).toBeLessThanOrEqual(60);
    expect(hook?.renderer.triangles).toBeLessThanOrEqual(300_000);
    await shootCanvas(opened.page, 'hub');
  });

  it('draws no frames while nothing moves', async () => {
    const opened = await pages.open('/?debug=1', { ready: true });
    // Let late work (text typesetting, layout flips) settle, then watch a quiet second.
    await opened.page.waitForTimeout(1500);
    const before = (await readHook(opened.page))?.frames ?? 0;
    await opened.page.waitForTimeout(1000);
    const after = (await readHook(opened.page))?.frames ?? 0;

    expect(after).toBe(before);
  });

  it('publishes a frozen snapshot that page scripts cannot change', async () => {
    const opened = await pages.open('/?debug=1', { ready: true });
    const attempt = await opened.page.evaluate(() => {
      const hook = window.__pavilion;
      const writes = [
        () => Object.assign(hook ?? {}, { ready: false }),
        () => Object.assign(window, { __pavilion: null }),
        () => Array.prototype.pop.call(hook?.booths ?? []),
      ];
      return writes.map((write) => {
        try {
          write();
          return 'changed';
        } catch {
          return 'refused';
        }
      });
    });

    expect(attempt).toEqual(['refused', 'refused', 'refused']);
    expect((await readHook(opened.page))?.ready).toBe(true);
  });

  it('has no hook without ?debug=1', async () => {
    const opened = await pages.open('/');
    await opened.page.locator('canvas').waitFor();
    await opened.page.waitForTimeout(1000);

    expect(
      await opened.page.evaluate(() => 'window.__pavilion' in window || '__pavilion' in window),
    ).toBe(false);
  });

  it('shows the hub boards behind the start', async () => {
    // One world at a time: each is closed once shot (and still checked after the test).
    const ahead = await pages.open('/?debug=1&at=hub-boards', { ready: true });
    await shootCanvas(ahead.page, 'hub-boards');
    await ahead.close();
    for (const turn of [-60, 60]) {
      const turned = await pages.open(`/?debug=1&at=hub-boards&turn=${turn}`, { ready: true });
      await shootCanvas(turned.page, `hub-boards-${turn < 0 ? 'right' : 'left'}`);
      await turned.close();
    }
  });

  it.each(GUIDE_ORDER)('frames booth %s from its viewpoint', async (id) => {
    const opened = await pages.open(`/?debug=1&at=${id}#/booth/${id}`, { ready: true });
    const placement = expected.layout.booths[expected.indexById.get(id) ?? -1];
    const [x, , z] = placement?.viewpoint ?? [NaN, 0, NaN];
    await expect
      .poll(async () => {
        const position = (await readHook(opened.page))?.camera.position ?? [0, 0, 0];
        return Math.hypot(position[0] - x, position[2] - z);
      })
      .toBeLessThan(0.05);
    // A booth up close shows its panels: more draw calls than its sign alone.
    expect((await readHook(opened.page))?.renderer.calls).toBeGreaterThan(10);
    await shootCanvas(opened.page, `booth-${id}`);
  });
});
