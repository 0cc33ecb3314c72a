import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';

/**
 * Production builds for the benchmark (the app, and the baseline under /baseline/ of the same
 * folder), and what each JavaScript chunk weighs and holds.
 */

export const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));
const CONFIG_FILE = `${PROJECT_ROOT}vite.config.ts`;

export interface ChunkReport {
  readonly file: string;
  readonly gzipKB: number;
  /** Loaded before the first 3D frame: the entry and everything it imports statically. */
  readonly initial: boolean;
  /** Holds three.js modules. */
  readonly three: boolean;
  /** Holds WebXR modules (@react-three/xr, @pmndrs/xr, iwer). */
  readonly xr: boolean;
  /** The three.js marker string, for a check that does not trust module ids. */
  readonly webglRendererText: boolean;
}

const THREE_MODULE = /[\\/]node_modules[\\/]three[\\/]/;
const XR_MODULE = /[\\/]node_modules[\\/](?:@react-three[\\/]xr|@pmndrs[\\/]xr|iwer|@iwer)[\\/]/;

function outputOf(result: Awaited<ReturnType<typeof build>>): Rolldown.RolldownOutput {
  const output = Array.isArray(result) ? result[0] : result;
  if (!output || !('output' in output)) throw new Error('[bench] vite build gave no output');
  return output;
}

function kilobytes(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}

/** Chunks reachable from the entry through static imports: what the first paint waits for. */
function initialFiles(chunks: readonly Rolldown.OutputChunk[]): Set<string> {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
  return initial;
}

export function reportChunks(output: Rolldown.RolldownOutput): ChunkReport[] {
  const chunks = output.output.filter(
    (item): item is Rolldown.OutputChunk => item.type === 'chunk',
  );
  const initial = initialFiles(chunks);
  return chunks
    .map((chunk) => ({
      file: chunk.fileName,
      gzipKB: kilobytes(gzipSync(chunk.code).length),
      initial: initial.has(chunk.fileName),
      three: chunk.moduleIds.some((id) => THREE_MODULE.test(id)),
      xr: chunk.moduleIds.some((id) => XR_MODULE.test(id)),
      webglRendererText: chunk.code.includes('WebGLRenderer'),
    }))
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzipKB - a.gzipKB);
}

type BuildOptions = Parameters<typeof build>[0];

async function productionBuild(options: BuildOptions) {
  // Run from a test runner, NODE_ENV=test would give React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return outputOf(await build({ logLevel: 'warn', ...options }));
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** Builds the app into `outDir` and reports its chunks. */
export async function buildApp(outDir: string): Promise<ChunkReport[]> {
  const output = await productionBuild({
    configFile: CONFIG_FILE,
    root: PROJECT_ROOT,
    build: { outDir, emptyOutDir: true },
  });
  return reportChunks(output);
}

/** Builds the baseline page into `<outDir>/baseline/`, served beside the app. */
export async function buildBaseline(outDir: string): Promise<ChunkReport[]> {
  const output = await productionBuild({
    // The app's production settings, less its engine chunk: with a single entry that would only
    // add a request (and a chunk cycle with the entry, which breaks module start-up).
    configFile: false,
    plugins: [react()],
    root: `${PROJECT_ROOT}bench/baseline`,
    base: '/baseline/',
    // The font comes from the app's own public folder, served at the same origin.
    publicDir: false,
    build: { outDir: `${outDir}/baseline`, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  return reportChunks(output);
}
