import { useEffect, useId } from 'react';
import { create } from 'zustand';
import { usePavilion, usePavilionStore } from '../state/context';
import { rememberHelpDismissed, startsMoving, wasHelpDismissed } from './help-memory';
import { TOUCH_CONTROLS } from './touch/help';
import './nav-button.css';

const CONTROLS: readonly (readonly [keys: string, what: string])[] = [
  ['Click the world', 'capture the mouse to look around'],
  ['W A S D or arrow keys', 'walk'],
  ['Shift', 'walk faster'],
  ['Esc', 'release the mouse'],
  ['Click a booth', 'travel to it'],
  ['H', 'return to the hub'],
  ['?', 'show or hide this card'],
];

/**
 * Whether the open card is folded into its chip. Only the card and its button read it, and it
 * lasts as long as the page: a fold is not a dismissal, so nothing is stored.
 */
const useFold = create<{ readonly folded: boolean }>(() => ({ folded: false }));
const setFolded = (folded: boolean) => useFold.setState({ folded });

/**
 * Folds the open card into its chip, for a sheet that opens where the card is (the kiosk's):
 * two panels over the same corner, one peeking out from under the other, read as a glitch.
 */
export function foldHelpCard(): void {
  setFolded(true);
}

function useHelp() {
  const store = usePavilionStore();
  const open = usePavilion((state) => state.helpOpen);
  const folded = useFold((fold) => fold.folded);
  const dismiss = () => {
    rememberHelpDismissed();
    store.getState().setHelpOpen(false);
  };
  const show = () => {
    setFolded(false);
    store.getState().setHelpOpen(true);
  };
  return { open, folded, dismiss, show };
}

/** The top bar's ? button, where focus goes when the card's own button closes it. */
const HELP_BUTTON_ID = 'help-button';

/** The visible way to bring the card back (the ? key does the same). */
export function HelpButton() {
  const { open, folded, dismiss, show } = useHelp();
  const shown = open && !folded;
  return (
    <button
      type="button"
      id={HELP_BUTTON_ID}
      className="nav-button nav-button--help"
      aria-expanded={shown}
      aria-label={shown ? 'Hide the controls' : 'Show the controls'}
      title="Controls (?)"
      onClick={shown ? dismiss : show}
    >
      ?
    </button>
  );
}

/**
 * Folds the card into its chip on the visitor's first step: a walking key, H, or a press on
 * the world (which looks, walks or travels). Listens only while the card is spread out.
 */
function useFoldOnFirstMove(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (startsMoving(event.code)) setFolded(true);
    };
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof HTMLCanvasElement) setFolded(true);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [active]);
}

/**
 * How to get around: shown on a first visit and whenever the visitor asks, in a corner clear of
 * the booths. The first step folds it into a chip that opens it again. Dismissing it is
 * remembered, so a returning visitor is not shown it again unasked.
 */
export function HelpCard() {
  const store = usePavilionStore();
  const { open, folded, dismiss, show } = useHelp();
  const headingId = useId();
  const lines = usePavilion((state) => (state.mode === 'touch' ? TOUCH_CONTROLS : CONTROLS));
  const platforms = usePavilion((state) => state.guide.platforms.length);

  useEffect(() => {
    setFolded(false);
    store.getState().setHelpOpen(!wasHelpDismissed());
  }, [store]);
  useEffect(() => {
    // Closed (by the ? key, say): the next opening shows the whole card again.
    if (!open) setFolded(false);
  }, [open]);
  useFoldOnFirstMove(open && !folded);

  if (!open) return null;
  if (folded) {
    return (
      <button type="button" className="nav-button help-chip" onClick={show}>
        <span aria-hidden="true">?</span> Controls
      </button>
    );
  }
  return (
    <section className="help-card" aria-labelledby={headingId}>
      <div className="help-card__head">
        <h2 id={headingId}>Getting around</h2>
        <button
          type="button"
          className="help-card__close"
          onClick={() => {
            dismiss();
            // The pressed button goes with the card: without this, focus would fall to the
            // page's start and a keyboard visitor would lose their place.
            document.getElementById(HELP_BUTTON_ID)?.focus();
          }}
        >
          Got it
        </button>
      </div>
      {/* The world itself says nothing of what it is: a first-time visitor reads it here. */}
      <p className="help-card__intro">
        {platforms} metaverse platforms, one booth each, sized by score.
      </p>
      <dl>
        {lines.map(([keys, what]) => (
          <div key={keys}>
            <dt>{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
