import { useFrame, useThree } from '@react-three/fiber';
import { useXRInputSourceState, XROrigin, type XRStore } from '@react-three/xr';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { type Group, Vector3 } from 'three';
import { moveVisitor } from '../../navigation/collide';
import { walkAreaFor } from '../../navigation/navigator';
import { placePose } from '../../navigation/viewpoints';
import { usePavilion, usePavilionStore } from '../../state/context';
import { selectDerived } from '../../state/selectors';
import {
  comfortVignette,
  smoothTurnAngle,
  snapFlick,
  snapTurn,
  vignetteStrength,
} from '../locomotion';
import { HeadsetMenu } from './HeadsetMenu';
import { useRig } from './rig';
import { useSessionBridge } from './useSessionBridge';
import { Vignette } from './Vignette';

const DEGREES = Math.PI / 180;
const STICK_DEADZONE = 0.15;

/**
 * The visitor in a headset: the play-space origin (where the room's floor is in the pavilion),
 * snap or smooth turns on the right stick and, when chosen, smooth walking on the left stick,
 * with a comfort vignette while gliding or turning smoothly. Travel requests (a booth, a
 * control or the menu's hub button pressed with a ray) move the origin at once: no glides in a
 * headset. Teleports come from the controllers (TeleportAim); the menu lives in the play space.
 */
export function XRRig({ xrStore }: { readonly xrStore: XRStore }) {
  const store = usePavilionStore();
  const rig = useRig();
  const layout = usePavilion((state) => selectDerived(state).layout);
  const xrCamera = useThree((state) => state.gl.xr.getCamera());
  const group = useRef<Group>(null);
  const vignette = useRef(0);
  const gate = useRef({ armed: true }).current;
  const right = useXRInputSourceState('controller', 'right');
  const left = useXRInputSourceState('controller', 'left');
  const scratch = useMemo(() => ({ landed: { x: 0, z: 0 }, facing: new Vector3() }), []);

  rig.area = useMemo(() => walkAreaFor(layout), [layout]);
  rig.head = xrCamera;

  // The visitor enters where the desktop camera stood, facing the same way.
  const onStart = useCallback(
    ({ position, yaw }: { position: Vector3; yaw: number }) => {
      Object.assign(rig.origin, { x: position.x, z: position.z, yaw });
    },
    [rig],
  );
  useSessionBridge(xrStore, onStart);

  useEffect(() => {
    let handled = store.getState().travel?.seq ?? 0;
    return store.subscribe((state) => {
      const request = state.travel;
      if (!request || request.seq === handled) return;
      handled = request.seq;
      if (state.mode !== 'xr') return;
      const derived = selectDerived(state);
      const pose = placePose(request.to, derived.layout, derived.indexById);
      // Face the place as the desktop view would, whichever way the head is turned in the room.
      scratch.facing.set(0, 0, -1).applyQuaternion(xrCamera.quaternion);
      rig.origin.yaw = pose.yaw - Math.atan2(-scratch.facing.x, -scratch.facing.z);
      const head = rig.headSpot();
      rig.origin.x += pose.x - head.x;
      rig.origin.z += pose.z - head.z;
      state.arrive(request.to);
    });
  }, [store, rig, xrCamera, scratch]);

  useFrame((_, delta) => {
    const settings = store.getState().settings;
    const step = Math.min(delta, 0.1);

    // Turns on the right stick: one flick, one turn of the chosen angle; or smoothly while held.
    const turnStick = right?.gamepad['xr-standard-thumbstick']?.xAxis ?? 0;
    const turn =
      settings.turning === 'smooth'
        ? smoothTurnAngle(turnStick, step)
        : snapFlick(gate, turnStick) * settings.snapAngle * DEGREES;
    if (turn !== 0) Object.assign(rig.origin, snapTurn(rig.origin, rig.headSpot(), turn));

    // Smooth walking on the left stick, where the head looks, never through a wall.
    let speed = 0;
    const stick = left?.gamepad['xr-standard-thumbstick'];
    if (settings.locomotion === 'smooth' && stick) {
      const sx = stick.xAxis ?? 0;
      const sy = stick.yAxis ?? 0;
      const push = Math.min(1, Math.hypot(sx, sy));
      if (push > STICK_DEADZONE) {
        xrCamera.getWorldDirection(scratch.facing);
        const flat = Math.hypot(scratch.facing.x, scratch.facing.z) || 1;
        const fx = scratch.facing.x / flat;
        const fz = scratch.facing.z / flat;
        // Forward is −y on the stick; right is the facing turned a quarter clockwise.
        const vx = (fx * -sy - fz * sx) * settings.walkSpeed;
        const vz = (fz * -sy + fx * sx) * settings.walkSpeed;
        const head = rig.headSpot();
        moveVisitor(rig.area, head.x, head.z, vx * step, vz * step, scratch.landed);
        rig.origin.x += scratch.landed.x - head.x;
        rig.origin.z += scratch.landed.z - head.z;
        speed = Math.hypot(vx, vz);
      }
    }
    const glide = vignetteStrength(speed, settings.walkSpeed);
    const smoothTurn = settings.turning === 'smooth' ? turn : 0;
    vignette.current = comfortVignette(settings.vignette, glide, smoothTurn, step);

    group.current?.position.set(rig.origin.x, 0, rig.origin.z);
    if (group.current) group.current.rotation.y = rig.origin.yaw;
  });

  return (
    <XROrigin ref={group}>
      <Vignette strength={vignette} />
      <HeadsetMenu />
    </XROrigin>
  );
}
