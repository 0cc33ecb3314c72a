import type { Place } from '../state/store';
import { HUB_VIEWPOINT, type RingLayout } from '../world/layout';
import type { Pose } from './glide';

/** Where a visitor stands, and faces, to look at a place. Unknown booths fall back to the hub. */
export function placePose(
  place: Place,
  layout: RingLayout,
  indexById: ReadonlyMap<string, number>,
): Pose {
  if (place !== 'hub') {
    const booth = layout.booths[indexById.get(place.booth) ?? -1];
    if (booth) {
      const [x, y, z] = booth.viewpoint;
      return { x, y, z, yaw: booth.viewYaw };
    }
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
