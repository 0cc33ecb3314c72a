import { describe, expect, it } from 'vitest';
import { guideWeights, loadEmbeddedGuide } from '../../../src/data';
import { EYE_HEIGHT, HUB_PANELS, HUB_VIEWPOINT } from '../../../src/floorplan/layout';
import {
  BADGE_SIZE,
  badgePosition,
  clearOfHubBoards,
  pickBeacons,
  wallTop,
} from '../../../src/kiosk/beaconLayout';
import { derivePavilion } from '../../../src/state/selectors';

const guide = loadEmbeddedGuide();
const { layout, indexById } = derivePavilion(guide, guideWeights(guide));
const boothOf = (id: string) => layout.booths[indexById.get(id) ?? -1];
const [eyeX, , eyeZ] = HUB_VIEWPOINT.position;

/** Elevation (radians) of a point seen from the hub's start, and its bearing on the floor. */
function seenFromStart([x, y, z]: readonly [number, number, number]) {
  const distance = Math.hypot(x - eyeX, z - eyeZ);
  return {
    distance,
    bearing: Math.atan2(x - eyeX, z - eyeZ),
    elevation: Math.atan2(y - EYE_HEIGHT, distance),
  };
}

describe('the beacons over the kiosk picks', () => {
  it('number the picks in the kiosk order, keeping the numbers when an id names no booth', () => {
    const ids = guide.platforms.slice(0, 3).map((p) => p.id);
    expect(pickBeacons(ids, boothOf).map((b) => [b.id, b.place])).toEqual([
      [ids[0], 1],
      [ids[1], 2],
      [ids[2], 3],
    ]);
    const withGap = pickBeacons([ids[0] ?? '', 'nowhere-world', ids[2] ?? ''], boothOf);
    expect(withGap.map((b) => b.place)).toEqual([1, 3]);
  });

  it('float every badge above its booth wall, over the wall the booth turns to the hub', () => {
    for (const booth of layout.booths) {
      const [x, y, z] = badgePosition(booth);
      expect(y - BADGE_SIZE / 2).toBeGreaterThan(wallTop(booth));
      // Within the booth's footprint, behind its centre (away from the hub).
      const fromHub = Math.hypot(x, z);
      expect(fromHub).toBeGreaterThan(layout.radius);
      expect(fromHub).toBeLessThan(layout.radius + booth.halfDepth);
    }
  });

  it('lift each badge clear of every hub board between it and the start', () => {
    for (const booth of layout.booths) {
      const badge = seenFromStart(badgePosition(booth));
      const badgeBottom = Math.atan2(
        badgePosition(booth)[1] - BADGE_SIZE / 2 - EYE_HEIGHT,
        badge.distance,
      );
      for (const board of HUB_PANELS) {
        const top: [number, number, number] = [
          board.position[0],
          board.bottom + board.height,
          board.position[2],
        ];
        const seen = seenFromStart(top);
        const half = Math.atan2(board.width / 2, seen.distance);
        const gap = Math.abs(
          Math.atan2(
            Math.sin(badge.bearing - seen.bearing),
            Math.cos(badge.bearing - seen.bearing),
          ),
        );
        if (gap > half) continue;
        expect(badgeBottom).toBeGreaterThan(seen.elevation);
      }
    }
  });

  it('ask no extra height where no board stands in the way', () => {
    // Straight ahead of the start: the boards all stand behind it.
    expect(clearOfHubBoards(0, -30)).toBe(0);
    expect(clearOfHubBoards(0, 30)).toBeGreaterThan(EYE_HEIGHT);
  });
});
