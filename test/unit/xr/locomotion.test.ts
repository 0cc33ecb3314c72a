import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WalkArea } from '../../../src/navigation/collide';
import {
  comfortVignette,
  headInWorld,
  originForHeadAt,
  SMOOTH_TURN_RATE,
  smoothTurnAngle,
  snapFlick,
  snapTurn,
  teleportAllowed,
  vignetteStrength,
} from '../../../src/xr/locomotion';

const box: WalkArea = {
  obstacles: [{ kind: 'box', center: [0, -10], halfX: 4, halfZ: 1.5, rotationY: 0 }],
  boundsRadius: 40,
};

describe('headset locomotion', () => {
  it('turns on the spot: the head stays where it was after a snap turn', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (x, z, yaw, lx, lz) => {
          const origin = { x, z, yaw };
          const head = headInWorld(origin, { x: lx, z: lz });
          const turned = snapTurn(origin, head, Math.PI / 6);
          const after = headInWorld(turned, { x: lx, z: lz });
          expect(after.x).toBeCloseTo(head.x, 9);
          expect(after.z).toBeCloseTo(head.z, 9);
          expect(turned.yaw).toBeCloseTo(yaw + Math.PI / 6, 12);
        },
      ),
    );
  });

  it('puts the head, not the play space centre, over a teleport target', () => {
    const origin = { x: 1, z: 2, yaw: 0.7 };
    const local = { x: 0.4, z: -0.3 };
    const moved = originForHeadAt(origin, local, { x: 8, z: -3 });
    const head = headInWorld(moved, local);
    expect(head.x).toBeCloseTo(8);
    expect(head.z).toBeCloseTo(-3);
    expect(moved.yaw).toBe(0.7);
  });

  it('turns once per flick, and again only after the stick comes back', () => {
    const gate = { armed: true };
    expect(snapFlick(gate, 0.9)).toBe(-1);
    expect(snapFlick(gate, 0.95)).toBe(0);
    expect(snapFlick(gate, 0.5)).toBe(0);
    expect(snapFlick(gate, 0.1)).toBe(0);
    expect(snapFlick(gate, -0.8)).toBe(1);
  });

  it('refuses teleports into a booth or past the edge', () => {
    expect(teleportAllowed(box, { x: 0, z: -5 })).toBe(true);
    expect(teleportAllowed(box, { x: 0, z: -10 })).toBe(false);
    expect(teleportAllowed(box, { x: 0, z: -14 })).toBe(true);
    expect(teleportAllowed(box, { x: 0, z: 45 })).toBe(false);
  });

  it('darkens the view only while gliding on the stick, fully at walking pace', () => {
    expect(vignetteStrength(0, 4)).toBe(0);
    expect(vignetteStrength(2, 4)).toBeCloseTo(0.5);
    expect(vignetteStrength(9, 4)).toBe(1);
  });

  it('turns smoothly in proportion to the stick, not at all while the thumb rests', () => {
    expect(smoothTurnAngle(0.15, 0.05)).toBe(0);
    expect(smoothTurnAngle(1, 0.05)).toBeCloseTo(-SMOOTH_TURN_RATE * 0.05);
    expect(smoothTurnAngle(-1, 0.05)).toBeCloseTo(SMOOTH_TURN_RATE * 0.05);
    expect(Math.abs(smoothTurnAngle(0.6, 0.05))).toBeLessThan(SMOOTH_TURN_RATE * 0.05);
    // A stalled frame does not whip the view round.
    expect(Math.abs(smoothTurnAngle(1, 2))).toBeCloseTo(SMOOTH_TURN_RATE * 0.1);
  });

  it('darkens the view for smooth turns too, and never when the vignette is switched off', () => {
    const turn = smoothTurnAngle(1, 0.05);
    expect(comfortVignette(true, 0, turn, 0.05)).toBeCloseTo(1);
    expect(comfortVignette(true, 0.4, 0, 0.05)).toBeCloseTo(0.4);
    expect(comfortVignette(true, 0, 0, 0.05)).toBe(0);
    expect(comfortVignette(false, 1, turn, 0.05)).toBe(0);
  });
});
