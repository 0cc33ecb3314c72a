import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, screenshot, useBrowser, usePages } from './harness';

/** The guide's published order, by platform name as the page shows it. */
const GUIDE_ORDER = [
  'Decentraland',
  'The Sandbox',
  'Somnium Space',
  'Voxels',
  'Spatial',
  'Mona',
  'Oncyber',
  'Nifty Island',
  'Upland',
  'Otherside',
];

interface ShownPlatform {
  readonly name: string;
  readonly score: number;
  readonly link: { readonly href: string; readonly rel: string; readonly target: string };
}

/** Reads the ranking as a visitor sees it: list items in document order. */
async function readRanking(page: Page): Promise<ShownPlatform[]> {
  await page.getByRole('heading', { level: 3 }).first().waitFor();
  const ranking = page.getByRole('list').filter({ has: page.getByRole('article') });
  return ranking.getByRole('article').evaluateAll((cards) =>
    cards.map((card) => {
      const link = card.querySelector('a');
      return {
        name: card.querySelector('h3')?.textContent ?? '',
        score: Number(card.querySelector('.platform-card__score-value')?.textContent),
        link: {
          href: link?.href ?? '',
          rel: link?.rel ?? '',
          target: link?.target ?? '',
        },
      };
    }),
  );
}

describe('the ranked list of platforms', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it("shows the ten platforms in the guide's order, each scored, highest first", async () => {
    const { page } = await pages.open('/');

    await expect(page.title()).resolves.toBe('Metaverse Pavilion');
    const shown = await readRanking(page);

    expect(shown.map((platform) => platform.name)).toEqual(GUIDE_ORDER);
    for (const platform of shown) {
      expect(platform.score, platform.name).toBeGreaterThan(0);
      expect(platform.score, platform.name).toBeLessThanOrEqual(100);
    }
    for (let i = 1; i < shown.length; i += 1) {
      expect(shown[i]?.score).toBeLessThanOrEqual(shown[i - 1]?.score ?? Number.NaN);
    }
    await screenshot(page, 'ranked-list-desktop');
  });

  it('links each platform to its official site in a new tab, without an opener', async () => {
    const opened = await pages.open('/');
    const shown = await readRanking(opened.page);

    for (const { name, link } of shown) {
      expect(link.href, name).toMatch(/^https:\/\/[a-z0-9.-]+\/$/);
      expect(link.target, name).toBe('_blank');
      expect(link.rel.split(' ').sort(), name).toEqual(['noopener', 'noreferrer']);
    }
  });

  it('fits a 390 px wide phone without sideways scrolling', async () => {
    const { page } = await pages.open('/', {
      viewport: { width: 390, height: 844 },
      touch: true,
      mobile: true,
    });
    const shown = await readRanking(page);

    expect(shown).toHaveLength(GUIDE_ORDER.length);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await screenshot(page, 'ranked-list-phone');
  });

  it('is served under the strict policy and draws its text in the local Inter font', async () => {
    const { page } = await pages.open('/');
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await readRanking(page);

    const interFaces = await page.evaluate(async () => {
      await document.fonts.ready;
      const faces: string[] = [];
      document.fonts.forEach((face) => {
        if (face.family.replaceAll('"', '') === 'Inter')
          faces.push(`${face.weight} ${face.status}`);
      });
      return faces.sort();
    });
    expect(interFaces).toEqual(['400 loaded', '700 loaded']);
  });
});
