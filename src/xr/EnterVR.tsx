import { useState } from 'react';
import { usePavilion } from '../state/context';
import { unavailableNote } from './support';
import { useXRGate } from './XRGate';

/**
 * "Enter VR" when the browser offers immersive VR; otherwise a short note that says why not
 * (no WebXR, no headset, not allowed in this frame, not a secure page) instead of failing.
 */
export function EnterVR() {
  const { support, runtime } = useXRGate();
  const inXR = usePavilion((state) => state.mode === 'xr');
  const [problem, setProblem] = useState<string | null>(null);

  if (!support) return null;
  if (support.kind === 'unavailable') {
    return <p className="xr-note xr-note--unavailable">{unavailableNote(support.reason)}</p>;
  }
  if (!runtime) return null;

  const enter = () => {
    setProblem(null);
    runtime.xrStore.enterVR().catch(() => {
      setProblem('The headset did not start a session. Put it on and try again.');
    });
  };

  return (
    <>
      <button type="button" className="xr-button" onClick={enter} disabled={inXR}>
        {inXR ? 'In VR' : 'Enter VR'}
      </button>
      {problem && (
        <p className="xr-note" role="status">
          {problem}
        </p>
      )}
    </>
  );
}
