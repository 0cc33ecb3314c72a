import type { Place } from '../state/store';

/** Element ids the twin moves focus to; one place, one id. */

export function boothHeadingId(platformId: string): string {
  return `platform-${platformId}`;
}

export const HUB_HEADING_ID = 'twin-hub-heading';
export const TWIN_MAIN_ID = 'twin';

export function placeHeadingId(place: Place): string {
  return place === 'hub' ? HUB_HEADING_ID : boothHeadingId(place.booth);
}
