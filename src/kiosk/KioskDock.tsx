import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Weights } from '../core';
// Not the navigation index: it also exports the 3D controls (three.js in the first paint).
import { foldHelpCard } from '../navigation/HelpCard';
import { usePavilion } from '../state/context';
import { usePersistence } from '../state/persist';
import { CopyLink } from './CopyLink';
import { KioskPanel } from './KioskPanel';
import { useEscapeCloses } from './useEscapeCloses';
import { useHighlightSync } from './useHighlightSync';
import { WeightSliders } from './WeightSliders';
import './kiosk.css';
import './weights.css';

type OpenPanel = 'none' | 'kiosk' | 'weights';

interface WeightsSheetProps {
  readonly id: string;
  readonly guideWeights: Weights;
  readonly onClose: () => void;
}

/**
 * The sliders' sheet. It opens over the world, away from its button, so focus goes to the first
 * slider (a keyboard visitor would otherwise tab through the rest of the bar to reach it), and
 * Escape closes it like the kiosk's.
 */
function WeightsSheet({ id, guideWeights, onClose }: WeightsSheetProps) {
  const sheet = useRef<HTMLDivElement>(null);
  useEscapeCloses(sheet, onClose);
  useEffect(() => {
    sheet.current?.querySelector('input')?.focus();
  }, []);
  return (
    <div ref={sheet} id={id} className="kiosk-panel kiosk-panel--fit">
      <WeightSliders guideWeights={guideWeights} />
    </div>
  );
}

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
  const weightsButton = useRef<HTMLButtonElement>(null);
  const ids = useId();
  const kioskId = `${ids}-kiosk`;
  const weightsId = `${ids}-weights`;

  // Closing by Close, Escape or a travel gives focus back to the button that opened the sheet.
  const closeKiosk = useCallback(() => {
    setOpen('none');
    kioskButton.current?.focus();
  }, []);
  const closeWeights = useCallback(() => {
    setOpen('none');
    weightsButton.current?.focus();
  }, []);
  const toggle = (panel: OpenPanel) => {
    if (open !== panel) foldHelpCard();
    setOpen(open === panel ? 'none' : panel);
  };

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
          ref={weightsButton}
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
        <WeightsSheet id={weightsId} guideWeights={guideWeights} onClose={closeWeights} />
      )}
    </aside>
  );
}
