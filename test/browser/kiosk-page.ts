import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PavilionDebugSnapshot } from '../../src/world/debugHook';

export function snapshot(page: Page): Promise<PavilionDebugSnapshot> {
  return page.evaluate(() => {
    const hook = window.__pavilion;
    if (!hook) throw new Error('window.__pavilion is missing (open with ?debug=1)');
    return JSON.parse(JSON.stringify(hook)) as PavilionDebugSnapshot;
  });
}

/** Describes the focused element: its tag, type, name, value and text. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement))
      return { tag: '', type: '', name: '', value: '', text: '' };
    const input = element instanceof HTMLInputElement ? element : null;
    return {
      tag: element.tagName.toLowerCase(),
      type: input?.type ?? element.getAttribute('type') ?? '',
      name: input?.name ?? '',
      value: input?.value ?? '',
      text: element.textContent?.trim() ?? '',
    };
  });
}

type Focused = Awaited<ReturnType<typeof focused>>;

/**
 * Presses Tab (keyboard only) until the focused element matches; fails after `limit` presses.
 * The limit allows a full round of the page, which holds the whole DOM twin after the world.
 */
export async function tabTo(page: Page, matches: (f: Focused) => boolean, limit = 160) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(
    `Tab never reached the wanted control; last: ${JSON.stringify(await focused(page))}`,
  );
}

/** Picks option `index` of a radio group by keyboard: Tab into it, Space, then arrows. */
export async function pickRadio(page: Page, field: string, index: number) {
  await tabTo(page, (f) => f.type === 'radio' && f.name === `kiosk-${field}`);
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
}

/** Ticks one checkbox by keyboard. */
export async function tickBox(page: Page, field: string, value: string) {
  await tabTo(
    page,
    (f) => f.type === 'checkbox' && f.name === `kiosk-${field}` && f.value === value,
  );
  await page.keyboard.press('Space');
}

/** Tabs to the button with this text and presses Enter. */
export async function pressButton(page: Page, text: string | RegExp) {
  const matches = (f: Focused) =>
    f.tag === 'button' && (typeof text === 'string' ? f.text === text : text.test(f.text));
  await tabTo(page, matches);
  await page.keyboard.press('Enter');
}

export async function highlightedIds(page: Page): Promise<string[]> {
  const text = await page.locator('.kiosk-dock').getAttribute('data-highlighted');
  return (text ?? '').split(' ').filter((id) => id !== '');
}

export async function waitForPlace(page: Page, place: string) {
  await expect.poll(async () => (await snapshot(page)).place, { timeout: 30_000 }).toBe(place);
}
