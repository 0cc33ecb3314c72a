import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guideWeights, loadEmbeddedGuide } from '../../../src/data';
import { distanceToObstacle, HUB_VIEWPOINT } from '../../../src/floorplan/layout';
import type { WalkArea } from '../../../src/navigation/collide';
import { walkAreaFor } from '../../../src/navigation/navigator';
import { derivePavilion } from '../../../src/state/selectors';
import {
  ARC_STEPS,
  createArcTrace,
  type Point3,
  teleportTarget,
  traceArc,
} from '../../../src/xr/teleportArc';

/** A booth-sized wall across the way 10 m ahead (−z), and open floor to 40 m. */
const wallAhead: WalkArea = {
  obstacles: [{ kind: 'box', center: [0, -10], halfX: 4, halfZ: 1.5, rotationY: 0 }],
  boundsRadius: 40,
};
const open: WalkArea = { obstacles: [], boundsRadius: 40 };
const HAND: Point3 = { x: 0, y: 1.4, z: 0 };

const points = new Float32Array((ARC_STEPS + 1) * 3);
const ahead = (pitch: number, yaw = 0): Point3 => ({
  x: -Math.sin(yaw) * Math.cos(pitch),
  y: Math.sin(pitch),
  z: -Math.cos(yaw) * Math.cos(pitch),
});
const trace = (area: WalkArea, aim: Point3, start = HAND) =>
  traceArc(start, aim, area, points, createArcTrace());
const lastPoint = (count: number) => [...points.slice((count - 1) * 3, count * 3)];

describe('the teleport arc', () => {
  it('lands further the higher it is aimed, up to 45°', () => {
    const reach = (pitch: number) => -trace(open, ahead(pitch)).end.z;
    expect(reach(-0.3)).toBeLessThan(reach(0));
    expect(reach(0)).toBeLessThan(reach(0.4));
    expect(reach(Math.PI / 4)).toBeGreaterThan(20);
    const down = trace(open, { x: 0, y: -1, z: 0 });
    expect(down.ending).toBe('floor');
    expect(down.end.x).toBeCloseTo(0);
    expect(lastPoint(down.count)[1]).toBe(0);
  });

  it('lands on open floor short of a wall, and a teleport goes there', () => {
    const arc = trace(wallAhead, ahead(-0.2));
    expect(arc.ending).toBe('floor');
    expect(-arc.end.z).toBeGreaterThan(3);
    expect(-arc.end.z).toBeLessThan(8.5);
    expect(teleportTarget(arc, wallAhead)).toEqual({ x: arc.end.x, z: arc.end.z });
  });

  it('stops at the first wall in its way and offers no teleport past it', () => {
    // Without the wall this arc comes down about 20 m ahead, well behind it.
    expect(-trace(open, ahead(0.6)).end.z).toBeGreaterThan(18);
    const arc = trace(wallAhead, ahead(0.6));
    expect(arc.ending).toBe('blocked');
    expect(arc.end.z).toBeCloseTo(-8.5, 6);
    expect(lastPoint(arc.count)[2]).toBeCloseTo(-8.5, 4);
    expect(lastPoint(arc.count)[1]).toBeGreaterThan(0);
    expect(teleportTarget(arc, wallAhead)).toBeNull();
  });

  it('refuses a landing on open floor too close to a wall for a visitor to stand', () => {
    // Aimed to come down just in front of the wall (z = −8.5), inside a visitor's width of it.
    let low = -0.5;
    let high = 0.2;
    for (let i = 0; i < 50; i += 1) {
      const mid = (low + high) / 2;
      if (-trace(open, ahead(mid)).end.z < 8.4) low = mid;
      else high = mid;
    }
    const arc = trace(wallAhead, ahead(low));
    expect(arc.ending).toBe('floor');
    expect(arc.end.z).toBeCloseTo(-8.4, 2);
    expect(teleportTarget(arc, wallAhead)).toBeNull();
  });

  it('passes over a board lower than the arc, and hits it when thrown low', () => {
    // A 3.8 m board 6 m ahead, thin like the hub's reading boards.
    const board: WalkArea = {
      obstacles: [{ kind: 'box', center: [0, -6], halfX: 2, halfZ: 0.2, rotationY: 0, top: 3.8 }],
      boundsRadius: 40,
    };
    const high = trace(board, ahead(0.6));
    expect(high.ending).toBe('floor');
    expect(-high.end.z).toBeGreaterThan(18);
    expect(teleportTarget(high, board)).not.toBeNull();

    const low = trace(board, ahead(0.05));
    expect(low.ending).toBe('blocked');
    expect(low.end.z).toBeCloseTo(-5.8, 6);
    expect(teleportTarget(low, board)).toBeNull();
  });

  it('stops at round obstacles and at the edge of the pavilion', () => {
    const pillar: WalkArea = { obstacles: [{ kind: 'circle', center: [0, -6], radius: 0.5 }] };
    const atPillar = trace(pillar, ahead(0.3));
    expect(atPillar.ending).toBe('blocked');
    expect(atPillar.end.z).toBeCloseTo(-5.5, 6);

    const small: WalkArea = { obstacles: [], boundsRadius: 12 };
    const atEdge = trace(small, ahead(0.6));
    expect(atEdge.ending).toBe('blocked');
    expect(Math.hypot(atEdge.end.x, atEdge.end.z)).toBeCloseTo(12, 6);
  });

  it('in the pavilion, stops at the first booth or hub structure in its way, nowhere else', () => {
    const guide = loadEmbeddedGuide();
    const area = walkAreaFor(derivePavilion(guide, guideWeights(guide)).layout);
    const [hx, , hz] = HUB_VIEWPOINT.position;
    const outside = (x: number, z: number) =>
      area.obstacles.every((obstacle) => distanceToObstacle(x, z, obstacle) > -1e-6);
    fc.assert(
      fc.property(
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        fc.double({ min: -0.6, max: Math.PI / 4, noNaN: true }),
        fc.double({ min: -6, max: 6, noNaN: true }),
        (yaw, pitch, sideways) => {
          const start = { x: hx + sideways, y: 1.4, z: hz + sideways / 2 };
          if (!outside(start.x, start.z)) return;
          const arc = trace(area, ahead(pitch, yaw), start);
          // Every point of the arc before its end is clear of the obstacles, or above their tops.
          for (let i = 1; i < arc.count; i += 1) {
            const [ax = 0, ay = 0, az = 0] = points.slice((i - 1) * 3, i * 3);
            const [bx = 0, by = 0, bz = 0] = points.slice(i * 3, i * 3 + 3);
            for (let f = 0; f < 1; f += 1 / 20) {
              const [x, y, z] = [ax + f * (bx - ax), ay + f * (by - ay), az + f * (bz - az)];
              for (const obstacle of area.obstacles) {
                if (distanceToObstacle(x, z, obstacle) > -1e-6) continue;
                expect(y).toBeGreaterThan(obstacle.top ?? Number.POSITIVE_INFINITY);
              }
            }
          }
          // And it stops only where something is: on an obstacle's outline or the edge.
          if (arc.ending === 'blocked') {
            const gaps = area.obstacles.map((o) =>
              Math.abs(distanceToObstacle(arc.end.x, arc.end.z, o)),
            );
            const edge = Math.abs(Math.hypot(arc.end.x, arc.end.z) - (area.boundsRadius ?? 0));
            expect(Math.min(edge, ...gaps)).toBeLessThan(1e-6);
          }
          const target = teleportTarget(arc, area);
          if (target) expect(arc.ending).toBe('floor');
        },
      ),
      { numRuns: 300 },
    );
  });
});
