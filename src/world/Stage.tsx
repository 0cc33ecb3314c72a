import { Canvas } from '@react-three/fiber';
import { type ReactNode, Suspense, useState } from 'react';
import type { PerspectiveCamera } from 'three';
import { CAMERA_FOV, HUB_VIEWPOINT } from '../floorplan/layout';
import { AdaptiveResolution, devicePixelRatioCap } from './AdaptiveResolution';
import { DebugProbe } from './DebugProbe';
import { debugRequested } from './debugHook';
import { preloadWorldFonts, WorldReadiness } from './WorldReadiness';
import { WorldScene } from './WorldScene';

const debug = typeof window !== 'undefined' && debugRequested(window.location.search);

// As soon as this chunk runs, before React has rendered anything of the world: the workers fetch
// and parse the fonts, and build their common glyphs, while the renderer and the hall are built.
if (typeof window !== 'undefined') preloadWorldFonts();

function placeCameraAtHub({ camera }: { camera: PerspectiveCamera }) {
  // Yaw then pitch, so that navigation can turn the camera with plain rotation.y / rotation.x.
  camera.rotation.order = 'YXZ';
  camera.position.set(...HUB_VIEWPOINT.position);
  camera.rotation.set(0, HUB_VIEWPOINT.yaw, 0);
}

/**
 * The one Canvas of the app's life. It renders on demand: a still visitor costs no frames.
 * Navigation mounts its controls as children.
 */
export function Stage({ children }: { children?: ReactNode }) {
  const [dprCap] = useState(devicePixelRatioCap);
  const [dpr, setDpr] = useState(dprCap);
  return (
    <Canvas
      frameloop="demand"
      // No tone mapping: panel whites stay white and brand colours stay true.
      flat
      dpr={dpr}
      gl={{ antialias: true }}
      camera={{ fov: CAMERA_FOV, near: 0.1, far: 4000, position: [...HUB_VIEWPOINT.position] }}
      onCreated={(state) => placeCameraAtHub({ camera: state.camera as PerspectiveCamera })}
      style={{ touchAction: 'none' }}
    >
      <Suspense fallback={null}>
        <WorldScene />
      </Suspense>
      <WorldReadiness />
      <AdaptiveResolution cap={dprCap} onChange={setDpr} />
      {debug && <DebugProbe />}
      {children}
    </Canvas>
  );
}
