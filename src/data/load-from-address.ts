import type { Guide } from './schema';
import { safeParseGuide } from './validate';

/**
 * A dataset named in the page address (`?data=/bench/platforms-200.json`). Only a JSON file on
 * the page's own origin is ever fetched; everything else is refused before any request, with a
 * message that says why. The file then passes exactly the checks the embedded guide passes.
 */

/** The address parameter that names a dataset file. */
export const DATA_PARAM = 'data';

export type DatasetAddress =
  | { readonly kind: 'embedded' }
  | { readonly kind: 'same-origin'; readonly url: string; readonly shown: string }
  | { readonly kind: 'refused'; readonly problem: string };

export type DatasetLoad =
  | { readonly ok: true; readonly guide: Guide }
  | { readonly ok: false; readonly heading: string; readonly problems: readonly string[] };

/** The part of `fetch` the loader uses, so tests can hand in their own. */
export type DatasetFetch = (url: string, init: RequestInit) => Promise<Response>;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** Browsers drop tabs and newlines from URLs and read a backslash as "/": refuse, not guess. */
function hasUnsafeCharacters(value: string): boolean {
  if (/[\s\\]/.test(value)) return true;
  for (const character of value) {
    const code = character.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}

function refused(value: string, why: string): DatasetAddress {
  const problem =
    `The address asks for the dataset ${quoted(value)}, but ${why}. ` +
    'The pavilion only reads .json files from its own site, so nothing was fetched.';
  return { kind: 'refused', problem };
}

/**
 * Decides, without any request, what the address asks for: the embedded guide, a same-origin
 * JSON file (as an absolute URL), or nothing at all (with the reason).
 * `pageHref` is the page's own address; relative names resolve against it.
 */
export function datasetAddress(search: string, pageHref: string): DatasetAddress {
  const value = new URLSearchParams(search).get(DATA_PARAM);
  if (value === null) return { kind: 'embedded' };
  if (value === '') return refused(value, 'the name is empty');
  if (hasUnsafeCharacters(value)) {
    return refused(value, 'it contains spaces, control characters or a backslash');
  }
  if (value.startsWith('//'))
    return refused(value, 'it starts with "//", which names another site');

  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return refused(value, `"${scheme}:" addresses are not files on this site`);
  }

  const page = new URL(pageHref);
  let url: URL;
  try {
    url = new URL(value, page);
  } catch {
    return refused(value, 'it is not a valid address');
  }
  if (url.origin !== page.origin) {
    return refused(value, `it is on another site (${url.host})`);
  }
  if (!url.pathname.toLowerCase().endsWith('.json')) {
    return refused(value, 'it does not name a .json file');
  }
  url.hash = '';
  return { kind: 'same-origin', url: url.href, shown: `${url.pathname}${url.search}` };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function failed(shown: string, problem: string): DatasetLoad {
  return {
    ok: false,
    heading: 'The dataset named in the address could not be loaded',
    problems: [`${shown}: ${problem}`],
  };
}

/**
 * Fetches and validates a same-origin dataset. Never rejects: a network failure, an error status,
 * a file that is not JSON or a dataset that fails its checks each come back as problems to show.
 */
export async function loadDataset(
  address: { readonly url: string; readonly shown: string },
  fetchFile: DatasetFetch = (url, init) => fetch(url, init),
): Promise<DatasetLoad> {
  const { url, shown } = address;
  let body: string;
  try {
    // A redirect could lead to another site: refuse to follow one at all.
    const response = await fetchFile(url, {
      credentials: 'same-origin',
      redirect: 'error',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`.trim();
      return failed(shown, `the site answered ${status} instead of the file`);
    }
    body = await response.text();
  } catch (error) {
    return failed(shown, `the file could not be fetched (${errorText(error)})`);
  }

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return failed(shown, `the file is not valid JSON (${errorText(error)})`);
  }

  const result = safeParseGuide(data);
  if (!result.ok) {
    return {
      ok: false,
      heading: `The dataset ${shown} did not pass its checks`,
      problems: result.problems,
    };
  }
  return { ok: true, guide: deepFreeze(result.guide) };
}

// Frozen like the embedded guide, so no reader can change what the others see.
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
