import { DESIGN_ASPECT, type RingLayout, viewDistance } from '../floorplan/layout';

/**
 * How near the camera must be for a booth's text to be worth drawing: the fascia sign while its
 * letters are a few pixels tall or more, the panels once the visitor is about to read them.
 */

/** Sign text (name, rank, score) shows within this distance of the booth's centre. */
export function signReach(scale: number): number {
  return 45 * scale + 15;
}

/**
 * Panel text shows within this distance: about twice the reading distance, and on a narrow screen
 * (a phone held upright) at least as far as the spot that fits the whole wall across it.
 */
export function detailReach(scale: number, aspect = DESIGN_ASPECT): number {
  return Math.max(viewDistance(scale) * 2, viewDistance(scale, aspect) + 1) + 2;
}

/**
 * Ring indices whose sign and whose panels show, for a camera at floor point (x, z) drawing to a
 * screen of this aspect.
 */
export function boothLodAt(
  layout: RingLayout,
  x: number,
  z: number,
  aspect = DESIGN_ASPECT,
): { signs: number[]; details: number[] } {
  const signs: number[] = [];
  const details: number[] = [];
  for (const booth of layout.booths) {
    const distance = Math.hypot(booth.position[0] - x, booth.position[2] - z);
    if (distance < signReach(booth.scale)) signs.push(booth.index);
    if (distance < detailReach(booth.scale, aspect)) details.push(booth.index);
  }
  return { signs, details };
}
