import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedGuide } from '../../../src/data/guide';

const RUN = 8;
// The seed sits beside the repository: <repo>/../shared/seeds.
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const seedDir = join(repoRoot, '..', 'shared', 'seeds');

/** Lower case, punctuation (including curly quotes and slashes) turned into word breaks. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
}

function runsOf(list: readonly string[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i + RUN <= list.length; i++) runs.push(list.slice(i, i + RUN).join(' '));
  return runs;
}

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) allStrings(item, out);
  else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) allStrings(item, out);
  }
  return out;
}

// The seed is read in beforeAll, not while collecting: skipIf still runs the describe body, and
// a clone checked out away from shared/ must skip, not crash.
describe.skipIf(!existsSync(seedDir))('the embedded guide is in our own words', () => {
  const seedRuns = new Set<string>();
  beforeAll(() => {
    for (const file of readdirSync(seedDir).filter((name) => name.endsWith('.txt'))) {
      for (const run of runsOf(words(readFileSync(join(seedDir, file), 'utf8')))) seedRuns.add(run);
    }
  });

  it('finds the seed text it compares against', () => {
    expect(seedRuns.size).toBeGreaterThan(1000);
  });

  it('shares no run of eight or more words with the seed in any string', () => {
    const copied = allStrings(embeddedGuide).flatMap((text) =>
      runsOf(words(text))
        .filter((run) => seedRuns.has(run))
        .map((run) => `"${run}" in: ${text}`),
    );
    expect(copied).toEqual([]);
  });
});
