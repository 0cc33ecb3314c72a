import { describe, expect, it } from 'vitest';
import { layoutRing } from '../../../src/floorplan/layout';
import { ease, tweenRing } from '../../../src/world/ring-tween';

const before = layoutRing([1.3, 1.1, 0.9, 0.8]);
const beforeIds = ['a', 'b', 'c', 'd'];
// 'd' jumps to first place and grows; the rest move one place clockwise.
const after = layoutRing([1.35, 1.3, 1.1, 0.9]);
const afterIds = ['d', 'a', 'b', 'c'];
const shown = new Map(before.booths.map((booth, i) => [beforeIds[i] ?? '', booth]));

describe('the ring tween between two rankings', () => {
  it('starts where every booth was shown and ends on the new layout', () => {
    const start = tweenRing(shown, before.radius, after, afterIds, 0);
    start.booths.forEach((booth, i) => {
      const was = before.booths[beforeIds.indexOf(afterIds[i] ?? '')];
      expect(booth.position[0]).toBeCloseTo(was?.position[0] ?? Number.NaN, 9);
      expect(booth.position[2]).toBeCloseTo(was?.position[2] ?? Number.NaN, 9);
      expect(booth.scale).toBeCloseTo(was?.scale ?? Number.NaN, 9);
    });
    const end = tweenRing(shown, before.radius, after, afterIds, 1);
    end.booths.forEach((booth, i) => {
      expect(booth.position[0]).toBeCloseTo(after.booths[i]?.position[0] ?? Number.NaN, 9);
      expect(booth.scale).toBeCloseTo(after.booths[i]?.scale ?? Number.NaN, 9);
    });
  });

  it('keeps booths on the ring half way, rather than cutting across the hub', () => {
    const middle = tweenRing(shown, before.radius, after, afterIds, 0.5);
    for (const booth of middle.booths) {
      expect(Math.hypot(booth.position[0], booth.position[2])).toBeCloseTo(middle.radius, 9);
    }
  });

  it('turns the short way round: booth d goes from the last place to the first forwards', () => {
    const quarter = tweenRing(shown, before.radius, after, afterIds, 0.5);
    const d = quarter.booths[0];
    // From 270° to 360° the short way passes 315°, not 135°.
    expect(d?.position[0]).toBeLessThan(0);
    expect(d?.position[2]).toBeLessThan(0);
  });

  it('eases from rest to rest', () => {
    expect(ease(0)).toBe(0);
    expect(ease(1)).toBe(1);
    expect(ease(0.5)).toBeCloseTo(0.5, 9);
    expect(ease(-1)).toBe(0);
    expect(ease(2)).toBe(1);
  });
});
