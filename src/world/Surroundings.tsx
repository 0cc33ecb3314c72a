import { useLayoutEffect, useMemo, useRef } from 'react';
import {
  BackSide,
  BufferAttribute,
  Color,
  type InstancedMesh,
  Matrix4,
  Quaternion,
  SphereGeometry,
  Vector3,
} from 'three';
import { HUB_RADIUS, type RingLayout } from '../floorplan/layout';
import { HALL } from './palette';
import { shadowMaterial, unitPlane } from './resources';

/** A sky sphere whose vertices carry a gradient: light at the horizon, deeper blue overhead. */
function useSkyGeometry(): SphereGeometry {
  return useMemo(() => {
    const geometry = new SphereGeometry(1, 32, 16);
    const top = new Color(HALL.skyTop);
    const horizon = new Color(HALL.skyHorizon);
    const colour = new Color();
    const positions = geometry.getAttribute('position');
    const colours = new Float32Array(positions.count * 3);
    for (let i = 0; i < positions.count; i++) {
      // Below the horizon stays at the horizon colour; the floor hides it anyway.
      const height = Math.max(0, positions.getY(i));
      colour.copy(horizon).lerp(top, Math.sqrt(height));
      colour.toArray(colours, i * 3);
    }
    geometry.setAttribute('color', new BufferAttribute(colours, 3));
    return geometry;
  }, []);
}

/** Soft fake shadows: one instanced, textured plane per booth, stretched to its footprint. */
function BoothShadows({ layout }: { layout: RingLayout }) {
  const mesh = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    const target = mesh.current;
    if (!target) return;
    const matrix = new Matrix4();
    const rotation = new Quaternion();
    const up = new Vector3(0, 1, 0);
    const position = new Vector3();
    const scale = new Vector3();
    layout.booths.forEach((booth, i) => {
      rotation.setFromAxisAngle(up, booth.rotationY);
      position.set(booth.position[0], 0.015, booth.position[2]);
      scale.set(booth.halfWidth * 2.6, 1, booth.halfDepth * 3.2);
      target.setMatrixAt(i, matrix.compose(position, rotation, scale));
    });
    target.instanceMatrix.needsUpdate = true;
    target.computeBoundingSphere();
  }, [layout]);
  return (
    <instancedMesh
      key={layout.booths.length}
      ref={mesh}
      args={[unitPlane, shadowMaterial(), layout.booths.length]}
      renderOrder={1}
    />
  );
}

/** A paved band under the ring: the walk from booth to booth, framing the booths. */
function Promenade({ layout }: { layout: RingLayout }) {
  const nearest = Math.min(...layout.booths.map((b) => Math.hypot(b.viewpoint[0], b.viewpoint[2])));
  const deepest = Math.max(...layout.booths.map((b) => b.halfDepth));
  const inner = Math.max(HUB_RADIUS + 1, nearest - 2.5);
  const outer = layout.radius + deepest + 2.5;
  return (
    <mesh rotation={[-Math.PI / 2, 0, 0]} position={[0, 0.008, 0]}>
      <ringGeometry args={[inner, outer, 128]} />
      <meshStandardMaterial color={HALL.promenade} roughness={0.9} />
    </mesh>
  );
}

/** Sky, floor and light for a ring of the given size: no HDR file, nothing fetched. */
export function Surroundings({ layout }: { layout: RingLayout }) {
  const sky = useSkyGeometry();
  const reach = layout.radius + 60;
  return (
    <>
      <hemisphereLight args={['#eef3ff', '#a39886', 1.25]} />
      <directionalLight position={[30, 50, 40]} intensity={1.35} color="#fff4e2" />
      <fog attach="fog" args={[HALL.skyHorizon, reach * 0.5, reach * 1.5]} />
      <mesh geometry={sky} scale={reach * 1.6} renderOrder={-1}>
        <meshBasicMaterial vertexColors side={BackSide} depthWrite={false} fog={false} />
      </mesh>
      <mesh rotation={[-Math.PI / 2, 0, 0]}>
        <circleGeometry args={[reach, 96]} />
        <meshStandardMaterial color={HALL.floor} roughness={0.95} />
      </mesh>
      {layout.booths.length > 0 && (
        <>
          <Promenade layout={layout} />
          <BoothShadows layout={layout} />
        </>
      )}
    </>
  );
}
