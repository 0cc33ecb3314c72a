import { useEffect } from 'react';
import { usePavilion, usePavilionStore } from '../state/context';
import './loading.css';

/**
 * A DOM overlay over the 3D stage with the world's real loading progress; it stays until the first
 * frame with its text has been drawn.
 */
export function LoadingScreen() {
  const store = usePavilionStore();
  const load = usePavilion((state) => state.load);
  const ready = usePavilion((state) => state.worldReady);

  useEffect(() => {
    store.getState().setLoad(0.05, 'Loading the 3D world');
  }, [store]);

  if (ready) return null;
  const percent = Math.round(load.progress * 100);
  return (
    <div className="loading-screen" role="status" aria-live="polite">
      <p className="loading-screen__stage">{load.stage}…</p>
      <div
        className="loading-screen__bar"
        role="progressbar"
        aria-label="Loading the 3D pavilion"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="loading-screen__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
