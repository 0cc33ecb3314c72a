import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const SCREENSHOT_DIR = fileURLToPath(
  new URL('../../../test-results/screenshots/', import.meta.url),
);

async function pathFor(name: string): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new Error(`[harness] screenshot name must be a lower-case slug, got "${name}"`);
  }
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return `${SCREENSHOT_DIR}${name}.png`;
}

/** Saves a full-page PNG as test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = await pathFor(name);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Saves what the visitor sees, the viewport only, under the same name scheme. One shot: a full
 * page of the 2D twin is 14 000 px tall, slow to render in software, and a status shown for a
 * few seconds may be gone by the time it is done.
 */
export async function viewShot(page: Page, name: string): Promise<string> {
  const path = await pathFor(name);
  await page.screenshot({ path, fullPage: false });
  return path;
}
