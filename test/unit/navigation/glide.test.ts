import { describe, expect, it } from 'vitest';
import {
  EYE_HEIGHT,
  HUB_VIEWPOINT,
  layoutRing,
  obstacles as worldObstacles,
} from '../../../src/floorplan/layout';
import {
  easeInOut,
  GLIDE_MAX_SECONDS,
  GLIDE_MIN_SECONDS,
  type GlideSample,
  type Pose,
  planGlide,
  routeClearance,
  sampleGlide,
  shortTurn,
} from '../../../src/navigation/glide';
import { type Obstacle, VISITOR_RADIUS } from '../../../src/navigation/obstacles';

const layout = layoutRing([1.2, 1.1, 1, 1, 1, 0.9, 0.9, 0.8, 0.8, 0.8]);
const obstacles = worldObstacles(layout);
const hubPose: Pose = {
  x: HUB_VIEWPOINT.position[0],
  y: HUB_VIEWPOINT.position[1],
  z: HUB_VIEWPOINT.position[2],
  yaw: HUB_VIEWPOINT.yaw,
};

function viewpointPose(index: number): Pose {
  const booth = layout.booths[index];
  if (!booth) throw new Error(`no booth ${index}`);
  const [x, y, z] = booth.viewpoint;
  return { x, y, z, yaw: booth.viewYaw };
}

function sampleAt(plan: ReturnType<typeof planGlide>, elapsed: number): GlideSample {
  const out = { x: 0, y: 0, z: 0, yaw: 0, eased: 0 };
  sampleGlide(plan, elapsed, out);
  return out;
}

describe('turning the short way round', () => {
  it('turns across ±π rather than all the way back', () => {
    expect(shortTurn(3, -3)).toBeCloseTo(2 * Math.PI - 6);
    expect(shortTurn(-3, 3)).toBeCloseTo(6 - 2 * Math.PI);
    expect(shortTurn(0, 7 * Math.PI)).toBeCloseTo(Math.PI);
  });
});

describe('easing', () => {
  it('starts at 0, ends at 1 and passes the middle at one half', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5);
    expect(easeInOut(0.1)).toBeLessThan(0.1);
  });
});

describe('planning a glide between places', () => {
  it('ends exactly at the target pose', () => {
    const from: Pose = { x: 0, y: EYE_HEIGHT, z: 4, yaw: 0 };
    const to = viewpointPose(3);
    const plan = planGlide(from, to, obstacles);
    const end = sampleAt(plan, plan.duration);
    expect(end.x).toBeCloseTo(to.x);
    expect(end.z).toBeCloseTo(to.z);
    expect(end.y).toBeCloseTo(to.y);
    expect(shortTurn(end.yaw, to.yaw)).toBeCloseTo(0);
  });

  it('starts at the starting pose', () => {
    const from: Pose = { x: 1, y: 2, z: 3, yaw: 0.5 };
    const plan = planGlide(from, viewpointPose(5), obstacles);
    const start = sampleAt(plan, 0);
    expect([start.x, start.y, start.z, start.yaw]).toEqual([1, 2, 3, 0.5]);
  });

  it('lasts longer for longer trips, within bounds', () => {
    const near = planGlide(viewpointPose(0), viewpointPose(1), obstacles);
    const far = planGlide(viewpointPose(0), viewpointPose(5), obstacles);
    const still = planGlide(viewpointPose(0), viewpointPose(0), obstacles);
    expect(far.duration).toBeGreaterThan(near.duration);
    expect(still.duration).toBe(GLIDE_MIN_SECONDS);
    expect(far.duration).toBeLessThanOrEqual(GLIDE_MAX_SECONDS);
  });

  it('goes straight between neighbouring booths', () => {
    expect(planGlide(viewpointPose(2), viewpointPose(3), obstacles).points).toHaveLength(2);
  });

  it('goes around something standing on the straight line instead of through it', () => {
    const pillar: Obstacle = { kind: 'circle', center: [0, 0], radius: 1 };
    const from: Pose = { x: 0.2, y: EYE_HEIGHT, z: 6, yaw: 0 };
    const to: Pose = { x: -0.1, y: EYE_HEIGHT, z: -6, yaw: 0 };
    const plan = planGlide(from, to, [pillar]);
    expect(plan.points.length).toBeGreaterThan(2);
    expect(routeClearance(plan.points, [pillar])).toBeGreaterThanOrEqual(VISITOR_RADIUS - 1e-6);
  });

  it('keeps clear of every booth between any two viewpoints and from behind a booth', () => {
    const behind = layout.booths[4];
    if (!behind) throw new Error('no booth 4');
    const [bx, , bz] = behind.position;
    const out = Math.hypot(bx, bz) + behind.halfDepth + 2;
    const starts: Pose[] = [
      hubPose,
      ...layout.booths.map((_, i) => viewpointPose(i)),
      {
        x: (bx / Math.hypot(bx, bz)) * out,
        y: EYE_HEIGHT,
        z: (bz / Math.hypot(bx, bz)) * out,
        yaw: 0,
      },
    ];
    for (const from of starts) {
      for (let to = 0; to < layout.booths.length; to++) {
        const plan = planGlide(from, viewpointPose(to), obstacles);
        expect(routeClearance(plan.points, obstacles)).toBeGreaterThanOrEqual(
          VISITOR_RADIUS - 1e-6,
        );
      }
    }
  });

  it('turns the short way while gliding', () => {
    const from: Pose = { x: 0, y: EYE_HEIGHT, z: 0, yaw: 3 };
    const to: Pose = { x: 0, y: EYE_HEIGHT, z: 1, yaw: -3 };
    const plan = planGlide(from, to, []);
    const middle = sampleAt(plan, plan.duration / 2);
    expect(middle.yaw).toBeGreaterThan(3);
  });
});
