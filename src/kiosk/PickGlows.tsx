import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import {
  AdditiveBlending,
  BoxGeometry,
  BufferAttribute,
  Color,
  CylinderGeometry,
  DoubleSide,
  type InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  Object3D,
  PlaneGeometry,
} from 'three';
import { usePavilion } from '../state/context';
import { usePavilionDerived } from '../state/selectors';
import {
  BADGE_SIZE,
  badgePosition,
  COLUMN_RADIUS,
  COLUMN_TOP,
  type PickBeacon,
  pickBeacons,
  WALL_BEHIND,
  wallTop,
} from './beaconLayout';
import { BADGE_GOLD, badgeMaterial, badgesInInter } from './pickBadges';
import { HIGHLIGHT_COUNT } from './useHighlightSync';

/**
 * Lights up the booths the kiosk picked, so that they stand out from the hub: a column of light
 * rising from each booth's wall, a badge with its place in the ranking (1, 2, 3) on the column,
 * and a gold frame on the floor around the footprint for a visitor close by.
 *
 * Cheap by construction: the frames, floor glows and columns are three instanced meshes (one draw
 * call each, whatever the number of picks) and each badge is one sprite. Nothing moves: matrices
 * are written when the picks or the ring change, never per frame, so an idle world stays idle and
 * reduced motion has nothing to stop.
 */

/** Free floor between the footprint and its frame, and the frame's width, in metres. */
const MARGIN = 0.35;
const BAR = 0.24;
const LIFT = 0.03;

const frameMaterial = new MeshBasicMaterial({ color: BADGE_GOLD, toneMapped: false });
const glowMaterial = new MeshBasicMaterial({
  color: BADGE_GOLD,
  transparent: true,
  opacity: 0.22,
  blending: AdditiveBlending,
  depthWrite: false,
  toneMapped: false,
});
// Gold fading to clear by vertex alpha: over the pale sky, added light would wash out to white.
const columnMaterial = new MeshBasicMaterial({
  vertexColors: true,
  transparent: true,
  depthWrite: false,
  side: DoubleSide,
  fog: false,
  toneMapped: false,
});
const unitBox = new BoxGeometry(1, 1, 1);
const floorPlane = new PlaneGeometry(1, 1).rotateX(-Math.PI / 2);
const column = fadingColumn();

/** A unit open cylinder standing on y = 0, gold at its foot and fading to clear at its top. */
function fadingColumn(): CylinderGeometry {
  const geometry = new CylinderGeometry(1, 1, 1, 20, 6, true).translate(0, 0.5, 0);
  const heights = geometry.getAttribute('position');
  const colours = new Float32Array(heights.count * 4);
  const gold = new Color(BADGE_GOLD);
  for (let i = 0; i < heights.count; i++) {
    const alpha = 0.6 * (1 - heights.getY(i)) ** 1.3;
    colours.set([gold.r, gold.g, gold.b, alpha], i * 4);
  }
  geometry.setAttribute('color', new BufferAttribute(colours, 4));
  return geometry;
}

// Light and badges are scenery: rays (mouse, touch, headset) pass through them to the booths.
const passThrough = () => undefined;

const place = new Object3D();
const part = new Matrix4();

/** Writes the instanced parts' matrices for these beacons and hides the unused instances. */
function writeMatrices(
  beacons: readonly PickBeacon[],
  meshes: { frames: InstancedMesh; glows: InstancedMesh; columns: InstancedMesh },
): void {
  beacons.forEach((beacon, i) => {
    const { position, rotationY, scale, halfWidth, halfDepth } = beacon.booth;
    place.position.set(position[0], 0, position[2]);
    place.rotation.set(0, rotationY, 0);
    place.scale.set(1, 1, 1);
    place.updateMatrix();

    const x = halfWidth + MARGIN;
    const z = halfDepth + MARGIN;
    const bars: [number, number, number, number][] = [
      [0, z, 2 * x + BAR, BAR],
      [0, -z, 2 * x + BAR, BAR],
      [x, 0, BAR, 2 * z],
      [-x, 0, BAR, 2 * z],
    ];
    bars.forEach(([cx, cz, sx, sz], b) => {
      part.makeScale(sx, 0.04, sz).setPosition(cx, LIFT, cz);
      meshes.frames.setMatrixAt(i * 4 + b, part.premultiply(place.matrix));
    });
    part.makeScale(2 * x, 1, 2 * z).setPosition(0, LIFT / 2, 0);
    meshes.glows.setMatrixAt(i, part.premultiply(place.matrix));

    const foot = wallTop(beacon.booth);
    part.makeScale(COLUMN_RADIUS, COLUMN_TOP - foot, COLUMN_RADIUS);
    part.setPosition(0, foot, -WALL_BEHIND * scale);
    meshes.columns.setMatrixAt(i, part.premultiply(place.matrix));
  });

  for (const [mesh, perBeacon] of [
    [meshes.frames, 4],
    [meshes.glows, 1],
    [meshes.columns, 1],
  ] as const) {
    mesh.count = beacons.length * perBeacon;
    mesh.instanceMatrix.needsUpdate = true;
    // The culling sphere covers the instances as they were: measure the new ones.
    mesh.computeBoundingSphere();
  }
}

function useBeacons(): readonly PickBeacon[] {
  const highlighted = usePavilion((s) => s.highlighted);
  const { layout, indexById } = usePavilionDerived();
  return useMemo(
    () =>
      pickBeacons(highlighted.slice(0, HIGHLIGHT_COUNT), (id) => {
        const index = indexById.get(id);
        return index === undefined ? undefined : layout.booths[index];
      }),
    [highlighted, layout, indexById],
  );
}

export function PickGlows() {
  const beacons = useBeacons();
  const invalidate = useThree((state) => state.invalidate);
  const frames = useRef<InstancedMesh>(null);
  const glows = useRef<InstancedMesh>(null);
  const columns = useRef<InstancedMesh>(null);

  useLayoutEffect(() => {
    if (!frames.current || !glows.current || !columns.current) return;
    writeMatrices(beacons, {
      frames: frames.current,
      glows: glows.current,
      columns: columns.current,
    });
    invalidate();
  }, [beacons, invalidate]);

  const shown = beacons.length > 0;
  useEffect(() => {
    if (!shown) return;
    let live = true;
    badgesInInter().then((redrawn) => {
      if (live && redrawn) invalidate();
    });
    return () => {
      live = false;
    };
  }, [shown, invalidate]);

  return (
    <group name="pick-beacons">
      <instancedMesh
        ref={frames}
        args={[unitBox, frameMaterial, HIGHLIGHT_COUNT * 4]}
        raycast={passThrough}
      />
      <instancedMesh
        ref={glows}
        args={[floorPlane, glowMaterial, HIGHLIGHT_COUNT]}
        raycast={passThrough}
        renderOrder={1}
      />
      <instancedMesh
        ref={columns}
        args={[column, columnMaterial, HIGHLIGHT_COUNT]}
        raycast={passThrough}
        renderOrder={2}
      />
      {beacons.map((beacon) => (
        <sprite
          key={beacon.id}
          name={`pick-beacon:${beacon.id}`}
          material={badgeMaterial(beacon.place)}
          position={badgePosition(beacon.booth)}
          scale={BADGE_SIZE}
          raycast={passThrough}
          renderOrder={3}
        />
      ))}
    </group>
  );
}
