import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../../../src/core';

const CORE_DIR = join(import.meta.dirname, '../../../src/core');
const files = readdirSync(CORE_DIR).filter((name) => name.endsWith('.ts'));

/** Every module specifier in static imports, re-exports and dynamic imports. */
function specifiersOf(source: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? '');
}

describe('the scoring core', () => {
  it('is made of TypeScript modules', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(files).toContain('index.ts');
  });

  it.each(files)('%s imports only its siblings inside src/core', (file) => {
    const source = readFileSync(join(CORE_DIR, file), 'utf8');
    for (const specifier of specifiersOf(source)) {
      expect(specifier, `${file} imports "${specifier}"`).toMatch(/^\.\/[a-z-]+$/);
      expect(specifier).not.toMatch(/react|three|zod|zustand/);
    }
  });

  it.each(files)('%s touches no browser global', (file) => {
    const source = readFileSync(join(CORE_DIR, file), 'utf8');
    expect(source).not.toMatch(/\b(window|document|navigator|localStorage|sessionStorage)\s*\./);
    expect(source).not.toMatch(/\brequestAnimationFrame\b|\bfetch\s*\(/);
  });

  it('spots a forbidden import when one is there', () => {
    expect(specifiersOf("import { z } from 'zod';\nexport * from '../data/schema';")).toEqual([
      'zod',
      '../data/schema',
    ]);
  });

  it('loads and ranks in plain Node, with no DOM around', () => {
    expect(typeof globalThis.document).toBe('undefined');
    expect(Object.keys(core)).toContain('recommend');
    expect(core.boothScale(65)).toBeCloseTo(1.05, 12);
    expect(core.normaliseWeights(core.GUIDE_WEIGHTS).liquidity).toBeCloseTo(0.3, 12);
  });
});
