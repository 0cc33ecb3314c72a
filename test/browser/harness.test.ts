import { describe, expect, it } from 'vitest';
import { assertSwiftShaderRenderer, type GuardedPage, useBrowser, usePages } from './harness';

/**
 * The guard is what makes every other browser test trustworthy, so it must be seen to fail.
 * These pages misbehave on purpose: each test reads the guard's lists, then settles its pages
 * itself and expects the same complaint the after-test check would make.
 */

const SELF_TEST_PATH = '/__harness-self-test';

/** Serves `html` at SELF_TEST_PATH for this page only, without the app's CSP. */
async function serveOnce(opened: GuardedPage, html: string): Promise<void> {
  await opened.page.route(`${opened.origin}${SELF_TEST_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: html }),
  );
  await opened.page.goto(`${opened.origin}${SELF_TEST_PATH}`);
}

const QUIET_HTML = '<!doctype html><title>quiet</title><p>Nothing happens here.</p>';
const NOISY_HTML = "<!doctype html><script>console.error('broken on purpose')</script>";

describe('the browser test harness', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('reports and blocks a request to another origin', async () => {
    const opened = await pages.open('/');
    await serveOnce(opened, '<!doctype html><img src="https://example.invalid/pixel.png">');
    await expect.poll(() => opened.guard.report.foreignRequests.length).toBeGreaterThan(0);

    expect(opened.guard.report.foreignRequests[0]).toContain('https://example.invalid/pixel.png');
    expect(() => opened.guard.assertClean()).toThrow(/foreignRequests/);
    await expect(pages.settle()).rejects.toThrow(/foreignRequests/);
  });

  it('reports a console error', async () => {
    const opened = await pages.open('/');
    await serveOnce(opened, NOISY_HTML);
    await expect.poll(() => opened.guard.report.consoleProblems.length).toBeGreaterThan(0);

    expect(opened.guard.report.consoleProblems[0]).toContain('broken on purpose');
    expect(() => opened.guard.assertClean()).toThrow(/broken on purpose/);
    await expect(pages.settle()).rejects.toThrow(/broken on purpose/);
  });

  it('reports an uncaught error and an unhandled rejection', async () => {
    const opened = await pages.open('/');
    await serveOnce(
      opened,
      '<!doctype html><script>' +
        "Promise.reject(new Error('rejected on purpose'));" +
        "setTimeout(() => { throw new Error('thrown on purpose'); });" +
        '</script>',
    );
    await expect.poll(() => opened.guard.report.unhandledRejections.length).toBeGreaterThan(0);
    await expect.poll(() => opened.guard.report.pageErrors.length).toBeGreaterThan(0);

    expect(opened.guard.report.unhandledRejections.join()).toContain('rejected on purpose');
    expect(opened.guard.report.pageErrors.join()).toContain('thrown on purpose');
    const settled = pages.settle();
    await expect(settled).rejects.toThrow(/unhandledRejections/);
    await expect(settled).rejects.toThrow(/pageErrors/);
  });

  it("reports what the app's content security policy blocks", async () => {
    const opened = await pages.open('/');
    await opened.page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://example.invalid/tracker.png';
      document.body.append(image);
    });
    await expect.poll(() => opened.guard.report.cspViolations.length).toBeGreaterThan(0);

    expect(opened.guard.report.cspViolations[0]).toMatch(/img-src blocked https:\/\/example/);
    // The policy stops the request before the network, so nothing reached another origin.
    expect(opened.guard.report.foreignRequests).toEqual([]);
    await expect(pages.settle()).rejects.toThrow(/cspViolations/);
  });

  it('keeps a well-behaved page clean', async () => {
    const opened = await pages.open('/');
    await serveOnce(opened, QUIET_HTML);

    expect(() => opened.guard.assertClean()).not.toThrow();
  });

  it('renders WebGL through SwiftShader', async () => {
    const opened = await pages.open('/');

    await expect(assertSwiftShaderRenderer(opened.page)).resolves.toMatch(/SwiftShader/);
    expect(() => opened.guard.assertClean()).not.toThrow();
  });
});

describe('the pages a test opens', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('are reported after the test when one is dirty, and all of them are closed', async () => {
    const quiet = await pages.open('/');
    await serveOnce(quiet, QUIET_HTML);
    const noisy = await pages.open('/');
    await serveOnce(noisy, NOISY_HTML);
    await expect.poll(() => noisy.guard.report.consoleProblems.length).toBeGreaterThan(0);

    // What the after-test hook runs: it names the problem and closes the clean page too.
    await expect(pages.settle()).rejects.toThrow(/consoleProblems[\s\S]*broken on purpose/);
    expect(quiet.page.isClosed()).toBe(true);
    expect(noisy.page.isClosed()).toBe(true);
    // Settled pages are not checked again, so the next test starts with none.
    await expect(pages.settle()).resolves.toBeUndefined();
  });

  it('are still checked when the test closed one early', async () => {
    const opened = await pages.open('/');
    await serveOnce(opened, NOISY_HTML);
    await expect.poll(() => opened.guard.report.consoleProblems.length).toBeGreaterThan(0);
    await opened.close();

    await expect(pages.settle()).rejects.toThrow(/broken on purpose/);
  });

  it('can wait for the world to be ready', async () => {
    const opened = await pages.open('/?debug=1', { ready: true });

    expect(await opened.page.evaluate(() => window.__pavilion?.ready)).toBe(true);
  });
});
