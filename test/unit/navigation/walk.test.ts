import { describe, expect, it } from 'vitest';
import {
  approachVelocity,
  RUN_SPEED,
  targetVelocity,
  WALK_SPEED,
  walkIntent,
  walkStep,
} from '../../../src/navigation/walk';

function velocityFor(codes: string[], yaw = 0) {
  return targetVelocity(walkIntent(new Set(codes)), yaw, { x: 0, z: 0 });
}

describe('walking from the keyboard', () => {
  it('walks forward (down −z) on W or the up arrow when facing the start direction', () => {
    for (const code of ['KeyW', 'ArrowUp']) {
      const v = velocityFor([code]);
      expect(v.x).toBeCloseTo(0);
      expect(v.z).toBeCloseTo(-WALK_SPEED);
    }
  });

  it('steps right on D and left on the left arrow', () => {
    expect(velocityFor(['KeyD']).x).toBeCloseTo(WALK_SPEED);
    expect(velocityFor(['ArrowLeft']).x).toBeCloseTo(-WALK_SPEED);
  });

  it('walks where the visitor looks', () => {
    // Yaw π/2 looks down −x.
    const v = velocityFor(['KeyW'], Math.PI / 2);
    expect(v.x).toBeCloseTo(-WALK_SPEED);
    expect(v.z).toBeCloseTo(0);
  });

  it('is no faster on a diagonal', () => {
    const v = velocityFor(['KeyW', 'KeyD']);
    expect(Math.hypot(v.x, v.z)).toBeCloseTo(WALK_SPEED);
  });

  it('runs while Shift is held', () => {
    const v = velocityFor(['KeyS', 'ShiftLeft']);
    expect(v.z).toBeCloseTo(RUN_SPEED);
  });

  it('stands still when opposite keys cancel out or nothing is held', () => {
    expect(velocityFor(['KeyW', 'KeyS'])).toEqual({ x: 0, z: 0 });
    expect(velocityFor([])).toEqual({ x: 0, z: 0 });
  });

  it('scales the step by the frame duration', () => {
    expect(walkStep({ x: 4, z: -2 }, 0.5, { x: 0, z: 0 })).toEqual({ x: 2, z: -1 });
  });

  it('reaches the asked speed whatever the frame rate, and comes to rest', () => {
    const target = { x: WALK_SPEED, z: 0 };
    const fast = { x: 0, z: 0 };
    const slow = { x: 0, z: 0 };
    for (let i = 0; i < 60; i++) approachVelocity(fast, target, 1 / 60);
    for (let i = 0; i < 10; i++) approachVelocity(slow, target, 1 / 10);
    expect(fast.x).toBeCloseTo(slow.x, 5);
    expect(fast.x).toBeCloseTo(WALK_SPEED, 2);

    const stop = { x: 0, z: 0 };
    for (let i = 0; i < 60; i++) approachVelocity(fast, stop, 1 / 60);
    expect(fast).toEqual({ x: 0, z: 0 });
  });
});
