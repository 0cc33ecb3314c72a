import { Text } from '@react-three/drei';
import { addAfterEffect, Canvas, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
// A stylesheet, not inline styles: the page lives under the app's CSP.
import './baseline.css';

/**
 * The benchmark's yardstick: the least a fiber app with text must do before its first frame (an
 * empty demand-rendered Canvas and one line of drei Text in the app's own font), built the same
 * way as the app. It sets `window.__pavilion.ready` as the app does: after the first frame drawn
 * with the text typeset.
 */

// Served by the app build beside this page (same origin), as the app serves it.
const FONT = '/fonts/inter-latin-400-normal.woff';

function publishReady(): void {
  Object.defineProperty(window, '__pavilion', {
    value: Object.freeze({ ready: true }),
    configurable: true,
  });
}

function OneLine() {
  const invalidate = useThree((state) => state.invalidate);
  const typeset = useRef(false);

  useEffect(
    () =>
      addAfterEffect(() => {
        if (typeset.current) publishReady();
      }),
    [],
  );

  return (
    <Text
      font={FONT}
      fontSize={0.4}
      color="#ffffff"
      onSync={() => {
        typeset.current = true;
        invalidate();
      }}
    >
      Metaverse Pavilion
    </Text>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('[baseline] index.html has no #root element');

createRoot(container).render(
  <Canvas frameloop="demand" flat dpr={[1, 2]} gl={{ antialias: true }}>
    <OneLine />
  </Canvas>,
);
