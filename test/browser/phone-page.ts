import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Pages } from './harness';

/** Helpers for the phone layout tests: opening at a screen size, and boxes seen on screen. */

export const PORTRAIT = { width: 390, height: 844 } as const;
export const LANDSCAPE = { width: 844, height: 390 } as const;
export const DESKTOP = { width: 1280, height: 720 } as const;

/** The smallest target a finger hits reliably (WCAG 2.5.5, Apple and Android guidance). */
export const MIN_TARGET = 44;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

type Viewport = { readonly width: number; readonly height: number };

/** Opens the app with the debug hook at a screen size and waits for the world's first frame. */
export function openAt(
  pages: Pages,
  viewport: Viewport,
  { touch = false, hash = '' }: { readonly touch?: boolean; readonly hash?: string } = {},
) {
  return pages.open(`/?debug=1${hash}`, { touch, mobile: touch, viewport, ready: true });
}

export async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`"${selector}" is not on the page`);
  return box;
}

export function inside(box: Box, outer: Box, slack = 0.5): boolean {
  return (
    box.x >= outer.x - slack &&
    box.y >= outer.y - slack &&
    box.x + box.width <= outer.x + outer.width + slack &&
    box.y + box.height <= outer.y + outer.height + slack
  );
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Every button in the top bar: its name, its box, and whether a tap at its centre reaches it
 * (nothing covers it, and it is not scrolled or clipped away).
 */
export function topBarTools(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLButtonElement>('.topbar button')]
      .filter((button) => !button.closest('.kiosk-panel'))
      .map((button) => {
        const box = button.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return {
          name: button.getAttribute('aria-label') ?? button.textContent?.trim() ?? '',
          box: { x: box.x, y: box.y, width: box.width, height: box.height },
          reached: hit !== null && button.contains(hit),
        };
      }),
  );
}

/** Asserts that every top-bar tool shows whole on screen, is big enough and takes a tap. */
export async function expectToolsReachable(page: Page, viewport: Viewport) {
  const screen = { x: 0, y: 0, ...viewport };
  const tools = await topBarTools(page);
  const names = tools.map((tool) => tool.name);
  for (const name of ['Help me choose', 'Weights', 'Copy link', '2D view', 'Hub']) {
    expect(names).toContain(name);
  }
  expect(names.some((name) => /controls/.test(name))).toBe(true);
  for (const tool of tools) {
    expect(inside(tool.box, screen), `${tool.name} shows whole on screen`).toBe(true);
    expect(tool.box.width, `${tool.name} is wide enough`).toBeGreaterThanOrEqual(MIN_TARGET);
    expect(tool.box.height, `${tool.name} is tall enough`).toBeGreaterThanOrEqual(MIN_TARGET);
    expect(tool.reached, `${tool.name} takes a tap at its centre`).toBe(true);
  }
  // Nothing is left to scroll to sideways.
  const overflow = await page.evaluate(() =>
    // The place line may end in an ellipsis; the rows that hold tools may not overflow.
    [...document.querySelectorAll('.topbar, .topbar__tools, .topbar__nav, .kiosk-dock__bar')].some(
      (element) => element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0,
    ),
  );
  expect(overflow).toBe(false);
}
