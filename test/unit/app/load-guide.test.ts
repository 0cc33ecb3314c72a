import { describe, expect, it } from 'vitest';
import { loadGuideFor, withoutDataset } from '../../../src/app/loadGuide';

// A port nothing listens on: a same-origin fetch fails at once, without reaching any server.
const PAGE = 'http://127.0.0.1:9';

describe('the way back from a dataset named in the address', () => {
  it('drops ?data= and keeps every other parameter, spelled as it was, and the place', () => {
    const href = `${PAGE}/?debug=1&data=%2Fbench%2Fbroken.json&a=use%3Aart,done%3Ayes#/booth/mona`;
    expect(withoutDataset(href)).toBe('/?debug=1&a=use%3Aart,done%3Ayes#/booth/mona');
  });

  it('leaves no question mark when ?data= was the only parameter', () => {
    expect(withoutDataset(`${PAGE}/?data=/bench/x.json`)).toBe('/');
  });

  it('drops every ?data= however its name is encoded', () => {
    expect(withoutDataset(`${PAGE}/?d%61ta=a.json&data=b.json&w=1`)).toBe('/?w=1');
  });

  it('is offered when the address names a dataset from another site', () => {
    const loaded = loadGuideFor('?data=https://example.com/x.json&w=1', `${PAGE}/?data=x&w=1`);
    expect(loaded).not.toBeInstanceOf(Promise);
    expect(loaded).toMatchObject({ ok: false, backHref: '/?w=1' });
  });

  it('is offered when a same-origin file fails to load', async () => {
    const href = `${PAGE}/?data=/missing.json`;
    const pending = loadGuideFor('?data=/missing.json', href);
    await expect(Promise.resolve(pending)).resolves.toMatchObject({ ok: false, backHref: '/' });
  });

  it('is not offered for the embedded guide, which has nowhere else to go back to', () => {
    const loaded = loadGuideFor('', `${PAGE}/`);
    expect(loaded).toMatchObject({ ok: true });
    expect('backHref' in loaded).toBe(false);
  });
});
