import type { ThreeEvent } from '@react-three/fiber';
import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Color, Euler, type InstancedMesh, Matrix4, Quaternion, Vector3 } from 'three';
import { usePavilionStore } from '../state/context';
import type { Part } from './parts';
import { structureMaterial, unitBox, unitDisc } from './resources';

/**
 * Draws many parts of one kind with one instanced mesh: a booth's floor, walls, boards, bars and
 * marks cost no extra draw call, whatever the number of booths.
 */
function PartInstances({ parts, kind }: { parts: readonly Part[]; kind: Part['kind'] }) {
  const mesh = useRef<InstancedMesh>(null);
  const invalidate = useThree((state) => state.invalidate);
  const store = usePavilionStore();

  useLayoutEffect(() => {
    const target = mesh.current;
    if (!target) return;
    const matrix = new Matrix4();
    const rotation = new Quaternion();
    const euler = new Euler();
    const position = new Vector3();
    const scale = new Vector3();
    const colour = new Color();
    parts.forEach((part, i) => {
      euler.set(0, part.rotationY, part.rotationZ ?? 0);
      rotation.setFromEuler(euler);
      position.set(...part.position);
      scale.set(...part.size);
      target.setMatrixAt(i, matrix.compose(position, rotation, scale));
      target.setColorAt(i, colour.set(part.colour));
    });
    target.instanceMatrix.needsUpdate = true;
    if (target.instanceColor) target.instanceColor.needsUpdate = true;
    // The bounds must cover every instance, or the whole set gets frustum-culled at once.
    target.computeBoundingSphere();
    invalidate();
  }, [parts, invalidate]);

  const onClick = (event: ThreeEvent<MouseEvent>) => {
    const owner = event.instanceId === undefined ? null : parts[event.instanceId]?.owner;
    if (!owner) return;
    event.stopPropagation();
    store.getState().travelTo({ booth: owner }, 'click');
  };

  // Passed as a spread: the a11y lint reads three elements as DOM elements, while the accessible
  // way to travel is the DOM twin's buttons.
  const interaction = { onClick };
  return (
    <instancedMesh
      // A new count needs a new buffer: remount rather than overflow the old one.
      key={parts.length}
      ref={mesh}
      args={[kind === 'box' ? unitBox : unitDisc, structureMaterial, parts.length]}
      {...interaction}
    />
  );
}

/** All structure of the hall, split into one instanced mesh per shape. */
export function InstancedParts({ parts }: { parts: readonly Part[] }) {
  const boxes = useMemo(() => parts.filter((part) => part.kind === 'box'), [parts]);
  const discs = useMemo(() => parts.filter((part) => part.kind === 'disc'), [parts]);
  return (
    <>
      {boxes.length > 0 && <PartInstances parts={boxes} kind="box" />}
      {discs.length > 0 && <PartInstances parts={discs} kind="disc" />}
    </>
  );
}
