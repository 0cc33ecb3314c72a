import { createPortal, useFrame, useThree } from '@react-three/fiber';
import { useXRInputSourceStateContext } from '@react-three/xr';
import { type RefObject, useMemo, useRef } from 'react';
import {
  BufferAttribute,
  BufferGeometry,
  type Group,
  Line,
  LineBasicMaterial,
  type Mesh,
  type MeshBasicMaterial,
  Quaternion,
  Vector3,
} from 'three';
import { usePavilionStore } from '../../state/context';
import { AIM_PUSH, AIM_RELEASE, type FloorSpot } from '../locomotion';
import { ARC_STEPS, createArcTrace, teleportTarget, traceArc } from '../teleportArc';
import { useRig } from './rig';

const CAN_LAND = '#5fd3bc';
const CANNOT_LAND = '#e07a5f';

/**
 * Teleport by thumbstick, the headset convention: push the stick forward and an arc shows
 * where it lands (teal where a visitor may stand; orange where not, or where a wall stops it
 * first); let the stick go and the visitor is there, or stays put if the arc was orange.
 * The trigger stays free for pressing things with the ray.
 */
export function TeleportAim({ aim }: { readonly aim: RefObject<Group | null> }) {
  const store = usePavilionStore();
  const rig = useRig();
  const state = useXRInputSourceStateContext('controller');
  const scene = useThree((s) => s.scene);
  const marker = useRef<Mesh>(null);
  const markerMaterial = useRef<MeshBasicMaterial>(null);
  const aiming = useRef(false);
  const landing = useRef<FloorSpot | null>(null);
  const trace = useMemo(createArcTrace, []);
  const scratch = useMemo(
    () => ({
      points: new Float32Array((ARC_STEPS + 1) * 3),
      start: new Vector3(),
      direction: new Vector3(),
      turn: new Quaternion(),
    }),
    [],
  );
  const positions = useMemo(() => new BufferAttribute(scratch.points, 3), [scratch]);
  const line = useMemo(() => {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', positions);
    const arc = new Line(geometry, new LineBasicMaterial({ color: CAN_LAND }));
    arc.frustumCulled = false;
    arc.visible = false;
    // The arc is a picture, never something a ray can hit.
    arc.raycast = () => undefined;
    return arc;
  }, [positions]);

  useFrame(() => {
    const { locomotion } = store.getState().settings;
    // With smooth walking on the left stick, only the right stick aims teleports.
    const allowed = locomotion === 'teleport' || state.inputSource.handedness === 'right';
    const push = -(state.gamepad['xr-standard-thumbstick']?.yAxis ?? 0);
    const space = aim.current;
    const held = aiming.current ? push > AIM_RELEASE : push > AIM_PUSH;

    if (space && allowed && held) {
      space.getWorldPosition(scratch.start);
      space.getWorldQuaternion(scratch.turn);
      scratch.direction.set(0, 0, -1).applyQuaternion(scratch.turn);
      traceArc(scratch.start, scratch.direction, rig.area, scratch.points, trace);
      line.geometry.setDrawRange(0, trace.count);
      positions.needsUpdate = true;
      landing.current = teleportTarget(trace, rig.area);
      aiming.current = true;
    } else if (aiming.current) {
      // Released: go where the arc last landed, if it reached open floor a visitor fits on.
      aiming.current = false;
      if (landing.current) rig.teleportTo(landing.current);
      landing.current = null;
    }

    const colour = landing.current ? CAN_LAND : CANNOT_LAND;
    line.visible = aiming.current;
    line.material.color.set(colour);
    if (marker.current && markerMaterial.current) {
      // The ring marks the landing, or the foot of whatever stopped the arc.
      marker.current.visible = aiming.current && trace.ending !== 'none';
      marker.current.position.set(trace.end.x, 0.02, trace.end.z);
      markerMaterial.current.color.set(colour);
    }
  });

  return createPortal(
    <>
      <primitive object={line} />
      <mesh ref={marker} rotation={[-Math.PI / 2, 0, 0]} visible={false} raycast={() => undefined}>
        <ringGeometry args={[0.25, 0.35, 32]} />
        <meshBasicMaterial ref={markerMaterial} color={CAN_LAND} toneMapped={false} />
      </mesh>
    </>,
    scene,
  );
}
