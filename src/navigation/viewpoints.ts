import { type Camera, PerspectiveCamera } from 'three';
import {
  type BoothPlacement,
  CAMERA_FOV,
  DESIGN_ASPECT,
  HUB_VIEWPOINT,
  type RingLayout,
} from '../floorplan/layout';
import type { Place } from '../state/store';
import { BOARD, FASCIA, WALL_FACE_Z } from '../world/boothDesign';
import { detailReach } from '../world/lod';
import { isClear, type WalkArea } from './collide';
import type { Pose } from './glide';

/** Half the width of a booth's panel wall at scale 1, with a little air either side. */
const PANELS_HALF_WIDTH = (Math.max(4 * BOARD.width + 3 * BOARD.gap, FASCIA.width) / 2) * 1.05;
/** How finely the step back is checked against what stands on the floor, in metres. */
const BACK_STEP = 0.1;
const NO_OBSTACLES: WalkArea = { obstacles: [] };
/** How far inside the reach of a booth's panel text a framed visitor stays, in metres. */
const DETAIL_MARGIN = 0.5;

/** The shape of the screen a camera draws to; anything but a perspective camera counts as 16:9. */
export function aspectOf(camera: Camera): number {
  return camera instanceof PerspectiveCamera ? camera.aspect : DESIGN_ASPECT;
}

/**
 * How much farther from a booth than its layout viewpoint a visitor must stand for the panels
 * to fit across a screen of this aspect. The layout frames booths for a 16:9 screen, so this is
 * zero there and on anything wider; a phone held upright needs several metres.
 */
export function stepBackFor(booth: BoothPlacement, aspect: number): number {
  const halfAcross = Math.tan(((CAMERA_FOV / 2) * Math.PI) / 180) * aspect;
  const needed = (PANELS_HALF_WIDTH * booth.scale) / halfAcross;
  const [px, , pz] = booth.position;
  const [vx, , vz] = booth.viewpoint;
  const wallBehindCentre = -WALL_FACE_Z * booth.scale;
  const now = Math.hypot(px - vx, pz - vz) + wallBehindCentre;
  return Math.max(0, needed - now);
}

/**
 * Where to read a booth from on a screen of this aspect: its layout viewpoint, or farther back
 * along the same line towards the hub until the panels fit across. The step back stops before
 * anything on the floor (the hub's boards, its pillars, the kiosk), since standing behind a
 * board would hide the booth altogether, and inside the distance at which the world still draws
 * the panels' text; short of either, the booth fits as well as it can.
 */
export function boothPose(booth: BoothPlacement, aspect: number, area = NO_OBSTACLES): Pose {
  const [x, y, z] = booth.viewpoint;
  const fromCentre = Math.hypot(x, z);
  const fromBooth = Math.hypot(booth.position[0] - x, booth.position[2] - z);
  const withinText = detailReach(booth.scale, aspect) - DETAIL_MARGIN - fromBooth;
  const wanted = Math.max(0, Math.min(stepBackFor(booth, aspect), fromCentre, withinText));
  if (wanted === 0) return { x, y, z, yaw: booth.viewYaw };

  // Towards the ring's centre, which is where the viewpoint's own line points.
  const towardsX = -x / fromCentre;
  const towardsZ = -z / fromCentre;
  let taken = 0;
  while (taken < wanted) {
    const next = Math.min(taken + BACK_STEP, wanted);
    if (!isClear(area, x + towardsX * next, z + towardsZ * next)) break;
    taken = next;
  }
  return { x: x + towardsX * taken, y, z: z + towardsZ * taken, yaw: booth.viewYaw };
}

/**
 * Where a visitor stands, and faces, to look at a place on a screen of the given aspect (16:9
 * unless told). Unknown booths fall back to the hub.
 */
export function placePose(
  place: Place,
  layout: RingLayout,
  indexById: ReadonlyMap<string, number>,
  aspect = DESIGN_ASPECT,
  area = NO_OBSTACLES,
): Pose {
  if (place !== 'hub') {
    const booth = layout.booths[indexById.get(place.booth) ?? -1];
    if (booth) return boothPose(booth, aspect, area);
  }
  const [x, y, z] = HUB_VIEWPOINT.position;
  return { x, y, z, yaw: HUB_VIEWPOINT.yaw };
}

/** Wraps an angle into (−π, π] so that yaw stays small however far a visitor turns. */
export function wrapAngle(angle: number): number {
  const full = 2 * Math.PI;
  const wrapped = angle - full * Math.floor((angle + Math.PI) / full);
  return wrapped === -Math.PI ? Math.PI : wrapped;
}
