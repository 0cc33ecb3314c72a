import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, usePages } from './harness';
import { focusedElement, hook } from './twin-page';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** Where the test serves axe-core: same origin, so the page's strict CSP lets it run. */
const AXE_URL = '/__test__/axe.min.js';

/**
 * Loads axe-core into the page as a same-origin script. `addScriptTag({ path })` would inline it,
 * which the app's CSP (rightly) refuses; the page's own route serves the file instead.
 */
async function injectAxe(page: Page): Promise<void> {
  const source = await readFile(AXE_PATH, 'utf8');
  await page.route(`**${AXE_URL}`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: source }),
  );
  await page.addScriptTag({ url: AXE_URL });
}

/** Runs axe-core on the page (or one part of it) and returns serious and critical findings. */
async function seriousFindings(page: Page, include?: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await injectAxe(page);
  return page.evaluate(async (selector) => {
    type Axe = {
      run(context: unknown): Promise<{
        passes: unknown[];
        violations: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: unknown[] }[];
        }[];
      }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(selector ? { include: [selector] } : document);
    // An empty scan proves nothing: axe must have checked something.
    if (result.passes.length === 0) throw new Error('axe checked nothing');
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((node) => String(node.target)),
      }));
  }, include);
}

describe('accessibility', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('has no serious or critical axe findings in the twin beside the 3D world', async () => {
    const opened = await pages.open('/?debug=1', { ready: true });
    expect(await seriousFindings(opened.page)).toEqual([]);
  });

  it('has none in the 2D view either', async () => {
    const opened = await pages.open('/');
    await opened.page.getByRole('button', { name: '2D view', exact: true }).click();
    await opened.page.getByRole('complementary', { name: 'About this view' }).waitFor();
    expect(await seriousFindings(opened.page)).toEqual([]);
  });

  it('has none with the kiosk dialog open, on a step and on the result', async () => {
    const { page } = await pages.open('/');
    await page.getByRole('button', { name: 'Help me choose' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await seriousFindings(page, '[role="dialog"]')).toEqual([]);

    for (let step = 0; step < 12; step += 1) {
      const finish = dialog.getByRole('button', { name: 'See my picks' });
      if (await finish.count()) {
        await finish.click();
        break;
      }
      await dialog.getByRole('button', { name: 'Next' }).click();
    }
    await dialog.getByRole('heading', { name: 'Your top three' }).waitFor();
    expect(await seriousFindings(page, '[role="dialog"]')).toEqual([]);
  });

  it("finds Upland's fees and travels to its booth by keyboard alone", async () => {
    const { page } = await pages.open('/?debug=1', { ready: true });

    // The first Tab reaches the skip link; Enter jumps past the toolbar and the world.
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).text).toBe('Skip to the pavilion in text');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).text).toMatch(/^⌂ The hub/);

    // Down the directory with the arrow keys: the hub, then #1 to #9.
    const still = (await hook(page))?.camera.position;
    for (let i = 0; i < 9; i += 1) await page.keyboard.press('ArrowDown');
    expect((await focusedElement(page)).text).toMatch(/^#9 Upland/);
    // Arrow keys in the directory never walk the camera.
    await page.waitForTimeout(300);
    expect((await hook(page))?.camera.position).toEqual(still);
    await page.keyboard.press('Enter');

    await expect.poll(async () => (await hook(page))?.place).toBe('upland');
    const focused = await focusedElement(page);
    expect(focused.booth).toBe('upland');
    const fees = page.locator('article[data-platform="upland"] [data-fact="fees"]');
    expect(await fees.textContent()).toContain('The marketplace charges fees');
    expect(await fees.isVisible()).toBe(true);
    await expect.poll(async () => (await hook(page))?.camera.position).not.toEqual(still);
  });
});
