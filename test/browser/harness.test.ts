import { afterEach, describe, expect, it } from 'vitest';
import { assertSwiftShaderRenderer, type GuardedPage, openPage, useBrowser } from './harness';

/**
 * The guard is what makes every other browser test trustworthy, so it must be seen to fail.
 * These pages misbehave on purpose, so the tests read the guard's lists instead of asserting a
 * clean page after each test.
 */

const SELF_TEST_PATH = '/__harness-self-test';

/** Serves `html` at SELF_TEST_PATH for this page only, without the app's CSP. */
async function serveOnce(opened: GuardedPage, html: string): Promise<void> {
  await opened.page.route(`${opened.origin}${SELF_TEST_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: html }),
  );
  await opened.page.goto(`${opened.origin}${SELF_TEST_PATH}`);
}

describe('the browser test harness', () => {
  const browser = useBrowser();
  let opened: GuardedPage | undefined;

  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });

  it('reports and blocks a request to another origin', async () => {
    opened = await openPage(browser(), '/');
    await serveOnce(opened, '<!doctype html><img src="https://example.invalid/pixel.png">');
    await expect.poll(() => opened?.guard.report.foreignRequests.length).toBeGreaterThan(0);

    expect(opened.guard.report.foreignRequests[0]).toContain('https://example.invalid/pixel.png');
    expect(() => opened?.guard.assertClean()).toThrow(/foreignRequests/);
  });

  it('reports a console error', async () => {
    opened = await openPage(browser(), '/');
    await serveOnce(opened, "<!doctype html><script>console.error('broken on purpose')</script>");
    await expect.poll(() => opened?.guard.report.consoleProblems.length).toBeGreaterThan(0);

    expect(opened.guard.report.consoleProblems[0]).toContain('broken on purpose');
    expect(() => opened?.guard.assertClean()).toThrow(/broken on purpose/);
  });

  it('reports an uncaught error and an unhandled rejection', async () => {
    opened = await openPage(browser(), '/');
    await serveOnce(
      opened,
      '<!doctype html><script>' +
        "Promise.reject(new Error('rejected on purpose'));" +
        "setTimeout(() => { throw new Error('thrown on purpose'); });" +
        '</script>',
    );
    await expect.poll(() => opened?.guard.report.unhandledRejections.length).toBeGreaterThan(0);
    await expect.poll(() => opened?.guard.report.pageErrors.length).toBeGreaterThan(0);

    expect(opened.guard.report.unhandledRejections.join()).toContain('rejected on purpose');
    expect(opened.guard.report.pageErrors.join()).toContain('thrown on purpose');
  });

  it("reports what the app's content security policy blocks", async () => {
    opened = await openPage(browser(), '/');
    await opened.page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://example.invalid/tracker.png';
      document.body.append(image);
    });
    await expect.poll(() => opened?.guard.report.cspViolations.length).toBeGreaterThan(0);

    expect(opened.guard.report.cspViolations[0]).toMatch(/img-src blocked https:\/\/example/);
    // The policy stops the request before the network, so nothing reached another origin.
    expect(opened.guard.report.foreignRequests).toEqual([]);
  });

  it('keeps a well-behaved page clean', async () => {
    opened = await openPage(browser(), '/');
    await serveOnce(opened, '<!doctype html><title>quiet</title><p>Nothing happens here.</p>');

    expect(() => opened?.guard.assertClean()).not.toThrow();
  });

  it('renders WebGL through SwiftShader', async () => {
    opened = await openPage(browser(), '/');

    await expect(assertSwiftShaderRenderer(opened.page)).resolves.toMatch(/SwiftShader/);
    expect(() => opened?.guard.assertClean()).not.toThrow();
  });
});
