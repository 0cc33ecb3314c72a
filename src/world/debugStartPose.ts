import { HUB_VIEWPOINT } from '../floorplan/layout';
import type { PavilionDerived } from '../state/selectors';
import { debugRequested } from './debugHook';

/** Where the camera stands and which way it faces (yaw about y; 0 looks down −z). */
export interface StartPose {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly yaw: number;
}

/**
 * Test-only start poses, honoured only with `?debug=1`, so that browser tests can look at a view
 * without navigating: `at=<booth id>` stands at that booth's viewpoint; `at=hub-boards` stands at
 * the hub start turned round to the reading boards behind it, `turn=<degrees>` further.
 */
export function debugStartPose(search: string, derived: PavilionDerived): StartPose | null {
  if (!debugRequested(search)) return null;
  const params = new URLSearchParams(search);
  const at = params.get('at');
  if (!at) return null;
  if (at === 'hub-boards') {
    const [x, y, z] = HUB_VIEWPOINT.position;
    const degrees = Number(params.get('turn') ?? 0);
    const turn = Number.isFinite(degrees) ? (degrees * Math.PI) / 180 : 0;
    return { x, y, z, yaw: HUB_VIEWPOINT.yaw + Math.PI + turn };
  }
  const booth = derived.layout.booths[derived.indexById.get(at) ?? -1];
  if (!booth) return null;
  const [x, y, z] = booth.viewpoint;
  return { x, y, z, yaw: booth.viewYaw };
}
