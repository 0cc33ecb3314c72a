import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  screenshot,
  useBrowser,
  usePages,
  viewShot,
  waitForWorld,
} from './harness';
import { boothNames, chose2D, focusedElement, GUIDE_ORDER_NAMES, hook } from './twin-page';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

describe('the DOM twin', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('paints its headings before the 3D chunk has loaded', async () => {
    const { page } = await pages.open('/', { waitUntil: 'domcontentloaded' });
    // Hold the world's chunk back: the twin must not wait for it.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/World3D-.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload({ waitUntil: 'domcontentloaded' });

    await page.getByRole('heading', { level: 2, name: /The hub/ }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Metaverse Pavilion');
    expect(await boothNames(page)).toEqual(GUIDE_ORDER_NAMES);
    expect(await page.evaluate(() => document.querySelector('canvas'))).toBeNull();
    release();
    await page.locator('canvas').waitFor();
  });

  it("shows every booth's facts in words, with safe links to the official sites", async () => {
    const { page } = await pages.open('/');
    const upland = page.locator('article[data-platform="upland"]');

    await expect(upland.getByRole('heading', { level: 3 }).textContent()).resolves.toMatch(
      /^Upland/,
    );
    const devices = await upland.getByRole('list', { name: 'Devices' }).textContent();
    expect(devices).toContain('Web browser: not stated');
    const tooling = await upland.getByRole('list', { name: 'Build tools' }).textContent();
    expect(tooling).toContain('SDK: supported');
    await expect(upland.locator('[data-fact="fees"]').textContent()).resolves.toContain(
      'marketplace fees',
    );
    expect(await upland.getByRole('table').locator('tbody tr').count()).toBe(6);
    expect(await upland.getByRole('button', { name: /The Sandbox, go to its booth/ }).count()).toBe(
      1,
    );

    const links = await page.locator('#twin a[href^="https:"]').evaluateAll((anchors) =>
      anchors.map((a) => ({
        href: (a as HTMLAnchorElement).href,
        text: a.textContent ?? '',
        rel: a.getAttribute('rel'),
        target: a.getAttribute('target'),
        referrer: a.getAttribute('referrerpolicy'),
      })),
    );
    expect(links).toHaveLength(10);
    for (const link of links) {
      expect(link.rel).toBe('noopener noreferrer');
      expect(link.target).toBe('_blank');
      expect(link.referrer).toBe('no-referrer');
      expect(link.text).toContain(new URL(link.href).hostname);
    }
  });

  it('reads its places, booths and links as sentences a screen reader can speak', async () => {
    const { page } = await pages.open('/');
    const places = page.getByRole('navigation', { name: 'Places to visit' });
    // Names as Chromium computes them from the page, not as the source spells them.
    const spatial = places.getByRole('button', { name: /Spatial/ });
    await expect(spatial.evaluate((button) => button.ariaLabel)).resolves.toMatch(
      /^#5 Spatial, score \d+\.\d$/,
    );
    expect(await places.getByRole('button', { name: /^#5 Spatial, score \d+\.\d$/ }).count()).toBe(
      1,
    );
    expect(await places.getByRole('button', { name: /^The hub, methods/ }).count()).toBe(1);
    // The button's words still show, in the same order, for those who say what they see.
    expect((await spatial.textContent())?.replace(/\s+/g, ' ')).toMatch(
      /^#5 Spatial score \d+\.\d$/,
    );

    const voxels = page.locator('article[data-platform="voxels"]');
    const link = voxels.getByRole('link', {
      name: 'Official site voxels.com (opens in a new tab)',
      exact: true,
    });
    expect(await link.count()).toBe(1);
    // The name comes before the rank in reading order; the badge still shows on the left.
    const order = await voxels.evaluate((card) => {
      const heading = card.querySelector('h3');
      const rank = card.querySelector('.platform-card__rank');
      if (!heading || !rank) return null;
      return {
        headingFirst: Boolean(
          heading.compareDocumentPosition(rank) & Node.DOCUMENT_POSITION_FOLLOWING,
        ),
        rankLeft: rank.getBoundingClientRect().right <= heading.getBoundingClientRect().left,
      };
    });
    expect(order).toEqual({ headingFirst: true, rankLeft: true });
  });

  it('shows the hub: weights, decision guide, safety tips, mistakes and answers', async () => {
    const opened = await pages.open('/');
    const hub = opened.page.locator('section[data-place="hub"]');

    const weights = await hub.getByRole('table').locator('tbody tr').allTextContents();
    expect(weights).toHaveLength(6);
    expect(weights[0]).toMatch(/^Liquidity.*30 %30 %$/);
    for (const name of [
      'Which platform for what',
      'Staying safe',
      'Beginner mistakes',
      'Questions and answers',
    ]) {
      await hub.getByRole('heading', { level: 3, name }).waitFor();
    }
    expect(await hub.locator('details summary').count()).toBe(7);
    expect(await hub.getByRole('button', { name: /go to its booth/ }).count()).toBe(10);
    // The use case joins the sentence with its acronyms as written.
    const sandbox =
      'The Sandbox, go to its booth (for brand and IP campaigns with seasons of user content)';
    expect(await hub.getByRole('button', { name: sandbox, exact: true }).count()).toBe(1);
  });

  it('travels in 3D when a booth is chosen, and announces the arrival', async () => {
    const { page } = await pages.open('/?debug=1', { ready: true });

    await page
      .getByRole('navigation', { name: 'Places to visit' })
      .getByRole('button', {
        name: /Spatial/,
      })
      .click();

    await expect.poll(async () => (await hook(page))?.place).toBe('spatial');
    await expect
      .poll(() => page.locator('[data-arrivals]').textContent())
      .toMatch(/^Spatial, rank 5, score \d+\.\d$/);
    expect((await focusedElement(page)).booth).toBe('spatial');
    expect(
      await page.locator('.directory__button[aria-current="location"]').textContent(),
    ).toContain('Spatial');
  });

  it("moves the twin's focus when the visitor travels in 3D, but not out of a dialog", async () => {
    const { page } = await pages.open('/?debug=1', { ready: true });

    // The address travels like a click in the world would (cause: history).
    await page.evaluate(() => {
      window.location.hash = '#/booth/mona';
    });
    await expect.poll(async () => (await hook(page))?.place).toBe('mona');
    await expect.poll(async () => (await focusedElement(page)).booth).toBe('mona');

    await page.getByRole('button', { name: 'Help me choose' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Next' }).focus();
    await page.evaluate(() => {
      window.location.hash = '#/booth/voxels';
    });
    await expect.poll(async () => (await hook(page))?.place).toBe('voxels');
    expect((await focusedElement(page)).text).toBe('Next');
  });

  it('fills the first screen with the world under a compact top bar', async () => {
    const { page } = await pages.open('/?debug=1', { ready: true });
    const bar = await page.locator('.topbar').boundingBox();
    const canvas = await page.locator('canvas').boundingBox();

    expect(bar?.height).toBeLessThanOrEqual(64);
    expect(canvas?.y).toBeCloseTo((bar?.y ?? 0) + (bar?.height ?? 0), 0);
    expect((canvas?.y ?? 0) + (canvas?.height ?? 0)).toBeCloseTo(720, 0);
    for (const name of ['Help me choose', 'Weights', 'Copy link', '2D view', 'Hub']) {
      await page.locator('.topbar').getByRole('button', { name, exact: true }).waitFor();
    }
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}layout-3d-desktop.png` });
  });

  it('switches to the 2D view and back, and remembers the choice', async () => {
    const { page } = await pages.open('/');
    await page.getByRole('button', { name: '2D view', exact: true }).click();

    await page.getByRole('complementary', { name: 'About this view' }).waitFor();
    expect(await page.locator('canvas').count()).toBe(0);
    await page.reload();
    await page.getByRole('complementary', { name: 'About this view' }).waitFor();
    expect(
      await page.getByRole('button', { name: '2D view', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    await screenshot(page, 'twin-2d-desktop');

    await page.getByRole('button', { name: 'Open the 3D view' }).click();
    await page.locator('canvas').waitFor();
    await page.reload();
    await page.locator('canvas').waitFor();
  });

  it("opens the 2D view at the booth the visitor stands at, that booth's heading focused", async () => {
    const { page } = await pages.open('/?debug=1#/booth/voxels', { ready: true });
    await page.getByRole('button', { name: '2D view', exact: true }).click();
    await page.getByRole('complementary', { name: 'About this view' }).waitFor();

    const heading = page.locator('#platform-voxels');
    await expect.poll(() => heading.evaluate((node) => node === document.activeElement)).toBe(true);
    // In sight, below the sticky bar.
    const bar = (await page.locator('.topbar').boundingBox())?.height ?? Number.NaN;
    const top = (await heading.boundingBox())?.y ?? Number.NaN;
    expect(top).toBeGreaterThanOrEqual(bar);
    expect(top).toBeLessThan(720 / 2);
    await viewShot(page, 'twin-2d-from-booth');
  });

  it('scrolls to each place again on Back after trips in the 2D view', async () => {
    const { page } = await pages.open('/', { prepare: chose2D });
    const places = page.getByRole('navigation', { name: 'Places to visit' });
    const trips = [
      ['The Sandbox', 'the-sandbox'],
      ['Spatial', 'spatial'],
      ['Mona', 'mona'],
    ] as const;
    for (const [name, id] of trips) {
      // From the list at the top each time, as a visitor going back up to choose would.
      await page.evaluate(() => window.scrollTo(0, 0));
      await places.getByRole('button', { name: new RegExp(name) }).click();
      await page.waitForFunction(
        (heading) => document.activeElement?.id === heading,
        `platform-${id}`,
      );
    }
    for (const id of ['spatial', 'the-sandbox']) {
      await page.goBack();
      await page.waitForFunction(
        (heading) => document.activeElement?.id === heading,
        `platform-${id}`,
      );
      const top = await page
        .locator(`#platform-${id}`)
        .evaluate((h) => h.getBoundingClientRect().top);
      expect(top, id).toBeGreaterThanOrEqual(0);
      expect(top, id).toBeLessThan(720 / 2);
    }
  });

  it('makes a good 2D page on a phone', async () => {
    const { page } = await pages.open('/', {
      viewport: { width: 390, height: 844 },
      touch: true,
      mobile: true,
    });
    await page.getByRole('button', { name: 'Use the 2D view instead' }).tap();
    await page.getByRole('complementary', { name: 'About this view' }).waitFor();

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.screenshot({ path: `${SHOTS}twin-2d-phone.png` });
    await screenshot(page, 'twin-2d-phone-full');
  });
});

describe('the content security policy', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('is served in the page and as a header, the same but for frame-ancestors', async () => {
    const opened = await pages.open('/?debug=1');
    const { page } = opened;
    const response = await page.reload();
    const header = response?.headers()['content-security-policy'] ?? '';
    const meta =
      (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ??
      '';

    expect(header).toBe(CONTENT_SECURITY_POLICY);
    expect(`${meta}; frame-ancestors 'none'`).toBe(header);
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);

    // The world, its text worker and a trip: nothing breaks the policy (the guard checks).
    await waitForWorld(page);
    await page
      .getByRole('navigation', { name: 'Places to visit' })
      .getByRole('button', { name: /Oncyber/ })
      .click();
    await expect.poll(async () => (await hook(page))?.place).toBe('oncyber');
    opened.guard.assertClean();
    expect(opened.guard.report.cspViolations).toEqual([]);
  });
});
