import { useEffect } from 'react';
import { usePavilion, usePavilionStore } from '../state/context';
import './loading.css';

/**
 * A DOM overlay over the 3D stage with the world's real loading progress; it stays until the first
 * frame with its text has been drawn. A slow device need not wait: the 2D view is one press away.
 */
export function LoadingScreen({ onChoose2D }: { readonly onChoose2D: () => void }) {
  const store = usePavilionStore();
  const load = usePavilion((state) => state.load);
  const ready = usePavilion((state) => state.worldReady);

  useEffect(() => {
    store.getState().setLoad(0.05, 'Loading the 3D world');
  }, [store]);

  if (ready) return null;
  const percent = Math.round(load.progress * 100);
  return (
    <div className="loading-screen">
      <p className="loading-screen__stage" role="status">
        {load.stage}…
      </p>
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
      <button type="button" className="loading-screen__switch" onClick={onChoose2D}>
        Use the 2D view instead
      </button>
    </div>
  );
}
