import { describe, expect, it } from 'vitest';
import { HUB_VIEWPOINT, layoutRing } from '../../../src/floorplan/layout';
import { boothLodAt } from '../../../src/world/lod';

const [hubX, , hubZ] = HUB_VIEWPOINT.position;

describe('booth text level of detail', () => {
  it('shows every sign of the guide-sized ring from the hub, and no panels', () => {
    const layout = layoutRing([1.29, 1.23, 1.2, 1.16, 1.12, 1.08, 1.04, 0.99, 0.96, 0.92]);
    const lod = boothLodAt(layout, hubX, hubZ);
    expect(lod.signs).toHaveLength(10);
    expect(lod.details).toEqual([]);
  });

  it('draws no more booth text from the hub with 200 booths than with 10', () => {
    const large = layoutRing(Array.from({ length: 200 }, (_, i) => 1.4 - (0.7 * i) / 199));
    const lod = boothLodAt(large, hubX, hubZ);
    expect(lod.signs.length + lod.details.length).toBeLessThanOrEqual(10);
  });

  it('shows the panels of the booth a visitor stands at, and of no neighbour', () => {
    const layout = layoutRing(Array.from({ length: 10 }, () => 1.4));
    for (const booth of layout.booths) {
      const [x, , z] = booth.viewpoint;
      expect(boothLodAt(layout, x, z).details).toEqual([booth.index]);
    }
  });
});
