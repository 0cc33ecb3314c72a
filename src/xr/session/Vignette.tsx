import { useFrame } from '@react-three/fiber';
import { XRSpace } from '@react-three/xr';
import { useMemo, useRef } from 'react';
import { BufferGeometry, Float32BufferAttribute, type Mesh, type MeshBasicMaterial } from 'three';

/** Radii in metres at VIGNETTE_DISTANCE: clear centre, soft edge, dark rim beyond any view. */
const CLEAR = 0.1;
const SOFT = 0.2;
const RIM = 1.2;
const VIGNETTE_DISTANCE = 0.25;
const SEGMENTS = 40;
/** Full strength leaves a little of the periphery visible: darker, not blind. */
const MAX_OPACITY = 0.85;

/** A flat ring, transparent at its inner edge and dark from SOFT outwards (alpha per vertex). */
function vignetteGeometry(): BufferGeometry {
  const radii = [CLEAR, SOFT, RIM];
  const alphas = [0, 1, 1];
  const positions: number[] = [];
  const colours: number[] = [];
  for (let s = 0; s <= SEGMENTS; s += 1) {
    const angle = (s / SEGMENTS) * Math.PI * 2;
    radii.forEach((radius, r) => {
      positions.push(Math.cos(angle) * radius, Math.sin(angle) * radius, 0);
      colours.push(0, 0, 0, alphas[r] ?? 1);
    });
  }
  const index: number[] = [];
  for (let s = 0; s < SEGMENTS; s += 1) {
    for (let r = 0; r < radii.length - 1; r += 1) {
      const a = s * radii.length + r;
      const b = (s + 1) * radii.length + r;
      index.push(a, b, a + 1, b, b + 1, a + 1);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('color', new Float32BufferAttribute(colours, 4));
  geometry.setIndex(index);
  return geometry;
}

/**
 * The comfort vignette for smooth locomotion: the edges of the view darken while the visitor
 * glides on the thumbstick, and clear when they stop. `strength` (0..1) is read every frame.
 */
export function Vignette({ strength }: { readonly strength: { current: number } }) {
  const geometry = useMemo(vignetteGeometry, []);
  const mesh = useRef<Mesh>(null);
  const material = useRef<MeshBasicMaterial>(null);

  useFrame(() => {
    if (!mesh.current || !material.current) return;
    mesh.current.visible = strength.current > 0.01;
    material.current.opacity = strength.current * MAX_OPACITY;
  });

  return (
    <XRSpace space="viewer">
      <mesh
        ref={mesh}
        geometry={geometry}
        position={[0, 0, -VIGNETTE_DISTANCE]}
        renderOrder={1000}
        visible={false}
        // Never a pointer target: rays pass through it.
        raycast={() => undefined}
      >
        <meshBasicMaterial
          ref={material}
          vertexColors
          transparent
          depthTest={false}
          depthWrite={false}
          toneMapped={false}
          fog={false}
        />
      </mesh>
    </XRSpace>
  );
}
