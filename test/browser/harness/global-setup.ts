import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built app is served for this run, e.g. "http://127.0.0.1:41234". */
    baseUrl: string;
  }
}

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Builds the app once per run and serves the result, so browser tests exercise what ships
 * (the production bundle under the production CSP), not the dev server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Vitest sets NODE_ENV=test, and Vite would honour it with a development build of React.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  // A folder of its own per run: two runs at once (two engineers, or a run beside `npm start`)
  // must not serve each other's half-written builds.
  const outDir = await mkdtemp(join(tmpdir(), 'pavilion-dist-'));
  try {
    await build({
      root: projectRoot,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    // Assigning undefined would store the string "undefined".
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }

  const server = await startStaticServer(outDir);
  project.provide('baseUrl', server.origin);
  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
