import type { BrowserContext, Page } from 'playwright-core';
import type { PavilionDebugSnapshot } from '../../src/world/debugHook';

/** Helpers shared by the twin, accessibility and failure tests. */

/** The guide's published order, by platform name. */
export const GUIDE_ORDER_NAMES = [
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

/** The twin's booth sections, in document order, by the name in their heading. */
export function boothNames(page: Page): Promise<string[]> {
  return page
    .locator('#twin article[data-platform] h3')
    .evaluateAll((headings) => headings.map((h) => h.firstChild?.textContent?.trim() ?? ''));
}

export function hook(page: Page): Promise<PavilionDebugSnapshot | null> {
  return page.evaluate(() =>
    window.__pavilion
      ? (JSON.parse(JSON.stringify(window.__pavilion)) as PavilionDebugSnapshot)
      : null,
  );
}

/** Describes the focused element: its tag, text, and the booth section it sits in. */
export function focusedElement(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      id: element?.id ?? '',
      text: element?.textContent?.trim() ?? '',
      booth: element?.closest('[data-platform]')?.getAttribute('data-platform') ?? '',
    };
  });
}

/** A visitor who chose the 2D view last time: the page opens in it, without the 3D chunk. */
export async function chose2D(context: BrowserContext) {
  await context.addInitScript(() => {
    // The blank page a new tab starts on has no storage of its own.
    if (location.protocol === 'http:') {
      localStorage.setItem('pavilion:view:v1', JSON.stringify({ view: '2d' }));
    }
  });
}
