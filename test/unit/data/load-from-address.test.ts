import { describe, expect, it } from 'vitest';
import { embeddedGuide } from '../../../src/data/guide';
import {
  type DatasetFetch,
  datasetAddress,
  loadDataset,
} from '../../../src/data/load-from-address';

const PAGE = 'http://127.0.0.1:4173/?debug=1';

function addressFor(value: string) {
  return datasetAddress(`?${new URLSearchParams({ data: value })}`, PAGE);
}

function refusal(value: string): string {
  const address = addressFor(value);
  if (address.kind !== 'refused') throw new Error(`expected a refusal for ${value}`);
  return address.problem;
}

const FILE = { url: 'http://127.0.0.1:4173/bench/x.json', shown: '/bench/x.json' };

function answering(body: string, init: ResponseInit = {}): DatasetFetch {
  return async () => new Response(body, init);
}

describe('the dataset named in the address', () => {
  it('is the embedded guide when the address names none', () => {
    expect(datasetAddress('', PAGE)).toEqual({ kind: 'embedded' });
    expect(datasetAddress('?debug=1&at=hub-boards', PAGE)).toEqual({ kind: 'embedded' });
  });

  it('resolves a same-origin path, absolute or relative, to an address on the page origin', () => {
    expect(addressFor('/bench/platforms-200.json')).toEqual({
      kind: 'same-origin',
      url: 'http://127.0.0.1:4173/bench/platforms-200.json',
      shown: '/bench/platforms-200.json',
    });
    expect(addressFor('data/set.json?v=2#part')).toMatchObject({
      url: 'http://127.0.0.1:4173/data/set.json?v=2',
    });
    expect(addressFor('http://127.0.0.1:4173/x.json')).toMatchObject({ kind: 'same-origin' });
  });

  it('refuses another host, whether absolute, protocol-relative or another port', () => {
    expect(refusal('https://example.com/x.json')).toContain('another site (example.com)');
    expect(refusal('http://127.0.0.1:9999/x.json')).toContain('another site (127.0.0.1:9999)');
    expect(refusal('//example.com/x.json')).toContain('"//"');
  });

  it('refuses data: and javascript: addresses, naming the scheme', () => {
    expect(refusal('data:application/json,{}')).toContain('"data:"');
    expect(refusal('JavaScript:alert(1)')).toContain('"javascript:"');
  });

  it('refuses backslashes, spaces and control characters that browsers would rewrite', () => {
    for (const value of ['/\\example.com/x.json', ' //example.com/x.json', '/a\tb.json']) {
      expect(refusal(value)).toContain('nothing was fetched');
    }
  });

  it('refuses an empty name and a file that is not JSON', () => {
    expect(refusal('')).toContain('empty');
    expect(refusal('/index.html')).toContain('.json');
  });
});

describe('loading a same-origin dataset', () => {
  it('returns the validated, frozen guide when the file passes its checks', async () => {
    const result = await loadDataset(FILE, answering(JSON.stringify(embeddedGuide)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.guide.platforms).toHaveLength(embeddedGuide.platforms.length);
    expect(Object.isFrozen(result.guide.platforms[0])).toBe(true);
  });

  it('asks not to follow redirects, so a redirect cannot lead to another site', async () => {
    let seen: RequestInit | undefined;
    await loadDataset(FILE, async (_url, init) => {
      seen = init;
      return new Response('{}');
    });
    expect(seen?.redirect).toBe('error');
    expect(seen?.credentials).toBe('same-origin');
  });

  it('names the field and value when the file fails validation', async () => {
    const broken = { ...embeddedGuide, lastUpdated: 'September' };
    const result = await loadDataset(FILE, answering(JSON.stringify(broken)));
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.heading).toContain('/bench/x.json');
    expect(result.problems.join('\n')).toContain('lastUpdated = "September"');
  });

  it('reports a file that is not JSON, an error status and a network failure as problems', async () => {
    const notJson = await loadDataset(FILE, answering('<html>'));
    const missing = await loadDataset(
      FILE,
      answering('', { status: 404, statusText: 'Not Found' }),
    );
    const offline = await loadDataset(FILE, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(notJson).toMatchObject({ ok: false });
    expect(!notJson.ok && notJson.problems[0]).toContain('not valid JSON');
    expect(!missing.ok && missing.problems[0]).toContain('404 Not Found');
    expect(!offline.ok && offline.problems[0]).toContain('Failed to fetch');
  });
});
