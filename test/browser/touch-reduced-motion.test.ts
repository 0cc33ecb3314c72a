import { describe, expect, it } from 'vitest';
import { HUB_VIEWPOINT } from '../../src/floorplan/layout';
import { type GuardedPage, useBrowser, usePages } from './harness';
import { booth, readWorld } from './navigation-world';

const START = 'spatial';
const FROM_BOOTH = `/?debug=1#/booth/${START}`;

/**
 * Reduced motion: with the system setting, or the Comfort panel's switch, travel is a cut. The
 * camera is at the target in the next frames, with no position in between.
 */
describe('travel under reduced motion', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  /** Records every camera position the hook publishes from now on, in the page. */
  async function recordPositions(page: GuardedPage['page']) {
    await page.evaluate(() => {
      const seen: number[][] = [];
      (window as unknown as { __seen: number[][] }).__seen = seen;
      let last = '';
      const sample = () => {
        const position = window.__pavilion?.camera.position;
        const key = JSON.stringify(position);
        if (position && key !== last) seen.push([...position]);
        last = key;
        requestAnimationFrame(sample);
      };
      sample();
    });
  }

  /** From a booth (opened by link, a cut), presses Hub and returns the positions in between. */
  async function travelHomeAndWatch(page: GuardedPage['page']) {
    await page.waitForFunction(() => window.__pavilion?.ready === true, null, { timeout: 90_000 });
    const [fromX, , fromZ] = booth(START).placement.viewpoint;
    await recordPositions(page);
    await page.getByRole('button', { name: 'Hub', exact: true }).first().click();
    const [x, , z] = HUB_VIEWPOINT.position;
    await expect
      .poll(
        async () => {
          const { position } = await readWorld(page);
          return Math.hypot(position[0] - x, position[2] - z);
        },
        { timeout: 20_000 },
      )
      .toBeLessThan(0.01);
    const seen = await page.evaluate(() => (window as unknown as { __seen: number[][] }).__seen);
    const away = (p: number[], px: number, pz: number) =>
      Math.hypot((p[0] ?? 0) - px, (p[2] ?? 0) - pz) > 0.01;
    return seen.filter((p) => away(p, x, z) && away(p, fromX, fromZ));
  }

  it('cuts from a booth to the hub when the system asks for reduced motion', async () => {
    const opened = await pages.open(FROM_BOOTH, { reducedMotion: true });
    expect(await travelHomeAndWatch(opened.page)).toEqual([]);
  });

  it('cuts when the Comfort panel asks for it, and remembers that', async () => {
    const { page } = await pages.open(FROM_BOOTH);
    await page.waitForFunction(() => window.__pavilion?.ready === true, null, { timeout: 90_000 });
    await page.getByRole('button', { name: 'Comfort' }).click();
    await page.getByLabel(/Reduce motion/).check();
    expect(await travelHomeAndWatch(page)).toEqual([]);
    const stored = await page.evaluate(() => localStorage.getItem('pavilion:settings:v1'));
    expect(JSON.parse(stored ?? '{}')).toMatchObject({ reducedMotion: true });
  });

  it('glides through positions in between without it (so the check can fail)', async () => {
    const opened = await pages.open(FROM_BOOTH);
    expect((await travelHomeAndWatch(opened.page)).length).toBeGreaterThan(0);
  });
});
