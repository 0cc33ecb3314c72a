import {
  BOOTH_SIZE,
  type BoothPlacement,
  type RingLayout,
  ringDirection,
  yawTowards,
} from '../floorplan/layout';

/**
 * Re-weighting moves booths around the ring and resizes them. Between the old and the new layout
 * each booth travels along the ring (the short way round) rather than across it, so a re-order
 * reads as booths changing places, not flying through the hub.
 */

/** Where each booth was shown, by platform id, so a tween can start from mid-flight. */
export type ShownPlacements = ReadonlyMap<string, BoothPlacement>;

/** Smoothstep easing: gentle start and finish. */
export function ease(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return c * c * (3 - 2 * c);
}

function shortestTurn(from: number, to: number): number {
  const full = 2 * Math.PI;
  return ((((to - from) % full) + full * 1.5) % full) - full / 2;
}

/** The placement of one booth a fraction `t` (0..1, eased by the caller) of the way. */
export function tweenPlacement(
  from: BoothPlacement,
  to: BoothPlacement,
  fromRadius: number,
  toRadius: number,
  t: number,
): BoothPlacement {
  const angle = from.angle + shortestTurn(from.angle, to.angle) * t;
  const radius = fromRadius + (toRadius - fromRadius) * t;
  const scale = from.scale + (to.scale - from.scale) * t;
  const [dx, dz] = ringDirection(angle);
  const lerp3 = (a: readonly number[], b: readonly number[]) =>
    [0, 1, 2].map((k) => (a[k] ?? 0) + ((b[k] ?? 0) - (a[k] ?? 0)) * t) as [number, number, number];
  return {
    index: to.index,
    angle,
    position: [dx * radius, 0, dz * radius],
    rotationY: yawTowards(dx, dz),
    scale,
    halfWidth: (BOOTH_SIZE.width / 2) * scale,
    halfDepth: (BOOTH_SIZE.depth / 2) * scale,
    viewpoint: lerp3(from.viewpoint, to.viewpoint),
    viewYaw: to.viewYaw + shortestTurn(to.viewYaw, from.viewYaw) * (1 - t),
  };
}

/**
 * The ring shown a fraction `t` of the way from what was shown to the target layout. `ids` gives
 * the platform id of each target booth; booths new to the ring appear at their target.
 */
export function tweenRing(
  shown: ShownPlacements,
  shownRadius: number,
  target: RingLayout,
  ids: readonly string[],
  t: number,
): RingLayout {
  const booths = target.booths.map((to, i) => {
    const from = shown.get(ids[i] ?? '');
    return from ? tweenPlacement(from, to, shownRadius, target.radius, t) : to;
  });
  return { radius: shownRadius + (target.radius - shownRadius) * t, booths };
}
