import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (core, data, pure modules) and browser tests that build the app,
// serve it on 127.0.0.1 and drive headless Chromium. `npm test` runs both.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          // Builds the app once and serves it under the production CSP; tests inject('baseUrl').
          globalSetup: ['test/browser/harness/global-setup.ts'],
          // Software-rendered frames take 20-200 ms and the machine is shared: a poll waits for
          // behaviour to show for up to 15 s (never a timing assertion), not vitest's 1 s.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
