import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser, usePages } from './harness';

/**
 * `npm run dev`: Vite's dev server, under index.html's own policy. Every other browser test
 * drives the production build; this one shows the dev server gives the same styled, working
 * pavilion (it once showed a page without a single style: the policy refused the dev server's
 * inline stylesheets). The guard fails the test on any policy violation or console error.
 */

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

describe('the dev server', () => {
  const browser = useBrowser();
  const pages = usePages(browser);
  let server: ViteDevServer | undefined;
  let origin = '';

  beforeAll(async () => {
    server = await createServer({
      root: projectRoot,
      logLevel: 'warn',
      server: { host: '127.0.0.1', port: 0, hmr: false },
    });
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('the dev server has no port');
    origin = `http://127.0.0.1:${address.port}`;
  });

  afterAll(async () => {
    await server?.close();
  });

  it("serves the pavilion styled, its world drawn, within the page's policy", async () => {
    const { page } = await pages.open('/?debug=1', { origin, ready: true });
    const bar = page.locator('.topbar');
    await expect(bar.evaluate((element) => getComputedStyle(element).position)).resolves.toBe(
      'sticky',
    );
    const help = page.getByRole('button', { name: 'Help me choose' });
    expect((await help.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(await page.locator('canvas').count()).toBe(1);
  });
});
