import type { Camera } from 'three';
import { type RingLayout, obstacles as worldObstacles } from '../floorplan/layout';
import { type PavilionDerived, selectDerived } from '../state/selectors';
import {
  type PavilionState,
  type PavilionStore,
  type Place,
  samePlace,
  type TravelRequest,
} from '../state/store';
import { moveVisitor, type WalkArea } from './collide';
import { type Pose, planGlide, sampleGlide } from './glide';
import { createMotion, type Motion } from './motion';
import { aspectOf, placePose, wrapAngle } from './viewpoints';
import { addStickVelocity, approachVelocity, targetVelocity, walkIntent, walkStep } from './walk';

/**
 * The desktop visitor without React: walks, glides and cuts a camera, and tells the store when
 * a trip is over. The controls component wires it to fiber, the keyboard and the mouse.
 */

/**
 * A slow frame counts for at most this long, so that a stall does not become one giant step;
 * generous, because software rendering takes up to a tenth of a second a frame and a glide
 * should still end on time there.
 */
const MAX_DELTA = 0.25;
/**
 * The frame clock keeps running while the world is idle (it renders on demand), so the first
 * frame after a rest reports the whole rest: it counts as one ordinary frame instead.
 */
const FIRST_DELTA = 1 / 60;
/** How far past the ring of booths the floor lets a visitor wander, in metres. */
const FLOOR_MARGIN = 12;
/** A visitor this close to a booth's old viewpoint follows the booth when the ring re-ranks. */
const FOLLOW_DISTANCE = 1.5;

/** The floor a visitor may walk on for a ring: everything but the booths, out to the edge. */
export function walkAreaFor(layout: RingLayout): WalkArea {
  return { obstacles: worldObstacles(layout), boundsRadius: layout.radius + FLOOR_MARGIN };
}

export interface NavigatorOptions {
  /** Asked on every trip, so that a change of the system setting applies at once. */
  readonly reducedMotion: () => boolean;
  /** Where to put the camera at start instead of the place's own pose (test views only). */
  readonly startPose?: () => Pose | null;
}

export interface Navigator {
  readonly motion: Motion;
  /**
   * Puts the camera where the store says the visitor is and starts following the store's travel
   * requests; `onMove` hears when a glide or cut starts. Returns the function that stops it.
   */
  start(onMove: () => void): () => void;
  /** Advances one frame; returns true while something still moves (another frame is needed). */
  frame(frameDelta: number, heldKeys: ReadonlySet<string>): boolean;
}

export function createNavigator(
  store: PavilionStore,
  camera: Camera,
  options: NavigatorOptions,
): Navigator {
  const motion = createMotion();
  let cachedLayout: RingLayout | null = null;
  let area: WalkArea = { obstacles: [] };
  let resting = true;
  let framedAspect = aspectOf(camera);

  const walkArea = (): WalkArea => {
    const { layout } = selectDerived(store.getState());
    if (cachedLayout !== layout) {
      cachedLayout = layout;
      area = walkAreaFor(layout);
    }
    return area;
  };

  const poseOf = (
    place: Place,
    derived = selectDerived(store.getState()),
    aspect = aspectOf(camera),
  ): Pose => placePose(place, derived.layout, derived.indexById, aspect, walkArea());

  const stop = () => {
    motion.velocity.x = 0;
    motion.velocity.z = 0;
  };

  const cutTo = (pose: Pose) => {
    motion.glide = null;
    stop();
    motion.yaw = pose.yaw;
    motion.pitch = 0;
    camera.position.set(pose.x, pose.y, pose.z);
    camera.rotation.set(0, pose.yaw, 0, 'YXZ');
  };

  const glideTo = (place: Place) => {
    const { x, y, z } = camera.position;
    const plan = planGlide({ x, y, z, yaw: motion.yaw }, poseOf(place), walkArea().obstacles);
    motion.glide = { plan, to: place, fromPitch: motion.pitch, elapsed: 0 };
    stop();
  };

  const travel = (request: TravelRequest) => {
    // In a headset the session moves the visitor; the desktop camera waits where it was.
    if (store.getState().mode === 'xr') return;
    // An address opened, or reduced motion asked for: be there at once.
    if (request.cause === 'link' || options.reducedMotion()) {
      cutTo(poseOf(request.to));
      store.getState().arrive(request.to);
    } else {
      glideTo(request.to);
    }
  };

  /** The ring re-ranked: a visitor standing at a booth follows it to its new spot. */
  const followBooth = (state: PavilionState, before: PavilionDerived) => {
    if (state.place === 'hub') return;
    // Already on the way to this booth (a trip, or following an earlier change while a slider is
    // dragged): aim again from here at where it stands now, or the glide ends where it stood.
    if (motion.glide) {
      if (samePlace(motion.glide.to, state.place)) glideTo(state.place);
      return;
    }
    const old = poseOf(state.place, before);
    const { x, z } = camera.position;
    if (Math.hypot(x - old.x, z - old.z) <= FOLLOW_DISTANCE) glideTo(state.place);
  };

  /** The screen changed shape (a phone turned): a visitor reading a booth steps to re-frame it. */
  const reframe = (aspectBefore: number) => {
    const { place } = store.getState();
    if (place === 'hub') return;
    const old = poseOf(place, undefined, aspectBefore);
    const { x, z } = camera.position;
    if (Math.hypot(x - old.x, z - old.z) > FOLLOW_DISTANCE) return;
    if (options.reducedMotion()) cutTo(poseOf(place));
    else glideTo(place);
  };

  return {
    motion,

    start(onMove) {
      const initial = store.getState();
      cutTo(options.startPose?.() ?? poseOf(initial.place));
      if (initial.travel) initial.arrive(initial.place);

      let handledSeq = initial.travel?.seq ?? 0;
      let derived = selectDerived(initial);
      return store.subscribe((state) => {
        const before = derived;
        derived = selectDerived(state);
        if (state.travel && state.travel.seq !== handledSeq) {
          handledSeq = state.travel.seq;
          travel(state.travel);
          onMove();
        } else if (derived.layout !== before.layout) {
          followBooth(state, before);
          onMove();
        }
      });
    },

    frame(frameDelta, heldKeys) {
      // Checked between trips only: a glide under way ends where it was aimed, and then re-frames.
      if (aspectOf(camera) !== framedAspect && !motion.glide) {
        reframe(framedAspect);
        framedAspect = aspectOf(camera);
      }
      const delta = resting ? FIRST_DELTA : Math.min(frameDelta, MAX_DELTA);
      const speed = store.getState().settings.walkSpeed;
      targetVelocity(walkIntent(heldKeys), motion.yaw, motion.wanted, speed);
      addStickVelocity(motion.stick, motion.yaw, speed, motion.wanted);
      const walking = motion.wanted.x !== 0 || motion.wanted.z !== 0;

      // Walking during a glide ends it where the visitor is; the trip counts as done.
      if (walking && motion.glide) {
        store.getState().arrive(motion.glide.to);
        motion.glide = null;
      }

      approachVelocity(motion.velocity, motion.wanted, delta);
      const moving = motion.velocity.x !== 0 || motion.velocity.z !== 0;
      if (moving) {
        walkStep(motion.velocity, delta, motion.step);
        const { x, z } = camera.position;
        moveVisitor(walkArea(), x, z, motion.step.x, motion.step.z, motion.landed);
        camera.position.x = motion.landed.x;
        camera.position.z = motion.landed.z;
      }

      const glide = motion.glide;
      if (glide) {
        glide.elapsed += delta;
        const done = sampleGlide(glide.plan, glide.elapsed, motion.sample);
        camera.position.set(motion.sample.x, motion.sample.y, motion.sample.z);
        motion.yaw = wrapAngle(motion.sample.yaw);
        motion.pitch = glide.fromPitch * (1 - motion.sample.eased);
        if (done) {
          motion.glide = null;
          store.getState().arrive(glide.to);
        }
      }

      camera.rotation.set(motion.pitch, motion.yaw, 0, 'YXZ');
      resting = !(walking || moving || motion.glide);
      // A glide that ended after the screen turned needs one more frame to re-frame.
      return !resting || aspectOf(camera) !== framedAspect;
    },
  };
}
