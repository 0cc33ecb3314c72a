import { useCallback, useId, useRef, useState } from 'react';
import { KioskPanel } from '../kiosk/KioskPanel';
import { usePavilion } from '../state/context';

/**
 * The kiosk inside the twin's hub: the same DOM panel as the toolbar's, opened in place so the
 * 2D page reads top to bottom. Closing it gives focus back to its button.
 */
export function TwinKiosk() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const id = `${useId()}-twin-kiosk`;
  const steps = usePavilion((state) => state.guide.checklist.length);
  const close = useCallback(() => {
    setOpen(false);
    opener.current?.focus();
  }, []);

  return (
    <div className="twin-kiosk">
      <p>
        {steps} short questions (region, use, devices, ownership, costs and more) lead to three
        picks, with reasons and what to check first.
      </p>
      <button
        ref={opener}
        type="button"
        className="twin-button twin-button--main"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        Start the checklist
      </button>
      {open && <KioskPanel id={id} onClose={close} />}
    </div>
  );
}
