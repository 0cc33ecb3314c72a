import { useEffect, useState } from 'react';
import type { Weights } from '../core';
import { usePavilionStore } from '../state/context';
import { shareLink } from '../state/persist';

const CONFIRMATION_MS = 4000;

type Outcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'copied' }
  | { readonly kind: 'shown'; readonly link: string };

/**
 * Copies a link to this place with the current weights and answers. The clipboard may be
 * refused (permissions, insecure context): then the link is shown, selected, to copy by hand.
 */
export function CopyLink({ guideWeights }: { readonly guideWeights: Weights }) {
  const store = usePavilionStore();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  // The confirmation is read out once by the status region, then gives its room back to the bar.
  useEffect(() => {
    if (outcome.kind !== 'copied') return;
    const timer = window.setTimeout(() => setOutcome({ kind: 'idle' }), CONFIRMATION_MS);
    return () => window.clearTimeout(timer);
  }, [outcome]);

  const copy = () => {
    const link = shareLink(store.getState(), guideWeights, window.location.href);
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      setOutcome({ kind: 'shown', link });
      return;
    }
    clipboard.writeText(link).then(
      () => setOutcome({ kind: 'copied' }),
      () => setOutcome({ kind: 'shown', link }),
    );
  };

  return (
    <div className="copy-link">
      <button type="button" className="kiosk-dock__button" onClick={copy}>
        Copy link
      </button>
      <span role="status" className="copy-link__status">
        {outcome.kind === 'copied' ? 'Link copied.' : ''}
      </span>
      {outcome.kind === 'shown' && (
        <label className="copy-link__field">
          <span>Copy this link:</span>
          <input
            type="text"
            readOnly
            value={outcome.link}
            onFocus={(event) => event.currentTarget.select()}
            ref={(input) => input?.select()}
          />
        </label>
      )}
    </div>
  );
}
