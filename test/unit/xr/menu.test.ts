import fc from 'fast-check';
import { Euler, Quaternion } from 'three';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings, parseSettings } from '../../../src/state/settings';
import {
  buttonInPlaySpace,
  headYaw,
  MENU_ACTIONS,
  MENU_BUTTON,
  MENU_DISTANCE,
  MENU_DROP,
  menuLabel,
  menuPose,
  settingsChange,
} from '../../../src/xr/menu';

describe('the headset menu', () => {
  it('offers the hub, the two comfort switches and a way out, in that order', () => {
    expect(MENU_ACTIONS).toEqual(['hub', 'turning', 'vignette', 'exit']);
    const labels = MENU_ACTIONS.map((action) => menuLabel(action, DEFAULT_SETTINGS));
    expect(labels).toEqual(['Back to the hub', 'Turning: in steps', 'Vignette: on', 'Exit VR']);
  });

  it('flips turning and the vignette in the shared settings, and says so on its buttons', () => {
    const once = mergeSettings(DEFAULT_SETTINGS, settingsChange('turning', DEFAULT_SETTINGS) ?? {});
    expect(once.turning).toBe('smooth');
    expect(menuLabel('turning', once)).toBe('Turning: smooth');
    const twice = mergeSettings(once, settingsChange('turning', once) ?? {});
    expect(twice.turning).toBe('snap');

    const dark = mergeSettings(
      DEFAULT_SETTINGS,
      settingsChange('vignette', DEFAULT_SETTINGS) ?? {},
    );
    expect(dark.vignette).toBe(false);
    expect(menuLabel('vignette', dark)).toBe('Vignette: off');
    expect(settingsChange('hub', DEFAULT_SETTINGS)).toBeNull();
    expect(settingsChange('exit', DEFAULT_SETTINGS)).toBeNull();
  });

  it('keeps turning and vignette across visits and drops stored values it does not know', () => {
    const stored = JSON.stringify({ ...DEFAULT_SETTINGS, turning: 'smooth', vignette: false });
    expect(parseSettings(stored)).toMatchObject({ turning: 'smooth', vignette: false });
    const odd = JSON.stringify({ turning: 'spin', vignette: 'yes' });
    expect(parseSettings(odd)).toMatchObject({ turning: 'snap', vignette: true });
  });

  it('opens within reach, straight ahead of the face and a little below the eyes', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        fc.double({ min: -0.6, max: 0.6, noNaN: true }),
        (yaw, pitch) => {
          const q = new Quaternion().setFromEuler(new Euler(pitch, yaw, 0, 'YXZ'));
          const head = { x: 0.3, y: 1.6, z: -0.2, yaw: headYaw(q) };
          expect(Math.cos(head.yaw - yaw)).toBeCloseTo(1, 9);
          const pose = menuPose(head);
          expect(Math.hypot(pose.x - head.x, pose.z - head.z)).toBeCloseTo(MENU_DISTANCE, 9);
          expect(pose.y).toBeCloseTo(head.y - MENU_DROP, 9);
          // Straight ahead: the menu lies along the way the head faces.
          const ahead = (pose.x - head.x) * -Math.sin(yaw) + (pose.z - head.z) * -Math.cos(yaw);
          expect(ahead).toBeCloseTo(MENU_DISTANCE, 9);
        },
      ),
    );
  });

  it('stacks its buttons top to bottom on the face turned towards the visitor', () => {
    const pose = menuPose({ x: 0, y: 1.6, z: 0, yaw: Math.PI / 2 });
    const points = MENU_ACTIONS.map((action) => buttonInPlaySpace(pose, action));
    const heights = points.map((point) => point.y);
    expect([...heights].sort((a, b) => b - a)).toEqual(heights);
    expect((heights[0] ?? 0) - (heights[1] ?? 0)).toBeCloseTo(
      MENU_BUTTON.height + MENU_BUTTON.gap,
      9,
    );
    // Facing −x (yaw 90°): the buttons' faces sit on the side nearer the head.
    for (const point of points) expect(point.x).toBeCloseTo(-MENU_DISTANCE + MENU_BUTTON.depth / 2);
  });
});
