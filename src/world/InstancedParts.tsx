import type { ThreeEvent } from '@react-three/fiber';
import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Color, Euler, type InstancedMesh, Matrix4, Quaternion, Vector3 } from 'three';
import { usePavilionStore } from '../state/context';
import { claimClick, stopAtSurface } from './claimClick';
import type { Part } from './parts';
import { flatMaterial, structureMaterial, unitBox, unitDisc } from './resources';

/**
 * Draws many parts of one kind with one instanced mesh: a booth's floor, walls, boards, bars and
 * marks cost no extra draw call, whatever the number of booths.
 */
function PartInstances({
  parts,
  kind,
  finish,
}: {
  parts: readonly Part[];
  kind: Part['kind'];
  finish: Part['finish'];
}) {
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
    // A part of the hub (a board, a pillar): it hides whatever booth stands behind it.
    if (!owner) return stopAtSurface(event);
    claimClick(event);
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
      args={[
        kind === 'box' ? unitBox : unitDisc,
        finish === 'flat' ? flatMaterial : structureMaterial,
        parts.length,
      ]}
      {...interaction}
    />
  );
}

const GROUPS = [
  { kind: 'box', finish: 'lit' },
  { kind: 'box', finish: 'flat' },
  { kind: 'disc', finish: 'flat' },
  { kind: 'disc', finish: 'lit' },
] as const;

/** All structure of the hall: one instanced mesh per shape and finish. */
export function InstancedParts({ parts }: { parts: readonly Part[] }) {
  const groups = useMemo(
    () =>
      GROUPS.map((group) => ({
        ...group,
        parts: parts.filter((part) => part.kind === group.kind && part.finish === group.finish),
      })),
    [parts],
  );
  return (
    <>
      {groups.map((group) =>
        group.parts.length > 0 ? (
          <PartInstances
            key={`${group.kind}-${group.finish}`}
            parts={group.parts}
            kind={group.kind}
            finish={group.finish}
          />
        ) : null,
      )}
    </>
  );
}
