import type { ReactNode } from 'react';
import type { Weights } from '../core';
import type { Guide } from '../data/schema';
import { formatYearMonth, inSentence } from './format';
import { HUB_HEADING_ID } from './twin-ids';

interface HubSectionProps {
  readonly guide: Guide;
  readonly weights: Weights;
  readonly here: boolean;
  readonly onTravel: (platformId: string) => void;
  /** The kiosk's DOM face, provided by the shell. */
  readonly kiosk: ReactNode;
}

function share(weights: Weights, id: keyof Weights): string {
  const sum = Object.values(weights).reduce((total, weight) => total + weight, 0);
  return sum > 0 ? `${Math.round((weights[id] / sum) * 100)} %` : '—';
}

function Methodology({ guide, weights }: Pick<HubSectionProps, 'guide' | 'weights'>) {
  return (
    <section className="hub-panel hub-panel--wide" aria-labelledby="hub-method">
      <h3 id="hub-method">How the scores work</h3>
      <p>
        Every booth is scored out of 100 on six criteria. The guide publishes their weights and its
        order, but no marks per criterion: ours are editorial estimates, each tied to what the guide
        says about that platform.
      </p>
      <table className="method-table">
        <caption className="visually-hidden">The criteria and their weights</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">What it measures</th>
            <th scope="col">Guide</th>
            <th scope="col">Yours</th>
          </tr>
        </thead>
        <tbody>
          {guide.criteria.map((criterion) => (
            <tr key={criterion.id}>
              <th scope="row">
                <span className={`score-table__swatch criterion--${criterion.id}`} />
                {criterion.label}
              </th>
              <td>{criterion.meaning}</td>
              <td>{criterion.weight} %</td>
              <td>{share(weights, criterion.id)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function DecisionGuide({ guide, onTravel }: Pick<HubSectionProps, 'guide' | 'onTravel'>) {
  const nameOf = (id: string) => guide.platforms.find((p) => p.id === id)?.name;
  const names = guide.platforms.map((p) => p.name);
  return (
    <section className="hub-panel" aria-labelledby="hub-decide">
      <h3 id="hub-decide">Which platform for what</h3>
      <ul className="decision-list">
        {guide.decisionGuide.map((entry) => {
          const name = nameOf(entry.platformId);
          return (
            <li key={entry.useCase}>
              <span className="decision-list__use">{entry.label}</span>
              {name ? (
                <button
                  type="button"
                  className="twin-button"
                  aria-label={`${name}, go to its booth (for ${inSentence(entry.label, names)})`}
                  onClick={() => onTravel(entry.platformId)}
                >
                  {name}
                </button>
              ) : (
                <span>not stated</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Advice({ id, title, items }: { id: string; title: string; items: readonly string[] }) {
  return (
    <section className="hub-panel" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul className="fact__list">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/** The hub in words: every board the hub shows in 3D, and the kiosk. */
export function HubSection({ guide, weights, here, onTravel, kiosk }: HubSectionProps) {
  return (
    <section className="twin-hub" aria-labelledby={HUB_HEADING_ID} data-place="hub">
      <div className="twin-hub__intro">
        <h2 id={HUB_HEADING_ID} tabIndex={-1}>
          The hub
          {here && <span className="platform-card__here"> · you are here</span>}
        </h2>
        <p>
          From the buyer's guide <cite>{guide.title}</cite>, updated{' '}
          {formatYearMonth(guide.lastUpdated)}. {guide.tagline}
        </p>
      </div>
      <div className="twin-hub__grid">
        <Methodology guide={guide} weights={weights} />
        <section className="hub-panel hub-panel--kiosk" aria-labelledby="hub-kiosk">
          <h3 id="hub-kiosk">The kiosk: a checklist to choose</h3>
          {kiosk}
        </section>
        <DecisionGuide guide={guide} onTravel={onTravel} />
        <Advice id="hub-security" title="Staying safe" items={guide.securityTips} />
        <Advice id="hub-mistakes" title="Beginner mistakes" items={guide.beginnerMistakes} />
        <section className="hub-panel hub-panel--wide" aria-labelledby="hub-faq">
          <h3 id="hub-faq">Questions and answers</h3>
          <div className="faq">
            {guide.faq.map((entry) => (
              <details key={entry.question} className="faq__item">
                <summary>{entry.question}</summary>
                <p>{entry.answer}</p>
              </details>
            ))}
          </div>
        </section>
      </div>
    </section>
  );
}
