import type { Place } from './store';

/**
 * Places in the address: `#/` or `#/hub` is the hub, `#/booth/<id>` a booth. The id is checked
 * against the known platform ids and never written into the page as markup.
 */

export type ParsedAddress =
  | { readonly ok: true; readonly place: Place }
  | { readonly ok: false; readonly place: 'hub'; readonly problem: string };

const BOOTH_PATH = /^#\/booth\/([^/?#]*)$/;
const MAX_SHOWN = 40;

export function parsePlaceHash(hash: string, knownIds: ReadonlySet<string>): ParsedAddress {
  if (hash === '' || hash === '#' || hash === '#/' || hash === '#/hub')
    return { ok: true, place: 'hub' };
  const match = BOOTH_PATH.exec(hash);
  if (!match) return { ok: false, place: 'hub', problem: 'That link does not name a place here.' };
  let id: string;
  try {
    id = decodeURIComponent(match[1] ?? '');
  } catch {
    return { ok: false, place: 'hub', problem: 'That link is malformed.' };
  }
  if (knownIds.has(id)) return { ok: true, place: { booth: id } };
  // Shown as plain text only, and shortened so a hostile link cannot flood the notice.
  const shown = id.length > MAX_SHOWN ? `${id.slice(0, MAX_SHOWN)}…` : id;
  return { ok: false, place: 'hub', problem: `There is no booth called “${shown}”.` };
}

export function placeHash(place: Place): string {
  return place === 'hub' ? '#/' : `#/booth/${encodeURIComponent(place.booth)}`;
}
