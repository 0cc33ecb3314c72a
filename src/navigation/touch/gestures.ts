import type { WalkIntent } from '../walk';

/**
 * Touch gestures as plain arithmetic: which job a finger takes by where it lands, how far a
 * joystick drag pushes, and how a look drag turns the view.
 */

/** A finger landing in this left share of the screen walks; anywhere else it looks around. */
export const JOYSTICK_ZONE = 0.4;
/** Pixels from the joystick's centre to its rim: a drag this long is a full push. */
export const JOYSTICK_RADIUS = 56;
/** A push shorter than this share of the radius is a resting thumb, not a wish to walk. */
export const JOYSTICK_DEADZONE = 0.15;
/** Radians of turn per pixel dragged: a drag across a phone's width turns about half round. */
export const TOUCH_LOOK_SENSITIVITY = 0.008;

export type TouchRole = 'walk' | 'look';

/** The job of a finger landing at `x` on a view `width` wide, when `walking` is already taken. */
export function touchRole(x: number, width: number, walking: boolean): TouchRole {
  return !walking && x < width * JOYSTICK_ZONE ? 'walk' : 'look';
}

/**
 * The walk a joystick drag asks for: up the screen is forward, right is right. The knob stops at
 * the rim, so the push never exceeds 1; inside the dead zone it is no push at all.
 */
export function stickFromDrag(dx: number, dy: number, radius = JOYSTICK_RADIUS): WalkIntent {
  const length = Math.hypot(dx, dy);
  if (length < radius * JOYSTICK_DEADZONE) return { forward: 0, sideways: 0, fast: false };
  const reach = Math.min(length, radius) / length / radius;
  return { forward: -dy * reach, sideways: dx * reach, fast: false };
}

/** Where the knob sits for a drag: on the drag, but never beyond the rim. */
export function knobOffset(dx: number, dy: number, radius = JOYSTICK_RADIUS) {
  const length = Math.hypot(dx, dy);
  if (length <= radius) return { x: dx, y: dy };
  return { x: (dx / length) * radius, y: (dy / length) * radius };
}

/**
 * The turn a look drag asks for. Dragging right turns the view left, as if pulling the world
 * past: the scene follows the finger.
 */
export function lookFromDrag(dx: number, dy: number) {
  return { yaw: dx * TOUCH_LOOK_SENSITIVITY, pitch: dy * TOUCH_LOOK_SENSITIVITY };
}
