import { describe, expect, it } from 'vitest';
import { guideWeights, loadEmbeddedGuide } from '../../../src/data';
import { HUB_VIEWPOINT } from '../../../src/floorplan/layout';
import { derivePavilion } from '../../../src/state/selectors';
import { debugStartPose } from '../../../src/world/debugStartPose';

const guide = loadEmbeddedGuide();
const derived = derivePavilion(guide, guideWeights(guide));

describe('the test-only start pose', () => {
  it('is ignored without ?debug=1', () => {
    expect(debugStartPose('?at=hub-boards', derived)).toBeNull();
    expect(debugStartPose('?debug=1', derived)).toBeNull();
  });

  it('turns round from the hub start to the boards, and further by `turn` degrees', () => {
    const [x, y, z] = HUB_VIEWPOINT.position;
    expect(debugStartPose('?debug=1&at=hub-boards', derived)).toEqual({
      x,
      y,
      z,
      yaw: HUB_VIEWPOINT.yaw + Math.PI,
    });
    const turned = debugStartPose('?debug=1&at=hub-boards&turn=90', derived);
    expect(turned?.yaw).toBeCloseTo(HUB_VIEWPOINT.yaw + 1.5 * Math.PI);
  });

  it("stands at a booth's viewpoint, and knows no unknown booth", () => {
    const booth = derived.layout.booths[derived.indexById.get('spatial') ?? -1];
    const [x, y, z] = booth?.viewpoint ?? [];
    expect(debugStartPose('?debug=1&at=spatial', derived)).toEqual({
      x,
      y,
      z,
      yaw: booth?.viewYaw,
    });
    expect(debugStartPose('?debug=1&at=nowhere', derived)).toBeNull();
  });
});
