import { AdditiveBlending, BoxGeometry, MeshBasicMaterial, PlaneGeometry } from 'three';
import { usePavilion } from '../state/context';
import { usePavilionDerived } from '../state/selectors';

/**
 * Lights up the booths the kiosk picked: a bright frame on the floor around each footprint and
 * a soft glow beneath it, visible from the hub. Shared geometry and materials, made once.
 */

const frameMaterial = new MeshBasicMaterial({ color: '#ffd166', toneMapped: false });
const glowMaterial = new MeshBasicMaterial({
  color: '#ffd166',
  transparent: true,
  opacity: 0.22,
  blending: AdditiveBlending,
  depthWrite: false,
  toneMapped: false,
});
const unitBox = new BoxGeometry(1, 1, 1);
const floorPlane = new PlaneGeometry(1, 1).rotateX(-Math.PI / 2);

/** Free floor between the footprint and its frame, and the frame's width, in metres. */
const MARGIN = 0.35;
const BAR = 0.24;
const LIFT = 0.03;

function Frame({ halfWidth, halfDepth }: { halfWidth: number; halfDepth: number }) {
  const x = halfWidth + MARGIN;
  const z = halfDepth + MARGIN;
  const bars: [number, number, number, number][] = [
    [0, z, 2 * x + BAR, BAR],
    [0, -z, 2 * x + BAR, BAR],
    [x, 0, BAR, 2 * z],
    [-x, 0, BAR, 2 * z],
  ];
  return (
    <>
      {bars.map(([cx, cz, sx, sz]) => (
        <mesh
          key={`${cx}:${cz}`}
          geometry={unitBox}
          material={frameMaterial}
          position={[cx, LIFT, cz]}
          scale={[sx, 0.04, sz]}
        />
      ))}
      <mesh
        geometry={floorPlane}
        material={glowMaterial}
        position={[0, LIFT / 2, 0]}
        scale={[2 * x, 1, 2 * z]}
        renderOrder={1}
      />
    </>
  );
}

export function PickGlows() {
  const highlighted = usePavilion((s) => s.highlighted);
  const { layout, indexById } = usePavilionDerived();
  return (
    <>
      {highlighted.map((id) => {
        const index = indexById.get(id);
        const placement = index === undefined ? undefined : layout.booths[index];
        if (!placement) return null;
        return (
          <group
            key={id}
            name={`pick-glow:${id}`}
            position={[placement.position[0], 0, placement.position[2]]}
            rotation={[0, placement.rotationY, 0]}
          >
            <Frame halfWidth={placement.halfWidth} halfDepth={placement.halfDepth} />
          </group>
        );
      })}
    </>
  );
}
