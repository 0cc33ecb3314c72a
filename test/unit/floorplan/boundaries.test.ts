import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders' layering, read off the source: the floor plan is pure math any front end can use,
 * and the store sits below every view, so neither may reach up into the scene, the controls or the
 * shell. (The scoring core has its own, stricter check in core/boundaries.test.ts.)
 */

const SRC = join(import.meta.dirname, '../../../src');

function sourcesIn(folder: string): string[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(SRC, folder, name));
}

/** Every module specifier in static imports, re-exports and dynamic imports. */
function specifiersOf(source: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? '');
}

/** The top folder of src/ a relative specifier lands in, or the package name. */
function targetOf(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const landed = relative(SRC, join(file, '..', specifier));
  return landed.split(/[\\/]/)[0] ?? '';
}

const ALLOWED: Record<string, readonly string[]> = {
  floorplan: ['floorplan'],
  state: ['state', 'core', 'data', 'floorplan', 'react', 'zod', 'zustand'],
};

describe('the folders below the views', () => {
  for (const [folder, allowed] of Object.entries(ALLOWED)) {
    it(`src/${folder} imports only ${allowed.join(', ')}`, () => {
      const files = sourcesIn(folder);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
          const name = relative(SRC, file);
          expect(allowed, `${name} imports "${specifier}"`).toContain(targetOf(file, specifier));
        }
      }
    });
  }

  it('tells where an import lands', () => {
    const selectors = join(SRC, 'state/selectors.ts');
    expect(targetOf(selectors, '../world/layout')).toBe('world');
    expect(targetOf(selectors, './store')).toBe('state');
    expect(targetOf(selectors, 'three')).toBe('three');
  });
});
