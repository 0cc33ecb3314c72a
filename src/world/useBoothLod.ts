import { useFrame } from '@react-three/fiber';
import { useRef, useState } from 'react';
import { HUB_VIEWPOINT, type RingLayout } from '../floorplan/layout';
import { boothLodAt } from './lod';

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

const keyOf = (lod: { signs: number[]; details: number[] }) =>
  `${lod.signs.join(',')}|${lod.details.join(',')}`;

export function useBoothLod(layout: RingLayout): BoothLod {
  const [lod, setLod] = useState<BoothLod>(() => {
    const [x, , z] = HUB_VIEWPOINT.position;
    const first = boothLodAt(layout, x, z);
    return { signs: new Set(first.signs), details: new Set(first.details) };
  });
  const lastKey = useRef('');

  useFrame(({ camera, size, invalidate }) => {
    const aspect = size.height > 0 ? size.width / size.height : undefined;
    const next = boothLodAt(layout, camera.position.x, camera.position.z, aspect);
    const key = keyOf(next);
    if (key === lastKey.current) return;
    lastKey.current = key;
    setLod({ signs: new Set(next.signs), details: new Set(next.details) });
    invalidate();
  });

  return lod;
}
