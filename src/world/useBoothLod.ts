import { useFrame } from '@react-three/fiber';
import { useRef, useState } from 'react';
import { HUB_VIEWPOINT, type RingLayout, viewDistance } from './layout';

/**
 * Distance-based level of detail for booth text. Far booths show nothing, mid-range booths their
 * fascia sign, near booths every panel. Checked on each rendered frame (the loop renders only
 * when something moves); React state changes only when a booth flips, which requests a frame.
 */
export interface BoothLod {
  /** Ring indices whose fascia sign is shown. */
  readonly signs: ReadonlySet<number>;
  /** Ring indices whose panels are shown. */
  readonly details: ReadonlySet<number>;
}

export function signReach(scale: number): number {
  return 45 * scale + 15;
}

export function detailReach(scale: number): number {
  return viewDistance(scale) * 2 + 2;
}

function lodAt(layout: RingLayout, x: number, z: number): { signs: number[]; details: number[] } {
  const signs: number[] = [];
  const details: number[] = [];
  for (const booth of layout.booths) {
    const distance = Math.hypot(booth.position[0] - x, booth.position[2] - z);
    if (distance < signReach(booth.scale)) signs.push(booth.index);
    if (distance < detailReach(booth.scale)) details.push(booth.index);
  }
  return { signs, details };
}

const keyOf = (lod: { signs: number[]; details: number[] }) =>
  `${lod.signs.join(',')}|${lod.details.join(',')}`;

export function useBoothLod(layout: RingLayout): BoothLod {
  const [lod, setLod] = useState<BoothLod>(() => {
    const [x, , z] = HUB_VIEWPOINT.position;
    const first = lodAt(layout, x, z);
    return { signs: new Set(first.signs), details: new Set(first.details) };
  });
  const lastKey = useRef('');

  useFrame(({ camera, invalidate }) => {
    const next = lodAt(layout, camera.position.x, camera.position.z);
    const key = keyOf(next);
    if (key === lastKey.current) return;
    lastKey.current = key;
    setLod({ signs: new Set(next.signs), details: new Set(next.details) });
    invalidate();
  });

  return lod;
}
