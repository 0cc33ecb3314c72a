import type { ViewName } from '../twin/view-choice';
import type { ViewState } from './view-state';

function why(state: ViewState): string {
  switch (state.reason) {
    case 'no-webgl':
      return (
        'This browser cannot draw the 3D world (WebGL 2 is switched off or missing), so the ' +
        'pavilion is shown as a page. Every booth, board and the kiosk are here.'
      );
    case 'context-lost':
      return (
        'The 3D view lost its graphics context and it did not come back, so the pavilion ' +
        'moved to this page. Your place and choices are as you left them.'
      );
    case 'crashed':
      return (
        `The 3D view stopped with an error (${state.detail ?? 'no details'}), so the ` +
        'pavilion moved to this page. Your place and choices are as you left them.'
      );
    case 'chosen':
      return 'You are reading the 2D view: the whole pavilion as one page.';
  }
}

interface TwoDNoteProps {
  readonly state: ViewState;
  readonly onChooseView: (view: ViewName) => void;
}

/** The 2D view's first words: why it is showing, and the way to the 3D view where there is one. */
export function TwoDNote({ state, onChooseView }: TwoDNoteProps) {
  return (
    <aside
      className={`twod-note twod-note--${state.reason}`}
      aria-label="About this view"
      data-reason={state.reason}
    >
      <p>{why(state)}</p>
      {state.reason !== 'no-webgl' && (
        <button type="button" className="twin-button" onClick={() => onChooseView('3d')}>
          {state.reason === 'chosen' ? 'Open the 3D view' : 'Try the 3D view again'}
        </button>
      )}
    </aside>
  );
}
