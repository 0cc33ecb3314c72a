import type { Page } from 'playwright-core';
import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { type ChecklistAnswers, GUIDE_WEIGHTS, recommend } from '../../src/core';
import { asScoringDataset, loadEmbeddedGuide } from '../../src/data';
import { HUB_VIEWPOINT, yawTowards } from '../../src/floorplan/layout';
import { BADGE_SIZE, badgePosition, pickBeacons } from '../../src/kiosk/beaconLayout';
import { HELP_DISMISSED_KEY } from '../../src/navigation/help-memory';
import {
  type GuardedPage,
  type Pages,
  useBrowser,
  usePages,
  viewShot,
  waitForWorld,
} from './harness';
import { highlightedIds } from './kiosk-page';
import { onScreen, pavilion, readWorld, type Triple } from './navigation-world';

/**
 * The kiosk's picks seen from the hub: each picked booth carries a column of light and a badge
 * with its place in the kiosk's list, drawn where the camera sees it, and at rest the world
 * draws nothing more.
 */

const guide = loadEmbeddedGuide();
const LINK = 'a=use:vr-immersion,dev:headset,done:yes';
const answers: ChecklistAnswers = { useCase: 'vr-immersion', devices: ['headset'] };
const topThree = recommend(asScoringDataset(guide), answers, GUIDE_WEIGHTS)
  .picks.slice(0, 3)
  .map((pick) => pick.id);
const beacons = pickBeacons(
  topThree,
  (id) => pavilion.layout.booths[pavilion.indexById.get(id) ?? -1],
);

/** Opens the hub for a returning visitor (no help card over the view) with the linked picks. */
async function openHub(pages: Pages, path: string): Promise<GuardedPage> {
  const opened = await pages.open(path);
  await opened.page.evaluate((key) => localStorage.setItem(key, '1'), HELP_DISMISSED_KEY);
  await opened.page.reload();
  await waitForWorld(opened.page);
  await expect.poll(() => highlightedIds(opened.page)).toEqual(topThree);
  return opened;
}

/** Frames drawn while the world is left alone for `ms`, once it has come to rest. */
async function framesWhileStill(page: Page, ms: number): Promise<number> {
  const frames = async () => (await readWorld(page)).frames;
  let before = await frames();
  for (let settled = 0; settled < 5; ) {
    await page.waitForTimeout(200);
    const now = await frames();
    settled = now === before ? settled + 1 : 0;
    before = now;
  }
  await page.waitForTimeout(ms);
  return (await frames()) - before;
}

/** The viewport's colour at a page point, read from a screenshot decoded by the page itself. */
async function colourAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = (await page.screenshot({ fullPage: false })).toString('base64');
  return page.evaluate(
    async ({ png, x, y }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context to read the screenshot');
      context.drawImage(image, 0, 0);
      const [r = 0, g = 0, b = 0] = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
      return [r, g, b] as [number, number, number];
    },
    { png, x, y },
  );
}

/** A point on a badge's gold disc, clear of its digit: a third of its size to the camera's right. */
async function onBadgeGold(page: Page, badge: Triple): Promise<Triple> {
  const { direction } = await readWorld(page);
  const right = new Vector3(...direction).cross(new Vector3(0, 1, 0)).normalize();
  return new Vector3(...badge).addScaledVector(right, BADGE_SIZE / 3).toArray();
}

/** True when a world point lies in front of the camera and inside the 1280x720 viewport. */
async function inView(page: Page, point: Triple): Promise<boolean> {
  const { position, direction } = await readWorld(page);
  const ahead = new Vector3(...point).sub(new Vector3(...position)).dot(new Vector3(...direction));
  const { x, y } = await onScreen(page, point);
  return ahead > 0 && x >= 0 && x <= 1280 && y >= 0 && y <= 720;
}

async function expectGoldBadge(page: Page, badge: Triple) {
  const spot = await onScreen(page, await onBadgeGold(page, badge));
  const covered = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.tagName.toLowerCase(),
    spot,
  );
  expect(covered, 'nothing on the page covers the badge').toBe('canvas');
  const [r, g, b] = await colourAt(page, spot.x, spot.y);
  // The badge's gold (#ffd166) against the pale blue sky or the hall behind it.
  expect(r).toBeGreaterThan(200);
  expect(g).toBeGreaterThan(150);
  expect(b).toBeLessThan(150);
}

describe('the picks seen from the hub', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('raise a numbered beacon over each pick in view, and the world then rests', async () => {
    const { page } = await openHub(pages, `/?debug=1&${LINK}`);

    expect(await framesWhileStill(page, 1000)).toBe(0);
    const seen = [];
    for (const beacon of beacons) {
      const badge = badgePosition(beacon.booth);
      if (!(await inView(page, badge))) continue;
      await expectGoldBadge(page, badge);
      seen.push(beacon.place);
    }
    // From the start the two best-placed picks of this answer stand ahead of the visitor.
    expect(seen.length).toBeGreaterThanOrEqual(2);
    // Within the hub's draw-call budget (60) with the beacons lit.
    const calls = await page.evaluate(() => window.__pavilion?.renderer.calls ?? Number.NaN);
    expect(calls).toBeLessThanOrEqual(60);
    await viewShot(page, 'pick-beacons-from-hub');
  });

  it('shows the beacon of a pick behind the start view to a visitor who turns to it', async () => {
    const [x, , z] = HUB_VIEWPOINT.position;
    const hidden = beacons.find((beacon) => {
      const [bx, , bz] = beacon.booth.position;
      const bearing = yawTowards(bx - x, bz - z) - HUB_VIEWPOINT.yaw;
      return Math.abs(Math.atan2(Math.sin(bearing), Math.cos(bearing))) > Math.PI / 4;
    });
    if (!hidden)
      throw new Error('every pick of this answer is ahead: choose one with a pick aside');
    const [bx, , bz] = hidden.booth.position;
    // The debug start pose turns from the hub's reading boards (the start view turned round).
    const turn = ((yawTowards(bx - x, bz - z) - HUB_VIEWPOINT.yaw - Math.PI) * 180) / Math.PI;
    const { page } = await openHub(pages, `/?debug=1&${LINK}&at=hub-boards&turn=${turn}`);

    expect(await framesWhileStill(page, 500)).toBe(0);
    const badge = badgePosition(hidden.booth);
    await viewShot(page, 'pick-beacon-turned');
    expect(await inView(page, badge)).toBe(true);
    await expectGoldBadge(page, badge);
  });
});
