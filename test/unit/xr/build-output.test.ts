import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * What the production build ships for headsets: the app's own emulated Quest 3 (iwer, for
 * `?debug=1&xr-emulate=quest3`), and none of @react-three/xr's built-in emulator, its developer
 * UI or the synthetic rooms that come with it. Built in memory, so nothing lands in dist/.
 */

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const ROOMS = ['music_room', 'living_room', 'office_small', 'office_large', 'meeting_room'];

let chunks: Rolldown.OutputChunk[] = [];

function isOutput(result: unknown): result is Rolldown.RolldownOutput {
  return typeof result === 'object' && result !== null && 'output' in result;
}

beforeAll(async () => {
  const result = await build({
    root: projectRoot,
    logLevel: 'silent',
    build: { write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).filter(isOutput);
  chunks = outputs
    .flatMap((output) => output.output)
    .filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
}, 120_000);

const slashed = (id: string) => id.replaceAll('\\', '/');
const modulesOf = () => chunks.flatMap((chunk) => chunk.moduleIds.map(slashed));

describe('the headset part of the build', () => {
  it('ships no synthetic room chunk', () => {
    const names = chunks.map((chunk) => chunk.fileName);
    expect(names.length).toBeGreaterThan(3);
    for (const room of ROOMS) {
      expect(names.filter((name) => name.includes(room))).toEqual([]);
    }
  });

  it("leaves out iwer's synthetic environments and developer UI", () => {
    const modules = modulesOf();
    expect(modules.filter((id) => /\/@iwer\/(sem|devui)\//.test(id))).toEqual([]);
    expect(modules.filter((id) => id.endsWith('/@pmndrs/xr/dist/emulate.js'))).toEqual([]);
  });

  it('still ships iwer for the emulated headset, loaded only on request', () => {
    const emulator = chunks.find((chunk) =>
      chunk.moduleIds.some((id) => slashed(id).endsWith('/src/xr/emulate.ts')),
    );
    expect(emulator?.isDynamicEntry).toBe(true);
    expect(modulesOf().some((id) => id.includes('/node_modules/iwer/lib/'))).toBe(true);
  });
});
