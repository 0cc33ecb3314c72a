import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset';
import { embeddedGuide } from '../../src/data/guide';
import { type GuardedPage, openPage, useBrowser } from './harness';

/**
 * A light guard on the performance budgets, by counts rather than times (`npm run bench` measures
 * the rest). Datasets are written into the served dist/ folder, so the page fetches them from
 * its own origin as a visitor's ?data= address would.
 */

const SERVED = fileURLToPath(new URL('../../dist/bench/', import.meta.url));
const HUB_CALL_BUDGET = 60;

async function serveJson(name: string, body: string): Promise<void> {
  await mkdir(SERVED, { recursive: true });
  await writeFile(`${SERVED}${name}`, body);
}

async function waitUntilReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__pavilion?.ready === true, null, { timeout: 90_000 });
}

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
  let opened: GuardedPage | undefined;

  beforeAll(async () => {
    await serveJson('platforms-10.json', JSON.stringify(generateDataset(embeddedGuide, 10)));
    await serveJson('platforms-200.json', JSON.stringify(generateDataset(embeddedGuide, 200)));
    const broken = { ...embeddedGuide, lastUpdated: 'September 2025' };
    await serveJson('broken.json', JSON.stringify(broken));
    await serveJson('not-json.json', '<html>not a dataset</html>');
  });

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

  it('draws the hub of ten platforms in at most 60 calls and nothing while still', async () => {
    opened = await openPage(browser(), '/?debug=1');
    await waitUntilReady(opened.page);

    expect(await framesWhileStill(opened.page, 1000)).toBe(0);
    expect(await hubCalls(opened.page)).toBeLessThanOrEqual(HUB_CALL_BUDGET);
  });

  it('loads 200 platforms from ?data= with hub calls within twice those of ten', async () => {
    opened = await openPage(browser(), '/?debug=1&data=/bench/platforms-10.json');
    await waitUntilReady(opened.page);
    await framesWhileStill(opened.page, 0);
    const tenCalls = await hubCalls(opened.page);
    opened.guard.assertClean();
    await opened.close();

    opened = await openPage(browser(), '/?debug=1&data=/bench/platforms-200.json');
    await waitUntilReady(opened.page);
    await framesWhileStill(opened.page, 0);
    const booths = await opened.page.evaluate(() => window.__pavilion?.booths.length);

    expect(booths).toBe(200);
    expect(tenCalls).toBeGreaterThan(0);
    expect(await hubCalls(opened.page)).toBeLessThanOrEqual(2 * tenCalls);
  });

  it.each([
    ['another host', 'https://example.com/bench/platforms-10.json', 'another site'],
    ['a protocol-relative address', '//example.com/bench/platforms-10.json', '"//"'],
    ['a data: address', 'data:application/json,{}', '"data:"'],
  ])('refuses %s without fetching it, and says why', async (_kind, value, reason) => {
    opened = await openPage(browser(), `/?data=${encodeURIComponent(value)}`);
    const page = opened.page;

    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('The dataset named in the address was refused');
    expect(await page.locator('.problem-page__list').textContent()).toContain(reason);
    expect(opened.guard.report.foreignRequests).toEqual([]);
  });

  it('names the field and the value when the file fails its checks', async () => {
    opened = await openPage(browser(), '/?data=/bench/broken.json');
    const page = opened.page;

    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('The dataset /bench/broken.json did not pass its checks');
    expect(await page.locator('.problem-page__list').textContent()).toContain(
      'lastUpdated = "September 2025"',
    );
  });

  it('says so when the file is not JSON', async () => {
    opened = await openPage(browser(), '/?data=/bench/not-json.json');
    const page = opened.page;

    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('The dataset named in the address could not be loaded');
    expect(await page.locator('.problem-page__list').textContent()).toContain('not valid JSON');
  });
});
