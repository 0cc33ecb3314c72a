import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HUB_VIEWPOINT,
  layoutRing,
  obstacles as worldObstacles,
} from '../../../src/floorplan/layout';
import { isClear, moveVisitor, type WalkArea } from '../../../src/navigation/collide';
import { gapTo, type Obstacle, VISITOR_RADIUS } from '../../../src/navigation/obstacles';

const wall: Obstacle = { kind: 'box', center: [0, -5], rotationY: 0, halfX: 4, halfZ: 1 };
const area: WalkArea = { obstacles: [wall] };

function move(a: WalkArea, x: number, z: number, dx: number, dz: number) {
  return moveVisitor(a, x, z, dx, dz, { x: 0, z: 0 });
}

describe('moving a visitor against obstacles', () => {
  it('moves freely where nothing is in the way', () => {
    const to = move(area, 10, 10, 1, -2);
    expect(to.x).toBeCloseTo(11);
    expect(to.z).toBeCloseTo(8);
  });

  it('stops at a wall one radius off its face', () => {
    const to = move(area, 0, 0, 0, -10);
    expect(to.z).toBeCloseTo(-4 + VISITOR_RADIUS, 3);
    expect(to.x).toBeCloseTo(0);
  });

  it('slides along a wall when walking into it at an angle', () => {
    const to = move(area, 0, -3, 2, -2);
    expect(to.x).toBeGreaterThan(1.9);
    expect(to.z).toBeCloseTo(-4 + VISITOR_RADIUS, 3);
  });

  it('does not pass through a thin wall however long the step', () => {
    const thin: Obstacle = { kind: 'box', center: [0, 0], rotationY: 0, halfX: 5, halfZ: 0.05 };
    const to = move({ obstacles: [thin] }, 0, 2, 0, -400);
    expect(to.z).toBeGreaterThan(0);
  });

  it('respects a turned box', () => {
    const turned: Obstacle = {
      kind: 'box',
      center: [0, 0],
      rotationY: Math.PI / 4,
      halfX: 3,
      halfZ: 1,
    };
    const to = move({ obstacles: [turned] }, 6, 6, -12, -12);
    expect(gapTo(turned, to.x, to.z)).toBeGreaterThanOrEqual(VISITOR_RADIUS - 1e-6);
  });

  it('walks around a round obstacle rather than through it', () => {
    const pillar: Obstacle = { kind: 'circle', center: [0, 0], radius: 2 };
    const to = move({ obstacles: [pillar] }, 0.1, 5, 0, -10);
    expect(Math.hypot(to.x, to.z)).toBeGreaterThanOrEqual(2 + VISITOR_RADIUS - 1e-6);
  });

  it('keeps the visitor inside the pavilion bounds', () => {
    const to = move({ obstacles: [], boundsRadius: 20 }, 0, 0, 50, 0);
    expect(to.x).toBeCloseTo(20 - VISITOR_RADIUS, 3);
  });

  it('tells a clear spot from one that overlaps a wall', () => {
    expect(isClear(area, 0, 0)).toBe(true);
    expect(isClear(area, 0, -3.8)).toBe(false);
  });

  it('lets a visitor stand at the hub start', () => {
    const [x, , z] = HUB_VIEWPOINT.position;
    expect(isClear({ obstacles: worldObstacles(layoutRing([1, 1, 1])) }, x, z)).toBe(true);
  });

  it('never ends a move inside a booth or hub structure, whatever the step', () => {
    const obstacles = worldObstacles(layoutRing([1.2, 1, 1, 1, 0.9, 0.9, 0.8, 0.8, 0.8, 0.8]));
    const ring: WalkArea = { obstacles, boundsRadius: 40 };
    const spot = fc.double({ min: -35, max: 35, noNaN: true });
    const step = fc.double({ min: -60, max: 60, noNaN: true });
    fc.assert(
      fc.property(spot, spot, step, step, (x, z, dx, dz) => {
        fc.pre(isClear(ring, x, z));
        const to = move(ring, x, z, dx, dz);
        for (const obstacle of obstacles) {
          expect(gapTo(obstacle, to.x, to.z)).toBeGreaterThan(VISITOR_RADIUS - 1e-3);
        }
      }),
      { numRuns: 300 },
    );
  });
});
