import { useEffect, useId } from 'react';
import { usePavilion, usePavilionStore } from '../state/context';
import { rememberHelpDismissed, wasHelpDismissed } from './help-memory';
import { TOUCH_CONTROLS } from './touch/help';

const CONTROLS: readonly (readonly [keys: string, what: string])[] = [
  ['Click the world', 'capture the mouse, then move it to look around'],
  ['W A S D or arrow keys', 'walk'],
  ['Shift', 'walk faster'],
  ['Esc', 'release the mouse'],
  ['Click a booth', 'travel to it'],
  ['H', 'return to the hub'],
  ['?', 'show or hide this card'],
];

function useHelp() {
  const store = usePavilionStore();
  const open = usePavilion((state) => state.helpOpen);
  const dismiss = () => {
    rememberHelpDismissed();
    store.getState().setHelpOpen(false);
  };
  return { open, dismiss, show: () => store.getState().setHelpOpen(true) };
}

/** The visible way to bring the card back (the ? key does the same). */
export function HelpButton() {
  const { open, dismiss, show } = useHelp();
  return (
    <button
      type="button"
      className="nav-button nav-button--help"
      aria-expanded={open}
      aria-label={open ? 'Hide the controls' : 'Show the controls'}
      title="Controls (?)"
      onClick={open ? dismiss : show}
    >
      ?
    </button>
  );
}

/**
 * How to get around: shown on a first visit and whenever the visitor asks. Dismissing it is
 * remembered, so a returning visitor is not shown it again unasked.
 */
export function HelpCard() {
  const store = usePavilionStore();
  const { open, dismiss } = useHelp();
  const headingId = useId();
  const lines = usePavilion((state) => (state.mode === 'touch' ? TOUCH_CONTROLS : CONTROLS));

  useEffect(() => {
    store.getState().setHelpOpen(!wasHelpDismissed());
  }, [store]);

  if (!open) return null;
  return (
    <section className="help-card" aria-labelledby={headingId}>
      <h2 id={headingId}>Getting around</h2>
      <dl>
        {lines.map(([keys, what]) => (
          <div key={keys}>
            <dt>{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="help-card__close" onClick={dismiss}>
        Got it
      </button>
    </section>
  );
}
