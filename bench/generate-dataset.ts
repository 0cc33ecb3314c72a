import type { GuideInput } from '../src/data/schema';

/**
 * Datasets of any size for the benchmark, made from the embedded guide as a template. Platform i
 * is a copy of template platform i mod 10: copies past the first ten get their own id, name and
 * rank, keep their template's scores (the ranking breaks ties by rank), and point their
 * alternatives at their own copy group, so every reference still resolves.
 */

type PlatformInput = GuideInput['platforms'][number];

/** Copy 0 keeps the template's id; copy k > 0 becomes "<id>-<k + 1>". */
function copyId(id: string, copy: number): string {
  return copy === 0 ? id : `${id}-${copy + 1}`;
}

function copyPlatform(template: PlatformInput, copy: number, rank: number): PlatformInput {
  return {
    ...template,
    id: copyId(template.id, copy),
    name: copy === 0 ? template.name : `${template.name} ${copy + 1}`,
    rank,
    alternatives: template.alternatives.map((alternative) => copyId(alternative, copy)),
  };
}

/** A schema-valid dataset of `count` platforms (1..1000) built from `template`. */
export function generateDataset(template: GuideInput, count: number): GuideInput {
  if (!Number.isInteger(count) || count < 1 || count > 1000) {
    throw new Error(`[bench] generateDataset: count = ${count} must be an integer in 1..1000`);
  }
  const sources = [...template.platforms].sort((a, b) => a.rank - b.rank);
  if (sources.length === 0)
    throw new Error('[bench] generateDataset: the template has no platforms');

  const platforms = Array.from({ length: count }, (_, i) => {
    const source = sources[i % sources.length] as PlatformInput;
    return copyPlatform(source, Math.floor(i / sources.length), i + 1);
  });

  // A smaller dataset drops some templates: keep only references that still resolve.
  const ids = new Set(platforms.map((platform) => platform.id));
  const first = platforms[0]?.id ?? '';
  return {
    ...template,
    platforms: platforms.map((platform) => ({
      ...platform,
      alternatives: platform.alternatives.filter((alternative) => ids.has(alternative)),
    })),
    decisionGuide: template.decisionGuide.map((entry) => ({
      ...entry,
      platformId: ids.has(entry.platformId) ? entry.platformId : first,
    })),
  };
}
