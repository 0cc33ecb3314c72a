import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The 3D engine (three, fiber, drei, troika and what only they use) in one chunk of its own: the
 * world and the headset code share it, it stays out of the first paint's bundle (`npm run bench`
 * fails if something there starts importing it), and app changes leave it cached.
 */
const ENGINE_PACKAGES = [
  'three',
  '@react-three/fiber',
  '@react-three/drei',
  'troika-[^/]+',
  'webgl-sdf-generator',
  'bidi-js',
  'suspend-react',
  'its-fine',
  'react-use-measure',
  '@babel/runtime',
  'use-sync-external-store',
  // fiber's own store binding; zustand's main entry stays with the app's store.
  'zustand/esm/traditional',
];
const ENGINE = new RegExp(`/node_modules/(?:${ENGINE_PACKAGES.join('|')})[/.]`);
const isEngine = (id: string) => ENGINE.test(id.replaceAll('\\', '/'));

/**
 * @react-three/xr's store imports its built-in emulator lazily, so the bundler builds it (and
 * iwer's synthetic rooms with it) into dist even though our store never asks for it. Point that
 * one import at a stub; our own emulated headset imports iwer directly and is unaffected.
 */
const XR_STORE = /[\\/]@pmndrs[\\/]xr[\\/]dist[\\/]store\.js$/;
const EMULATOR_STUB = fileURLToPath(
  new URL('./src/xr/build/no-builtin-emulator.ts', import.meta.url),
);

function leaveOutBuiltinXREmulator(): Plugin {
  return {
    name: 'pavilion:leave-out-builtin-xr-emulator',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './emulate.js' || !importer || !XR_STORE.test(importer)) return null;
      return EMULATOR_STUB;
    },
  };
}

/**
 * troika builds our glyph fields on the CPU, in workers (see src/world/Label.tsx), yet on its
 * first text it still "warms up" its GPU glyph generator: it compiles that shader on the glyph
 * atlas and reads pixels back, which makes the page wait for the whole GPU queue. Under software
 * WebGL that stall was the longest task before the first frame. Drop the call; if troika ever
 * needs the GPU generator (context restore), it checks support on its own first use. The build
 * fails if the call is gone or moved, so a troika update cannot silently undo this.
 */
const TROIKA_TEXT = /[\\/]troika-three-text[\\/]dist[\\/]troika-three-text\.esm\.js$/;
const GPU_GLYPH_WARM_UP =
  /\n\s*Promise\.resolve\(\)\.then\(\(\) => \{\s*if \(!atlas\.contextLost\) \{\s*warmUpSDFCanvas\(sdfCanvas\);\s*\}\s*\}\);/;

function skipGpuGlyphWarmUp(): Plugin {
  return {
    name: 'pavilion:skip-gpu-glyph-warm-up',
    transform(code, id) {
      if (!TROIKA_TEXT.test(id)) return null;
      if (!GPU_GLYPH_WARM_UP.test(code)) {
        throw new Error(
          `[pavilion] troika's GPU glyph warm-up was not found in ${id}: re-check it`,
        );
      }
      return { code: code.replace(GPU_GLYPH_WARM_UP, ''), map: null };
    },
  };
}

/**
 * The dev server puts every stylesheet into the page as a <style> element (that is how it swaps
 * them without a reload), and index.html's policy allows style sheets from our own origin only,
 * so `npm run dev` showed the page unstyled. Allow inline styles while developing; the build, and
 * every test, keeps the strict policy.
 */
function inlineStylesWhileDeveloping(): Plugin {
  return {
    name: 'pavilion:inline-styles-while-developing',
    apply: 'serve',
    transformIndexHtml(html) {
      if (!html.includes("style-src 'self';")) {
        throw new Error("[pavilion] index.html's policy has no \"style-src 'self';\": re-check");
      }
      return html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    leaveOutBuiltinXREmulator(),
    skipGpuGlyphWarmUp(),
    inlineStylesWhileDeveloping(),
  ],
  server: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The engine chunk is about 1 MB before gzip (about 290 KB after): expected, and measured.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Otherwise the group would take react and zustand along, which the first paint needs.
          includeDependenciesRecursively: false,
          groups: [{ name: 'engine', test: isEngine }],
        },
      },
    },
  },
});
