import { useEffect, useRef } from 'react';
import { CRITERION_IDS, type RecommendReason, type Weights } from '../core';
import { guideWeights } from '../data';
import { usePavilion, usePavilionStore } from '../state/context';
import { useRecommendation } from '../state/recommendation';
import { resultHeadline } from './resultHeadline';
import type { KioskControls } from './useKiosk';

const SHOWN_PICKS = 3;
/** Weight shifts that moved a score by less than this are noise to a visitor. */
const SHOWN_POINTS = 0.05;

function signed(points: number): string {
  const rounded = (Math.round(points * 10) / 10).toFixed(1);
  return points > 0 ? `+${rounded}` : rounded;
}

function sameWeights(a: Weights, b: Weights): boolean {
  return CRITERION_IDS.every((criterion) => a[criterion] === b[criterion]);
}

function Reasons({ reasons }: { readonly reasons: readonly RecommendReason[] }) {
  const shown = reasons.filter((reason) => Math.abs(reason.points) >= SHOWN_POINTS);
  if (shown.length === 0) return <p className="kiosk__note">No answer moved its score.</p>;
  return (
    <ul className="kiosk__reasons">
      {shown.map((reason) => (
        <li key={`${reason.step}:${reason.text}`} data-effect={reason.effect}>
          <span className="kiosk__points">{signed(reason.points)}</span>
          <span>{reason.text}</span>
        </li>
      ))}
    </ul>
  );
}

interface KioskResultProps {
  readonly kiosk: KioskControls;
  /** Called after "Take me there", e.g. to close the panel and show the world. */
  readonly onTravel: () => void;
}

/** The top three with the reasons behind them, what was ruled out and what to check. */
export function KioskResult({ kiosk, onTravel }: KioskResultProps) {
  const store = usePavilionStore();
  const guide = usePavilion((s) => s.guide);
  const weights = usePavilion((s) => s.weights);
  const result = useRecommendation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const nameOf = (id: string) => guide.platforms.find((p) => p.id === id)?.name ?? id;
  if (!result.ok) {
    return <p className="kiosk__note">Set at least one weight above zero to see picks.</p>;
  }
  const { picks, excluded, redFlags } = result.recommendation;
  const top = picks[0];
  const headline = resultHeadline(result.recommendation, nameOf);
  // "Guide score" is only true while the weights are the guide's own.
  const onGuideWeights = sameWeights(weights, guideWeights(guide));
  const baseOf = (score: number) =>
    onGuideWeights ? `guide score ${score.toFixed(1)}` : `${score.toFixed(1)} on your weights`;

  return (
    <div className="kiosk__result">
      <h2 className="kiosk__question" tabIndex={-1} ref={heading}>
        Your top three
      </h2>
      <p className="kiosk__headline">{headline.lead}</p>
      {headline.guideNote && <p className="kiosk__match">{headline.guideNote}</p>}
      {top && (
        <button
          type="button"
          className="kiosk__primary kiosk__travel"
          onClick={() => {
            store.getState().travelTo({ booth: top.id }, 'kiosk');
            onTravel();
          }}
        >
          Take me there: {nameOf(top.id)}
        </button>
      )}
      <ol className="kiosk__picks">
        {picks.slice(0, SHOWN_PICKS).map((pick) => (
          <li key={pick.id} data-platform={pick.id}>
            <h3>
              {nameOf(pick.id)}{' '}
              <span className="kiosk__score">
                {baseOf(pick.baseScore)}, {signed(pick.score - pick.baseScore)} from your answers
              </span>
            </h3>
            <Reasons reasons={pick.reasons} />
          </li>
        ))}
      </ol>

      {top && (
        <section aria-labelledby="kiosk-flags">
          <h3 id="kiosk-flags">Check before you commit to {nameOf(top.id)}</h3>
          <ul className="kiosk__flags">
            {redFlags.map((flag) => (
              <li key={flag}>{flag}</li>
            ))}
          </ul>
        </section>
      )}

      {excluded.length > 0 && (
        <section aria-labelledby="kiosk-excluded">
          <h3 id="kiosk-excluded">Ruled out by your answers</h3>
          <ul className="kiosk__excluded">
            {excluded.map((platform) => (
              <li key={platform.id}>
                <strong>{nameOf(platform.id)}</strong>: {platform.reasons.join(' ')}
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="kiosk__actions">
        <button type="button" onClick={() => kiosk.goTo(0)}>
          Change answers
        </button>
        <button type="button" onClick={kiosk.restart}>
          Start over
        </button>
      </div>
    </div>
  );
}
