import type { Page } from 'playwright-core';
import { PerspectiveCamera, Vector3 } from 'three';
import { expect } from 'vitest';
import { guideWeights, loadEmbeddedGuide } from '../../src/data';
import { type BoxObstacle, CAMERA_FOV } from '../../src/floorplan/layout';
import { derivePavilion } from '../../src/state/selectors';
import type { Pages } from './harness';

/**
 * Helpers for the navigation browser tests: the ring as computed in Node (the page lays it out
 * the same way), the debug hook read in one shape, keys held, world points projected to the page.
 */

/** The ring as the page lays it out with the guide's own weights (a fresh visitor's). */
const guide = loadEmbeddedGuide();
export const pavilion = derivePavilion(guide, guideWeights(guide));

export function booth(id: string) {
  const placement = pavilion.layout.booths[pavilion.indexById.get(id) ?? -1];
  if (!placement) throw new Error(`no booth "${id}" in the layout`);
  const obstacle: BoxObstacle = {
    kind: 'box',
    center: [placement.position[0], placement.position[2]],
    halfX: placement.halfWidth,
    halfZ: placement.halfDepth,
    rotationY: placement.rotationY,
  };
  return { placement, obstacle };
}

/** A point given in a booth's own frame (as the booth's parts are), in world coordinates. */
export function boothPoint(id: string, local: Triple): Triple {
  const { placement } = booth(id);
  const [lx, ly, lz] = local.map((v) => v * placement.scale) as Triple;
  const cos = Math.cos(placement.rotationY);
  const sin = Math.sin(placement.rotationY);
  return [
    placement.position[0] + cos * lx + sin * lz,
    ly,
    placement.position[2] - sin * lx + cos * lz,
  ];
}

/** Closes the help card a first visit shows, so that it covers nothing a test clicks. */
export async function dismissHelp(page: Page) {
  await page.getByRole('button', { name: 'Got it' }).click();
}

export type Triple = [number, number, number];

export interface WorldView {
  readonly ready: boolean;
  /** 'hub' or a booth id. */
  readonly place: string;
  readonly position: Triple;
  readonly direction: Triple;
  readonly frames: number;
}

/** Reads the debug hook (`?debug=1`), whatever shape its vectors and place take. */
export function readWorld(page: Page): Promise<WorldView> {
  return page.evaluate(() => {
    const hook = (window as unknown as { __pavilion?: Record<string, unknown> }).__pavilion;
    const triple = (value: unknown): [number, number, number] => {
      if (Array.isArray(value)) return [Number(value[0]), Number(value[1]), Number(value[2])];
      const v = (value ?? {}) as Record<string, unknown>;
      return [Number(v.x), Number(v.y), Number(v.z)];
    };
    const camera = (hook?.camera ?? {}) as Record<string, unknown>;
    const place = hook?.place;
    return {
      ready: hook?.ready === true,
      place:
        typeof place === 'string'
          ? place
          : String((place as { booth?: unknown } | undefined)?.booth ?? ''),
      position: triple(camera.position),
      direction: triple(camera.direction),
      frames: Number(hook?.frames ?? 0),
    };
  });
}

/** Opens the app with the debug hook (and `hash`) and waits for the world's first frame. */
export function openWorld(pages: Pages, hash = '') {
  return pages.open(`/?debug=1${hash}`, { ready: true });
}

export async function waitForPlace(page: Page, place: string) {
  await expect.poll(async () => (await readWorld(page)).place, { timeout: 20_000 }).toBe(place);
}

/** Waits until the camera stands (within 5 cm) at a floor point. */
export async function waitToStandAt(page: Page, x: number, z: number) {
  await expect
    .poll(
      async () => {
        const { position } = await readWorld(page);
        return Math.hypot(position[0] - x, position[2] - z);
      },
      { timeout: 20_000 },
    )
    .toBeLessThan(0.05);
}

/** Waits until the camera has stopped moving (a glide a click may have started is over). */
export async function waitForStill(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        await page.waitForTimeout(250);
        const now = JSON.stringify((await readWorld(page)).position);
        const still = now === last;
        last = now;
        return still;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

export async function hold(page: Page, keys: string[], ms: number, every?: () => Promise<void>) {
  for (const key of keys) await page.keyboard.down(key);
  const until = Date.now() + ms;
  while (Date.now() < until) {
    await page.waitForTimeout(100);
    await every?.();
  }
  for (const key of keys.reverse()) await page.keyboard.up(key);
}

/** Where a world point shows on the page, for the camera as the hook reports it. */
export async function onScreen(page: Page, point: Triple): Promise<{ x: number; y: number }> {
  const box = await page.locator('canvas').first().boundingBox();
  if (!box) throw new Error('the world has no canvas on the page');
  const { position, direction } = await readWorld(page);
  const camera = new PerspectiveCamera(CAMERA_FOV, box.width / box.height);
  camera.position.set(...position);
  camera.lookAt(new Vector3(...position).add(new Vector3(...direction)));
  camera.updateMatrixWorld();
  const ndc = new Vector3(...point).project(camera);
  return { x: box.x + ((ndc.x + 1) / 2) * box.width, y: box.y + ((1 - ndc.y) / 2) * box.height };
}

export const hashOf = (page: Page) => page.evaluate(() => window.location.hash);
