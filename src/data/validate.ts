import type { z } from 'zod';
import { CRITERION_IDS } from '../core/criteria';
import { type Guide, guideSchema } from './schema';

/** Thrown when a dataset fails the schema or a rule that spans records. */
export class GuideValidationError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    const shown = problems.slice(0, 5).join('\n  ');
    const more = problems.length > 5 ? `\n  (and ${problems.length - 5} more)` : '';
    super(`[guide] dataset refused:\n  ${shown}${more}`);
    this.name = 'GuideValidationError';
    this.problems = problems;
  }
}

export type GuideParseResult =
  | { readonly ok: true; readonly guide: Guide }
  | { readonly ok: false; readonly problems: readonly string[] };

export function safeParseGuide(input: unknown): GuideParseResult {
  const result = guideSchema.safeParse(input);
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((issue) => describeIssue(input, issue)) };
  }
  const problems = refineGuide(result.data);
  return problems.length === 0 ? { ok: true, guide: result.data } : { ok: false, problems };
}

export function parseGuide(input: unknown): Guide {
  const result = safeParseGuide(input);
  if (!result.ok) throw new GuideValidationError(result.problems);
  return result.guide;
}

/**
 * Rules the schema cannot express record by record: ids and ranks are unique, every reference
 * to a platform resolves, and the methodology names each criterion once with usable weights.
 */
export function refineGuide(guide: Guide): string[] {
  return [...platformProblems(guide), ...decisionGuideProblems(guide), ...criterionProblems(guide)];
}

function platformProblems(guide: Guide): string[] {
  const problems: string[] = [];
  const firstIndexById = new Map<string, number>();
  const idByRank = new Map<number, string>();

  guide.platforms.forEach((platform, index) => {
    const who = `platform "${platform.id}"`;
    const earlier = firstIndexById.get(platform.id);
    if (earlier === undefined) firstIndexById.set(platform.id, index);
    else {
      problems.push(
        `${who} (platforms[${index}]): id = "${platform.id}" is already used by ` +
          `platforms[${earlier}]`,
      );
    }

    const holder = idByRank.get(platform.rank);
    if (holder === undefined) idByRank.set(platform.rank, platform.id);
    else problems.push(`${who}: rank = ${platform.rank} is already held by platform "${holder}"`);
  });

  for (const platform of guide.platforms) {
    platform.alternatives.forEach((alternative, index) => {
      const where = `platform "${platform.id}": alternatives[${index}] = "${alternative}"`;
      if (alternative === platform.id) problems.push(`${where} names the platform itself`);
      else if (!firstIndexById.has(alternative)) {
        problems.push(`${where} names no platform in this dataset`);
      }
    });
  }
  return problems;
}

function decisionGuideProblems(guide: Guide): string[] {
  const problems: string[] = [];
  const ids = new Set(guide.platforms.map((platform) => platform.id));
  const firstIndexByUseCase = new Map<string, number>();

  guide.decisionGuide.forEach((entry, index) => {
    const where = `decisionGuide[${index}] ("${entry.useCase}")`;
    if (!ids.has(entry.platformId)) {
      problems.push(
        `${where}: platformId = "${entry.platformId}" names no platform in this dataset`,
      );
    }
    const earlier = firstIndexByUseCase.get(entry.useCase);
    if (earlier === undefined) firstIndexByUseCase.set(entry.useCase, index);
    else {
      problems.push(
        `${where}: useCase = "${entry.useCase}" is already used by decisionGuide[${earlier}]`,
      );
    }
  });
  return problems;
}

function criterionProblems(guide: Guide): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();

  guide.criteria.forEach((criterion, index) => {
    const where = `criterion "${criterion.id}" (criteria[${index}])`;
    if (seen.has(criterion.id)) problems.push(`${where}: id = "${criterion.id}" is listed twice`);
    seen.add(criterion.id);
    // The schema refuses these too; kept so the rule holds if the schema is ever loosened.
    if (!Number.isFinite(criterion.weight) || criterion.weight < 0) {
      problems.push(`${where}: weight = ${criterion.weight} must be a finite number >= 0`);
    }
  });

  for (const id of CRITERION_IDS) {
    if (!seen.has(id)) problems.push(`criteria: no entry for criterion "${id}"`);
  }
  if (guide.criteria.every((criterion) => criterion.weight === 0)) {
    problems.push('criteria: every weight = 0; at least one weight must be above 0');
  }
  return problems;
}

/** Names the record (platform id, criterion id, or index), the field path and the value. */
function describeIssue(input: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path;
  const value = valueAt(input, path);
  const [section, index, ...rest] = path;
  let who = 'guide';
  let field = formatPath(path);

  if (typeof index === 'number' && (section === 'platforms' || section === 'criteria')) {
    const record = valueAt(input, [section, index]);
    const id = isRecord(record) ? record.id : undefined;
    const noun = section === 'platforms' ? 'platform' : 'criterion';
    who = typeof id === 'string' && id !== '' ? `${noun} "${id}"` : `${section}[${index}]`;
    field = rest.length > 0 ? formatPath(rest) : '(record)';
  } else if (typeof index === 'number') {
    who = `${String(section)}[${index}]`;
    field = rest.length > 0 ? formatPath(rest) : '(record)';
  }
  return `${who}: ${field} = ${formatValue(value)}: ${issue.message}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (!isRecord(current) && !Array.isArray(current)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      return i === 0 ? String(key) : `.${String(key)}`;
    })
    .join('');
}

function formatValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `[array of ${value.length}]`;
  if (typeof value === 'object') return value === null ? 'null' : '{object}';
  return String(value);
}
