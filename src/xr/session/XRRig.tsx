import { useFrame, useThree } from '@react-three/fiber';
import { TeleportTarget, useXRInputSourceState, XROrigin, type XRStore } from '@react-three/xr';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { type Group, type Object3D, Vector3 } from 'three';
import { moveVisitor } from '../../navigation/collide';
import { walkAreaFor } from '../../navigation/navigator';
import { placePose } from '../../navigation/viewpoints';
import { usePavilion, usePavilionStore } from '../../state/context';
import { selectDerived } from '../../state/selectors';
import {
  type FloorSpot,
  headInWorld,
  type OriginPose,
  originForHeadAt,
  snapFlick,
  snapTurn,
  teleportAllowed,
  vignetteStrength,
} from '../locomotion';
import { useSessionBridge } from './useSessionBridge';
import { Vignette } from './Vignette';

const DEGREES = Math.PI / 180;
const STICK_DEADZONE = 0.15;

/** Where the head is on the floor inside the play space (the session keeps it up to date). */
function headOffset(camera: Object3D): FloorSpot {
  return { x: camera.position.x, z: camera.position.z };
}

/**
 * The visitor in a headset: the play-space origin (where the room's floor is in the pavilion),
 * the floor that takes teleports, snap turns on the right stick and, when chosen, smooth walking
 * on the left stick with a comfort vignette. Travel requests (a booth or control pressed with a
 * ray) move the origin at once: no glides in a headset.
 */
export function XRRig({ xrStore }: { readonly xrStore: XRStore }) {
  const store = usePavilionStore();
  const layout = usePavilion((state) => selectDerived(state).layout);
  const area = useMemo(() => walkAreaFor(layout), [layout]);
  const xrCamera = useThree((state) => state.gl.xr.getCamera());
  const group = useRef<Group>(null);
  const origin = useRef<OriginPose>({ x: 0, z: 0, yaw: 0 }).current;
  const vignette = useRef(0);
  const gate = useRef({ armed: true }).current;
  const right = useXRInputSourceState('controller', 'right');
  const left = useXRInputSourceState('controller', 'left');
  const scratch = useMemo(() => ({ landed: { x: 0, z: 0 }, facing: new Vector3() }), []);

  // The visitor enters where the desktop camera stood, facing the same way.
  const onStart = useCallback(
    ({ position, yaw }: { position: Vector3; yaw: number }) => {
      origin.x = position.x;
      origin.z = position.z;
      origin.yaw = yaw;
    },
    [origin],
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
      origin.yaw = pose.yaw - Math.atan2(-scratch.facing.x, -scratch.facing.z);
      Object.assign(origin, originForHeadAt(origin, headOffset(xrCamera), pose));
      state.arrive(request.to);
    });
  }, [store, origin, xrCamera, scratch]);

  const onTeleport = (_: Vector3, event: { point: Vector3 }) => {
    const spot = { x: event.point.x, z: event.point.z };
    if (!teleportAllowed(area, spot)) return;
    Object.assign(origin, originForHeadAt(origin, headOffset(xrCamera), spot));
  };

  useFrame((_, delta) => {
    // Snap turns: one flick of the right stick, one turn of the chosen angle.
    const settings = store.getState().settings;
    const turnX = right?.gamepad['xr-standard-thumbstick']?.xAxis ?? 0;
    const flick = snapFlick(gate, turnX);
    if (flick !== 0) {
      const head = headInWorld(origin, headOffset(xrCamera));
      Object.assign(origin, snapTurn(origin, head, flick * settings.snapAngle * DEGREES));
    }

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
        const vx = (fx * -sy + -fz * sx) * settings.walkSpeed;
        const vz = (fz * -sy + fx * sx) * settings.walkSpeed;
        const head = headInWorld(origin, headOffset(xrCamera));
        const step = Math.min(delta, 0.1);
        moveVisitor(area, head.x, head.z, vx * step, vz * step, scratch.landed);
        origin.x += scratch.landed.x - head.x;
        origin.z += scratch.landed.z - head.z;
        speed = Math.hypot(vx, vz) * push;
      }
    }
    vignette.current = vignetteStrength(speed, settings.walkSpeed);

    group.current?.position.set(origin.x, 0, origin.z);
    if (group.current) group.current.rotation.y = origin.yaw;
  });

  const floorRadius = area.boundsRadius ?? layout.radius;
  return (
    <>
      <XROrigin ref={group}>
        <Vignette strength={vignette} />
      </XROrigin>
      <TeleportTarget onTeleport={onTeleport}>
        {/* Invisible: the world draws the floor; this only catches the teleport arc. */}
        <mesh rotation={[-Math.PI / 2, 0, 0]} position={[0, 0.01, 0]} visible={false}>
          <circleGeometry args={[floorRadius, 48]} />
          <meshBasicMaterial />
        </mesh>
      </TeleportTarget>
    </>
  );
}
