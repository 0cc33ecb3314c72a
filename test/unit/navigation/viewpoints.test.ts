import fc from 'fast-check';
import { PerspectiveCamera } from 'three';
import { describe, expect, it } from 'vitest';
import { guideWeights, loadEmbeddedGuide } from '../../../src/data';
import { type BoothPlacement, CAMERA_FOV, DESIGN_ASPECT } from '../../../src/floorplan/layout';
import { isClear } from '../../../src/navigation/collide';
import { createNavigator, walkAreaFor } from '../../../src/navigation/navigator';
import { VISITOR_RADIUS } from '../../../src/navigation/obstacles';
import { boothPose, placePose, stepBackFor } from '../../../src/navigation/viewpoints';
import { derivePavilion } from '../../../src/state/selectors';
import { createPavilionStore } from '../../../src/state/store';
import { BOARD, WALL_FACE_Z } from '../../../src/world/boothDesign';
import { detailReach } from '../../../src/world/lod';

const guide = loadEmbeddedGuide();
const { layout, indexById } = derivePavilion(guide, guideWeights(guide));
const area = walkAreaFor(layout);
/** A 390x844 phone upright, less its two-row top bar. */
const PHONE_UPRIGHT = 390 / (844 - 108);

function firstBooth(): BoothPlacement {
  const booth = layout.booths[0];
  if (!booth) throw new Error('the guide has no booths');
  return booth;
}

/** Half the angle across the screen that the booth's panel wall takes from a pose, as a tan. */
function wallHalfAcross(booth: BoothPlacement, x: number, z: number): number {
  const [px, , pz] = booth.position;
  const toWall = Math.hypot(px - x, pz - z) - WALL_FACE_Z * booth.scale;
  const half = ((4 * BOARD.width + 3 * BOARD.gap) / 2) * booth.scale;
  return half / toWall;
}

const screenHalfAcross = (aspect: number) => Math.tan(((CAMERA_FOV / 2) * Math.PI) / 180) * aspect;

describe("framing a booth for the screen's shape", () => {
  it('keeps the layout viewpoint on 16:9 and on every wider screen', () => {
    for (const booth of layout.booths) {
      for (const aspect of [DESIGN_ASPECT, 1280 / 660, 844 / 330, 3]) {
        const pose = boothPose(booth, aspect, area);
        expect([pose.x, pose.y, pose.z]).toEqual([...booth.viewpoint]);
        expect(pose.yaw).toBe(booth.viewYaw);
      }
    }
  });

  it('steps back along the same line, still facing the booth, on a phone held upright', () => {
    const booth = firstBooth();
    const pose = boothPose(booth, PHONE_UPRIGHT, area);
    const [vx, , vz] = booth.viewpoint;
    expect(Math.hypot(pose.x - vx, pose.z - vz)).toBeGreaterThan(3);
    // Still on the line from the ring's centre to the booth.
    expect(pose.x * vz - pose.z * vx).toBeCloseTo(0, 6);
    expect(pose.yaw).toBe(booth.viewYaw);
  });

  it('fits every booth panel wall across a tablet held upright', () => {
    const tablet = 768 / (1024 - 108);
    for (const booth of layout.booths) {
      const pose = boothPose(booth, tablet, area);
      expect(wallHalfAcross(booth, pose.x, pose.z)).toBeLessThanOrEqual(screenHalfAcross(tablet));
    }
  });

  it('fits every wall across a phone upright, standing where its panel text is drawn', () => {
    for (const booth of layout.booths) {
      const pose = boothPose(booth, PHONE_UPRIGHT, area);
      // At the layout's own viewpoint a phone upright shows about two fifths of the wall.
      expect(wallHalfAcross(booth, pose.x, pose.z)).toBeLessThanOrEqual(
        screenHalfAcross(PHONE_UPRIGHT),
      );
      const [px, , pz] = booth.position;
      const fromBooth = Math.hypot(px - pose.x, pz - pose.z);
      expect(fromBooth).toBeLessThan(detailReach(booth.scale, PHONE_UPRIGHT));
      // The wider reach is for narrow screens only: a 16:9 screen keeps the old text distance.
      expect(detailReach(booth.scale)).toBeLessThan(fromBooth);
    }
  });

  it('never stands the visitor inside anything, however narrow the screen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: layout.booths.length - 1 }),
        fc.double({ min: 0.2, max: 4, noNaN: true }),
        (index, aspect) => {
          const booth = layout.booths[index] ?? firstBooth();
          const pose = boothPose(booth, aspect, area);
          return isClear(area, pose.x, pose.z);
        },
      ),
    );
  });

  it('stops in front of anything standing on the way back, which would hide the booth', () => {
    const booth = firstBooth();
    const [x, , z] = booth.viewpoint;
    const fromCentre = Math.hypot(x, z);
    // A post one and a half metres behind the viewpoint, on the way to the hub.
    const post = {
      kind: 'circle',
      center: [x * (1 - 1.5 / fromCentre), z * (1 - 1.5 / fromCentre)],
      radius: 0.2,
    } as const;
    const pose = boothPose(booth, PHONE_UPRIGHT, { obstacles: [post] });
    const back = Math.hypot(pose.x - x, pose.z - z);
    expect(back).toBeGreaterThan(0.5);
    expect(back).toBeLessThan(1.5 - 0.2 - VISITOR_RADIUS + 0.01);
    expect(stepBackFor(booth, PHONE_UPRIGHT)).toBeGreaterThan(1.5);
  });

  it('frames the hub the same on every screen', () => {
    expect(placePose('hub', layout, indexById, PHONE_UPRIGHT, area)).toEqual(
      placePose('hub', layout, indexById),
    );
  });
});

describe('re-framing when the screen turns', () => {
  function atBooth(aspect: number, reduced: boolean) {
    const store = createPavilionStore(guide, guideWeights(guide), false);
    const id = guide.platforms[0]?.id ?? '';
    store.getState().travelTo({ booth: id }, 'link');
    const camera = new PerspectiveCamera(CAMERA_FOV, aspect);
    const navigator = createNavigator(store, camera, { reducedMotion: () => reduced });
    navigator.start(() => {});
    const settle = () => {
      for (let i = 0; i < 600 && navigator.frame(1 / 30, new Set()); i++);
    };
    const booth = layout.booths[indexById.get(id) ?? -1] ?? firstBooth();
    return { camera, navigator, settle, booth };
  }

  it('steps back when a phone at a booth turns upright, and forward again when it turns back', () => {
    const { camera, settle, booth } = atBooth(844 / 330, false);
    expect(camera.position.z).toBeCloseTo(booth.viewpoint[2]);

    camera.aspect = PHONE_UPRIGHT;
    settle();
    const upright = boothPose(booth, PHONE_UPRIGHT, area);
    expect(camera.position.x).toBeCloseTo(upright.x);
    expect(camera.position.z).toBeCloseTo(upright.z);

    camera.aspect = 844 / 330;
    settle();
    expect(camera.position.x).toBeCloseTo(booth.viewpoint[0]);
    expect(camera.position.z).toBeCloseTo(booth.viewpoint[2]);
  });

  it('cuts rather than glides under reduced motion', () => {
    const { camera, navigator, booth } = atBooth(DESIGN_ASPECT, true);
    camera.aspect = PHONE_UPRIGHT;
    navigator.frame(1 / 30, new Set());
    expect(camera.position.z).toBeCloseTo(boothPose(booth, PHONE_UPRIGHT, area).z);
  });

  it('leaves a visitor who walked away from the booth where they are', () => {
    const { camera, settle } = atBooth(DESIGN_ASPECT, false);
    camera.position.x += 4;
    const before = camera.position.clone();
    camera.aspect = PHONE_UPRIGHT;
    settle();
    expect(camera.position.distanceTo(before)).toBeLessThan(1e-9);
  });
});
