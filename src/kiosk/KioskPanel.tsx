import { useRef } from 'react';
import { usePavilion } from '../state/context';
import { KioskResult } from './KioskResult';
import { KioskStepView } from './KioskStepView';
import { isResult } from './steps';
import { useEscapeCloses } from './useEscapeCloses';
import { useKiosk } from './useKiosk';

interface KioskPanelProps {
  readonly id: string;
  readonly onClose: () => void;
}

/**
 * The kiosk's DOM face: a non-modal dialog beside the world, one checklist step at a time, then
 * the result. Escape closes it (the opener takes focus back).
 */
export function KioskPanel({ id, onClose }: KioskPanelProps) {
  const kiosk = useKiosk();
  const redFlags = usePavilion((s) => s.guide.redFlags);
  const panel = useRef<HTMLDivElement>(null);

  useEscapeCloses(panel, onClose);

  return (
    <div ref={panel} id={id} className="kiosk-panel" role="dialog" aria-labelledby={`${id}-title`}>
      <div className="kiosk-panel__head">
        <p id={`${id}-title`} className="kiosk-panel__title">
          Help me choose
        </p>
        {kiosk.state.step > 0 && !isResult(kiosk.state, kiosk.steps) && (
          <button type="button" className="kiosk-panel__small" onClick={kiosk.restart}>
            Start over
          </button>
        )}
        <button type="button" className="kiosk-panel__small" onClick={onClose}>
          Close
        </button>
      </div>
      {isResult(kiosk.state, kiosk.steps) ? (
        <KioskResult kiosk={kiosk} onTravel={onClose} />
      ) : (
        <KioskStepView key={kiosk.state.step} kiosk={kiosk} redFlags={redFlags} />
      )}
    </div>
  );
}
