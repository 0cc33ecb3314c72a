import { usePavilionStore } from '../state/context';
import './nav-button.css';

/** Back to the hub from anywhere: the visible twin of the H key. */
export function HomeButton() {
  const store = usePavilionStore();
  return (
    <button
      type="button"
      className="nav-button nav-button--home"
      title="Back to the hub (H)"
      onClick={() => store.getState().travelTo('hub', 'click')}
    >
      Hub
    </button>
  );
}
