import { describe, expect, it } from 'vitest';
import {
  JOYSTICK_RADIUS,
  knobOffset,
  lookFromDrag,
  stickFromDrag,
  touchRole,
} from '../../../src/navigation/touch/gestures';
import { addStickVelocity } from '../../../src/navigation/walk';

describe('touch gestures', () => {
  it('gives a finger landing in the left 40% the joystick, and any other finger the view', () => {
    expect(touchRole(100, 390, false)).toBe('walk');
    expect(touchRole(200, 390, false)).toBe('look');
    // A second thumb on the left while one already walks looks around instead.
    expect(touchRole(100, 390, true)).toBe('look');
  });

  it('reads a drag up the screen as walking forward, at full push from the rim outwards', () => {
    expect(stickFromDrag(0, -JOYSTICK_RADIUS)).toMatchObject({ forward: 1, sideways: 0 });
    const beyond = stickFromDrag(0, -3 * JOYSTICK_RADIUS);
    expect(beyond.forward).toBeCloseTo(1);
    const half = stickFromDrag(JOYSTICK_RADIUS / 2, 0);
    expect(half.sideways).toBeCloseTo(0.5);
  });

  it('ignores a resting thumb inside the dead zone', () => {
    expect(stickFromDrag(3, -3)).toEqual({ forward: 0, sideways: 0, fast: false });
  });

  it('keeps the knob on the rim when the thumb goes past it', () => {
    const at = knobOffset(3 * JOYSTICK_RADIUS, 0);
    expect(at.x).toBeCloseTo(JOYSTICK_RADIUS);
    expect(knobOffset(10, 5)).toEqual({ x: 10, y: 5 });
  });

  it('turns the view with the finger: dragging right turns left (a positive yaw)', () => {
    expect(lookFromDrag(100, 0).yaw).toBeGreaterThan(0);
    expect(lookFromDrag(0, 50).pitch).toBeGreaterThan(0);
  });

  it('walks at the chosen speed times the push, facing the view', () => {
    const out = { x: 0, z: 0 };
    addStickVelocity({ forward: 0.5, sideways: 0, fast: false }, 0, 4, out);
    expect(out.x).toBeCloseTo(0);
    expect(out.z).toBeCloseTo(-2);
  });
});
