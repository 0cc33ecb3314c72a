import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset';
import { embeddedGuide } from '../../src/data/guide';
import { useBrowser, usePages } from './harness';

/**
 * A light guard on the performance budgets, by counts rather than times (`npm run bench` measures
 * the rest). Dataset files are answered at the app's own origin by the browser context (never
 * written into the shared dist/ folder, which another test run may rebuild at any moment), so
 * the page fetches them as a visitor's ?data= address would.
 */

const HUB_CALL_BUDGET = 60;

const DATASETS: Readonly<Record<string, string>> = {
  'platforms-10.json': JSON.stringify(generateDataset(embeddedGuide, 10)),
  'platforms-200.json': JSON.stringify(generateDataset(embeddedGuide, 200)),
  'broken.json': JSON.stringify({ ...embeddedGuide, lastUpdated: 'September 2025' }),
  'not-json.json': '<html>not a dataset</html>',
};

/** Answers DATASETS under /bench/ in a guarded context; anything else there goes on as before. */
async function serveDatasets(context: BrowserContext, origin: string): Promise<void> {
  // Registered after the guard's route, so Playwright asks this one first.
  await context.route(`${origin}/bench/*.json`, (route) => {
    const name = new URL(route.request().url()).pathname.replace('/bench/', '');
    const body = DATASETS[name];
    if (body === undefined) return route.fallback();
    return route.fulfill({ status: 200, contentType: 'application/json', body });
  });
}

const DATASET_ROUTES = { prepare: serveDatasets } as const;
const WORLD = { prepare: serveDatasets, ready: true } as const;

/** Frames drawn while the world is left alone for `ms`, after it has come to rest. */
async function framesWhileStill(page: Page, ms: number): Promise<number> {
  const frames = () => page.evaluate(() => window.__pavilion?.frames ?? 0);
  let before = await frames();
  // Come to rest first: readiness and level-of-detail may ask for a last frame or two.
  for (let settled = 0; settled < 5; ) {
    await page.waitForTimeout(200);
    const now = await frames();
    settled = now === before ? settled + 1 : 0;
    before = now;
  }
  await page.waitForTimeout(ms);
  return (await frames()) - before;
}

function hubCalls(page: Page): Promise<number> {
  return page.evaluate(() => window.__pavilion?.renderer.calls ?? Number.NaN);
}

describe('performance budgets (counts, not times)', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('draws the hub of ten platforms in at most 60 calls and nothing while still', async () => {
    const { page } = await pages.open('/?debug=1', WORLD);

    expect(await framesWhileStill(page, 1000)).toBe(0);
    expect(await hubCalls(page)).toBeLessThanOrEqual(HUB_CALL_BUDGET);
  });

  it('loads 200 platforms from ?data= with hub calls within twice those of ten', async () => {
    const ten = await pages.open('/?debug=1&data=/bench/platforms-10.json', WORLD);
    await framesWhileStill(ten.page, 0);
    const tenCalls = await hubCalls(ten.page);
    ten.guard.assertClean();
    // One world at a time; the after-test check still covers this page.
    await ten.close();

    const { page } = await pages.open('/?debug=1&data=/bench/platforms-200.json', WORLD);
    await framesWhileStill(page, 0);
    const booths = await page.evaluate(() => window.__pavilion?.booths.length);

    expect(booths).toBe(200);
    expect(tenCalls).toBeGreaterThan(0);
    expect(await hubCalls(page)).toBeLessThanOrEqual(2 * tenCalls);
  });

  it.each([
    ['another host', 'https://example.com/bench/platforms-10.json', 'another site'],
    ['a protocol-relative address', '//example.com/bench/platforms-10.json', '"//"'],
    ['a data: address', 'data:application/json,{}', '"data:"'],
  ])('refuses %s without fetching it, and says why', async (_kind, value, reason) => {
    const opened = await pages.open(`/?data=${encodeURIComponent(value)}`, DATASET_ROUTES);
    const { page } = opened;

    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('The dataset named in the address was refused');
    expect(await page.locator('.problem-page__list').textContent()).toContain(reason);
    expect(opened.guard.report.foreignRequests).toEqual([]);
  });

  it('names the field and the value when the file fails its checks', async () => {
    const { page } = await pages.open('/?data=/bench/broken.json', DATASET_ROUTES);

    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('The dataset /bench/broken.json did not pass its checks');
    expect(await page.locator('.problem-page__list').textContent()).toContain(
      'lastUpdated = "September 2025"',
    );
  });

  it('says so when the file is not JSON', async () => {
    const { page } = await pages.open('/?data=/bench/not-json.json', DATASET_ROUTES);

    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('The dataset named in the address could not be loaded');
    expect(await page.locator('.problem-page__list').textContent()).toContain('not valid JSON');
  });
});
