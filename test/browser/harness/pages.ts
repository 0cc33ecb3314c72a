import type { Browser, Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { type GuardedPage, type OpenPageOptions, openPage } from './browser';

export interface PagesOpenOptions extends OpenPageOptions {
  /** Also wait for the world's first ready frame (the path must carry `?debug=1`). */
  readonly ready?: boolean;
}

/** The guarded pages of one test: each is checked and closed when the test is over. */
export interface Pages {
  /** Opens `path` as `openPage` does, and keeps the page for `settle()`. */
  open(path: string, options?: PagesOpenOptions): Promise<GuardedPage>;
  /**
   * Closes every page opened since the last settle, even after a failure, then throws if any
   * guard recorded a problem. Pages closed earlier in the test are still checked.
   */
  settle(): Promise<void>;
}

/** Waits until the app's debug hook (`?debug=1`) reports the world's first ready frame. */
export async function waitForWorld(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__pavilion?.ready === true, null, { timeout: 90_000 });
}

/** Pages for tests that run no hooks of their own (the harness's self-test settles by hand). */
export function createPages(browser: () => Browser): Pages {
  let kept: GuardedPage[] = [];

  return {
    async open(path, options = {}) {
      const opened = await openPage(browser(), path, options);
      kept.push(opened);
      if (options.ready) await waitForWorld(opened.page);
      return opened;
    },

    async settle() {
      const settling = kept;
      kept = [];
      const problems: string[] = [];
      for (const opened of settling) {
        try {
          opened.guard.assertClean();
        } catch (error) {
          problems.push(error instanceof Error ? error.message : String(error));
        }
      }
      // Closing an already closed context does nothing, so a test may close a page early.
      const closing = await Promise.allSettled(settling.map((opened) => opened.close()));
      for (const result of closing) {
        if (result.status === 'rejected') problems.push(`Closing failed: ${String(result.reason)}`);
      }
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
  };
}

/**
 * Guarded pages for every test of the enclosing describe (or file): one afterEach asserts that
 * each page the test opened stayed clean (no page or console errors, no other-origin requests, no
 * CSP violations, no unhandled rejections) and closes them all, pass or fail.
 */
export function usePages(browser: () => Browser): Pages {
  const pages = createPages(browser);
  afterEach(() => pages.settle());
  return pages;
}
