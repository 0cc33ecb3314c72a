import type { Place } from '../state/store';
import type { GlidePlan, GlideSample } from './glide';
import type { FloorPoint } from './obstacles';
import type { WalkIntent } from './walk';

/**
 * Everything that changes every frame, in one mutable object owned by the controls: never React
 * state, never the store. The store hears only about arrivals.
 */
export interface Motion {
  yaw: number;
  pitch: number;
  readonly velocity: FloorPoint;
  readonly wanted: FloorPoint;
  readonly step: FloorPoint;
  readonly landed: FloorPoint;
  /** An analogue push to walk (the touch joystick): forward and sideways, each −1..1. */
  stick: WalkIntent;
  glide: {
    readonly plan: GlidePlan;
    readonly to: Place;
    readonly fromPitch: number;
    elapsed: number;
  } | null;
  readonly sample: GlideSample;
}

export function createMotion(): Motion {
  return {
    yaw: 0,
    pitch: 0,
    velocity: { x: 0, z: 0 },
    wanted: { x: 0, z: 0 },
    step: { x: 0, z: 0 },
    landed: { x: 0, z: 0 },
    stick: { forward: 0, sideways: 0, fast: false },
    glide: null,
    sample: { x: 0, y: 0, z: 0, yaw: 0, eased: 0 },
  };
}

/** Looking up or down stops short of straight up or down, where yaw would flip. */
export const PITCH_LIMIT = (80 * Math.PI) / 180;
/** Radians per pixel of mouse movement. */
export const LOOK_SENSITIVITY = 0.0022;

export function clampPitch(pitch: number): number {
  return Math.max(-PITCH_LIMIT, Math.min(PITCH_LIMIT, pitch));
}
