import { PerspectiveCamera, Vector3 } from 'three';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { guideWeights, loadEmbeddedGuide } from '../../../src/data';
import { CAMERA_FOV, DESIGN_ASPECT, HUB_VIEWPOINT, obstacles } from '../../../src/floorplan/layout';
import { createNavigator, type Navigator } from '../../../src/navigation/navigator';
import { gapTo, VISITOR_RADIUS } from '../../../src/navigation/obstacles';
import { selectDerived } from '../../../src/state/selectors';
import { createPavilionStore, type PavilionStore } from '../../../src/state/store';

const guide = loadEmbeddedGuide();
const FRAME = 1 / 30;
const none = new Set<string>();

let store: PavilionStore;
let camera: PerspectiveCamera;
let reduced: boolean;
let navigator: Navigator;
let moves: number;

function viewpointOf(id: string) {
  const { layout, indexById } = selectDerived(store.getState());
  const booth = layout.booths[indexById.get(id) ?? -1];
  if (!booth) throw new Error(`no booth ${id}`);
  return booth;
}

/** Runs frames until nothing moves (or a limit), returning how many ran. */
function settle(keys: ReadonlySet<string> = none, limit = 600): number {
  for (let i = 1; i <= limit; i++) if (!navigator.frame(FRAME, keys)) return i;
  return limit;
}

beforeEach(() => {
  store = createPavilionStore(guide, guideWeights(guide), false);
  // The screen the layout's viewpoints are framed for.
  camera = new PerspectiveCamera(CAMERA_FOV, DESIGN_ASPECT);
  reduced = false;
  moves = 0;
  navigator = createNavigator(store, camera, { reducedMotion: () => reduced });
  navigator.start(() => moves++);
});

describe('the desktop navigator', () => {
  it('starts at the hub viewpoint, facing booth #1', () => {
    expect(camera.position.toArray()).toEqual([...HUB_VIEWPOINT.position]);
    expect(navigator.motion.yaw).toBe(HUB_VIEWPOINT.yaw);
  });

  it('needs no frames while the visitor stands still', () => {
    expect(navigator.frame(FRAME, none)).toBe(false);
  });

  it('glides to a booth over several frames, facing it, and then arrives', () => {
    store.getState().travelTo({ booth: 'spatial' }, 'click');
    expect(moves).toBe(1);
    const arrive = vi.spyOn(store.getState(), 'arrive');
    const frames = settle();
    const booth = viewpointOf('spatial');
    expect(frames).toBeGreaterThan(10);
    expect(camera.position.x).toBeCloseTo(booth.viewpoint[0]);
    expect(camera.position.z).toBeCloseTo(booth.viewpoint[2]);
    const facing = camera.getWorldDirection(new Vector3());
    const toBooth = new Vector3(booth.position[0], 1.6, booth.position[2]).sub(camera.position);
    expect(facing.angleTo(toBooth.normalize())).toBeLessThan(0.05);
    expect(arrive).toHaveBeenCalledTimes(1);
    expect(arrive).toHaveBeenCalledWith({ booth: 'spatial' });
  });

  it('cuts instead of gliding when the visitor prefers reduced motion', () => {
    reduced = true;
    store.getState().travelTo({ booth: 'mona' }, 'key');
    expect(camera.position.x).toBeCloseTo(viewpointOf('mona').viewpoint[0]);
    expect(navigator.frame(FRAME, none)).toBe(false);
  });

  it('cuts for a travel that comes from an opened link', () => {
    store.getState().travelTo({ booth: 'voxels' }, 'link');
    expect(camera.position.z).toBeCloseTo(viewpointOf('voxels').viewpoint[2]);
  });

  it('walks forward while W is held and stops soon after it is let go', () => {
    const startZ = camera.position.z;
    for (let i = 0; i < 10; i++) navigator.frame(FRAME, new Set(['KeyW']));
    expect(camera.position.z).toBeLessThan(startZ - 0.5);
    expect(settle()).toBeLessThan(60);
  });

  it('stops a glide when the visitor starts walking', () => {
    store.getState().travelTo({ booth: 'spatial' }, 'click');
    for (let i = 0; i < 5; i++) navigator.frame(FRAME, none);
    navigator.frame(FRAME, new Set(['KeyS']));
    expect(navigator.motion.glide).toBeNull();
    settle();
    expect(
      camera.position.distanceTo(new Vector3(...viewpointOf('spatial').viewpoint)),
    ).toBeGreaterThan(1);
  });

  it('never walks into a booth, even running for a long time', () => {
    reduced = true;
    store.getState().travelTo({ booth: 'spatial' }, 'key');
    for (let i = 0; i < 300; i++) navigator.frame(FRAME, new Set(['KeyW', 'ShiftLeft']));
    const { layout } = selectDerived(store.getState());
    for (const obstacle of obstacles(layout)) {
      expect(gapTo(obstacle, camera.position.x, camera.position.z)).toBeGreaterThan(
        VISITOR_RADIUS - 1e-3,
      );
    }
  });

  it('follows the booth it stands at when the ring re-ranks', () => {
    reduced = true;
    store.getState().travelTo({ booth: 'spatial' }, 'key');
    const weights = { ...store.getState().weights };
    const keys = Object.keys(weights) as (keyof typeof weights)[];
    for (const [i, key] of keys.entries()) weights[key] = i === keys.length - 1 ? 1 : 0;
    store.getState().setWeights(weights);
    settle();
    const moved = viewpointOf('spatial');
    expect(camera.position.x).toBeCloseTo(moved.viewpoint[0]);
    expect(camera.position.z).toBeCloseTo(moved.viewpoint[2]);
  });

  it('follows it to where it ends when a slider is dragged, not where the drag began', () => {
    store.getState().travelTo({ booth: 'spatial' }, 'key');
    settle();
    // A finger drags Liquidity from 30 to 0: a new weight every couple of frames, the ring
    // re-ranking on the way while the camera is still gliding after the first change.
    for (let liquidity = 29; liquidity >= 0; liquidity -= 1) {
      store.getState().setWeights({ ...store.getState().weights, liquidity });
      navigator.frame(FRAME, none);
      navigator.frame(FRAME, none);
    }
    settle();
    const moved = viewpointOf('spatial');
    // It did move: fifth on the guide's weights, first with Liquidity at 0.
    expect(selectDerived(store.getState()).indexById.get('spatial')).toBe(0);
    expect(camera.position.x).toBeCloseTo(moved.viewpoint[0]);
    expect(camera.position.z).toBeCloseTo(moved.viewpoint[2]);
  });
});
