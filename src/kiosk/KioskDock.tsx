import { useCallback, useId, useRef, useState } from 'react';
import type { Weights } from '../core';
import { usePavilion } from '../state/context';
import { usePersistence } from '../state/persist';
import { CopyLink } from './CopyLink';
import { KioskPanel } from './KioskPanel';
import { useHighlightSync } from './useHighlightSync';
import { WeightSliders } from './WeightSliders';
import './kiosk.css';
import './weights.css';

type OpenPanel = 'none' | 'kiosk' | 'weights';

/**
 * The kiosk's toolbar beside the world: "Help me choose", the weight sliders and "Copy link".
 * It also restores and keeps the visitor's choices, and lights up the kiosk's picks.
 */
export function KioskDock({ guideWeights }: { readonly guideWeights: Weights }) {
  usePersistence(guideWeights);
  useHighlightSync();
  const highlighted = usePavilion((s) => s.highlighted);
  const [open, setOpen] = useState<OpenPanel>('none');
  const kioskButton = useRef<HTMLButtonElement>(null);
  const ids = useId();
  const kioskId = `${ids}-kiosk`;
  const weightsId = `${ids}-weights`;

  const closeKiosk = useCallback(() => {
    setOpen('none');
    kioskButton.current?.focus();
  }, []);
  const toggle = (panel: OpenPanel) => setOpen((current) => (current === panel ? 'none' : panel));

  return (
    <aside
      className="kiosk-dock"
      aria-label="Choosing tools"
      data-highlighted={highlighted.join(' ')}
    >
      <div className="kiosk-dock__bar">
        <button
          ref={kioskButton}
          type="button"
          className="kiosk-dock__button kiosk-dock__button--main"
          aria-expanded={open === 'kiosk'}
          aria-controls={open === 'kiosk' ? kioskId : undefined}
          onClick={() => toggle('kiosk')}
        >
          Help me choose
        </button>
        <button
          type="button"
          className="kiosk-dock__button"
          aria-expanded={open === 'weights'}
          aria-controls={open === 'weights' ? weightsId : undefined}
          onClick={() => toggle('weights')}
        >
          Weights
        </button>
        <CopyLink guideWeights={guideWeights} />
      </div>
      {open === 'kiosk' && <KioskPanel id={kioskId} onClose={closeKiosk} />}
      {open === 'weights' && (
        <div id={weightsId} className="kiosk-panel kiosk-panel--fit">
          <WeightSliders guideWeights={guideWeights} />
        </div>
      )}
    </aside>
  );
}
