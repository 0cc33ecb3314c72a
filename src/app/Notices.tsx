import { usePavilion, usePavilionStore } from '../state/context';
import './notices.css';

/**
 * Messages for the visitor (a bad link, a refused mouse capture). The region is always present
 * so that screen readers announce what appears in it; texts are rendered as text, never markup,
 * because some quote what a link contained.
 */
export function Notices() {
  const store = usePavilionStore();
  const notices = usePavilion((state) => state.notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <p key={notice.id} className={`notice notice--${notice.kind}`} data-notice={notice.id}>
          <span className="notice__text">{notice.text}</span>
          <button
            type="button"
            className="notice__dismiss"
            aria-label="Dismiss this message"
            onClick={() => store.getState().dismissNotice(notice.id)}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
