import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BoothPlacement,
  distanceToObstacle,
  HUB_VIEWPOINT,
  layoutRing,
  obstacles,
} from '../../../src/floorplan/layout';

const scale = fc.double({ min: 0.7, max: 1.4, noNaN: true });
// Counts drawn uniformly, so that large rings (up to 200) are really tried.
const scalesOf = (max: number) =>
  fc
    .integer({ min: 1, max })
    .chain((count) => fc.array(scale, { minLength: count, maxLength: count }));

/** Corners of a booth's footprint on the floor, as three.js would place them. */
function corners(booth: BoothPlacement): [number, number][] {
  const cos = Math.cos(booth.rotationY);
  const sin = Math.sin(booth.rotationY);
  return [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ].map(([sx = 0, sz = 0]) => {
    const x = sx * booth.halfWidth;
    const z = sz * booth.halfDepth;
    return [booth.position[0] + x * cos + z * sin, booth.position[2] - x * sin + z * cos];
  });
}

/** Separating-axis test for two oriented rectangles. */
function overlaps(a: BoothPlacement, b: BoothPlacement): boolean {
  const ca = corners(a);
  const cb = corners(b);
  const axes = [a.rotationY, b.rotationY].flatMap((r) => [
    [Math.cos(r), -Math.sin(r)],
    [Math.sin(r), Math.cos(r)],
  ]);
  return axes.every(([ax = 0, az = 0]) => {
    const project = (points: [number, number][]) => points.map(([x, z]) => x * ax + z * az);
    const pa = project(ca);
    const pb = project(cb);
    return Math.max(...pa) > Math.min(...pb) && Math.max(...pb) > Math.min(...pa);
  });
}

describe('the ring layout', () => {
  it('never lets two booths overlap, for 1 to 200 booths of any scale', () => {
    fc.assert(
      fc.property(scalesOf(200), (scales) => {
        const { booths } = layoutRing(scales);
        for (let i = 0; i < booths.length; i++) {
          for (let j = i + 1; j < booths.length; j++) {
            const a = booths[i];
            const b = booths[j];
            if (a && b && overlaps(a, b)) return false;
          }
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('puts booth #1 straight ahead of the visitor standing at the hub start', () => {
    const first = layoutRing([1.2, 1, 0.8]).booths[0];
    expect(first?.position[0]).toBeCloseTo(0);
    expect(first?.position[2]).toBeLessThan(HUB_VIEWPOINT.position[2]);
    expect(HUB_VIEWPOINT.yaw).toBe(0);
  });

  it('places the following booths clockwise seen from above, towards +x first', () => {
    const { booths } = layoutRing([1, 1, 1, 1]);
    expect(booths[1]?.position[0]).toBeGreaterThan(0);
    expect(booths[3]?.position[0]).toBeLessThan(0);
    const angles = booths.map((b) => b.angle);
    expect(angles).toEqual([...angles].sort((x, y) => x - y));
  });

  it('turns each booth front and each viewpoint towards each other', () => {
    fc.assert(
      fc.property(scalesOf(40), (scales) =>
        layoutRing(scales).booths.every((booth) => {
          const dx = booth.position[0] - booth.viewpoint[0];
          const dz = booth.position[2] - booth.viewpoint[2];
          const length = Math.hypot(dx, dz);
          // yaw 0 looks down -z; yaw θ looks along (-sin θ, -cos θ).
          const lookX = -Math.sin(booth.viewYaw);
          const lookZ = -Math.cos(booth.viewYaw);
          // The booth's front is its local +z turned by rotationY.
          const frontX = Math.sin(booth.rotationY);
          const frontZ = Math.cos(booth.rotationY);
          const facesBooth = (lookX * dx + lookZ * dz) / length > 0.999;
          const frontFacesViewer = (frontX * -dx + frontZ * -dz) / length > 0.999;
          return facesBooth && frontFacesViewer;
        }),
      ),
    );
  });

  it('keeps every booth viewpoint and the hub start clear of every obstacle', () => {
    fc.assert(
      fc.property(scalesOf(200), (scales) => {
        const layout = layoutRing(scales);
        const all = obstacles(layout);
        const spots = [HUB_VIEWPOINT.position, ...layout.booths.map((b) => b.viewpoint)];
        return spots.every(([x, , z]) => all.every((o) => distanceToObstacle(x, z, o) > 0.5));
      }),
      { numRuns: 40 },
    );
  });

  it('describes each booth footprint as an obstacle that contains its centre', () => {
    const layout = layoutRing([1.4, 0.7]);
    const boxes = obstacles(layout).slice(-2);
    layout.booths.forEach((booth, i) => {
      const box = boxes[i];
      expect(box?.kind).toBe('box');
      if (box)
        expect(distanceToObstacle(booth.position[0], booth.position[2], box)).toBeLessThan(0);
      const [x, z] = corners(booth)[0] ?? [0, 0];
      if (box) expect(Math.abs(distanceToObstacle(x, z, box))).toBeLessThan(1e-9);
    });
  });
});
