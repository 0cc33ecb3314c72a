import type { RankedPlatform } from '../core';
import type { Criterion, Platform } from '../data/schema';
import { BoothFacts } from './BoothFacts';
import { ContributionBar } from './ContributionBar';
import { formatScore } from './format';
import { FACT_HEADINGS as HEADING } from './labels';
import { ScoreBreakdown } from './ScoreBreakdown';
import { boothHeadingId } from './twin-ids';

interface PlatformCardProps {
  readonly platform: Platform;
  readonly ranked: RankedPlatform;
  readonly criteria: readonly Criterion[];
  /** True while the visitor stands at this booth. */
  readonly here?: boolean;
  /** Names of other platforms in this dataset, for the alternatives. */
  readonly nameOf?: (id: string) => string | undefined;
  /** Travels to another booth; without it alternatives are plain text. */
  readonly onTravel?: (id: string) => void;
}

function Alternatives({
  platform,
  nameOf,
  onTravel,
}: Pick<PlatformCardProps, 'platform' | 'nameOf' | 'onTravel'>) {
  const known = platform.alternatives.filter((id) => nameOf?.(id) !== undefined);
  if (known.length === 0 && platform.alternativesElsewhere.length === 0) return null;
  return (
    <div className="booth-alternatives">
      <h4>{HEADING.alternatives}</h4>
      {known.length > 0 && (
        <ul className="booth-alternatives__list">
          {known.map((id) => (
            <li key={id}>
              {onTravel ? (
                <button
                  type="button"
                  className="twin-button"
                  aria-label={`${nameOf?.(id)}, go to its booth`}
                  onClick={() => onTravel(id)}
                >
                  {nameOf?.(id)}
                </button>
              ) : (
                nameOf?.(id)
              )}
            </li>
          ))}
        </ul>
      )}
      {platform.alternativesElsewhere.length > 0 && (
        <p className="booth-alternatives__elsewhere">
          {HEADING.elsewhere}: {platform.alternativesElsewhere.join(', ')}
        </p>
      )}
    </div>
  );
}

/**
 * One booth in words: place, name, score and its breakdown, every fact the booth shows in 3D,
 * alternatives that travel, and the official site.
 */
export function PlatformCard(props: PlatformCardProps) {
  const { platform, ranked, criteria, here = false } = props;
  const headingId = boothHeadingId(platform.id);

  return (
    <article
      className={`platform-card${here ? ' platform-card--here' : ''}`}
      aria-labelledby={headingId}
      data-platform={platform.id}
    >
      {/* The heading comes first in the document (a visitor jumping by headings then hears the
          rank after the name, not before); the stylesheet draws the rank badge on its left. */}
      <div className="platform-card__head">
        <div className="platform-card__title">
          <h3 id={headingId} className="platform-card__name" tabIndex={-1}>
            {platform.name}
            {here && <span className="platform-card__here"> · you are here</span>}
          </h3>
          <p className="platform-card__best-for">
            <span className="platform-card__label">{HEADING.bestFor}:</span> {platform.bestFor}
          </p>
        </div>
        <p className="platform-card__rank">
          <span className="visually-hidden">Rank </span>
          {ranked.position}
        </p>
        <p className="platform-card__score">
          <span className="visually-hidden">Score </span>
          <span className="platform-card__score-value" data-score={ranked.total}>
            {formatScore(ranked.total)}
          </span>
          <span className="platform-card__score-unit"> of 100</span>
        </p>
      </div>
      <div className="platform-card__details">
        <ContributionBar contributions={ranked.contributions} criteria={criteria} />
        <a
          className="platform-card__link"
          href={`https://${platform.officialDomain}`}
          target="_blank"
          rel="noopener noreferrer"
          referrerPolicy="no-referrer"
        >
          <span className="platform-card__link-label">Official site</span>{' '}
          <span className="platform-card__domain">{platform.officialDomain}</span>
          <span aria-hidden="true"> ↗</span>
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </div>
      {props.onTravel && (
        <div className="platform-card__body">
          <p className="platform-card__summary">{platform.summary}</p>
          <BoothFacts platform={platform} />
          <div className="platform-card__side">
            <ScoreBreakdown
              platformName={platform.name}
              contributions={ranked.contributions}
              criteria={criteria}
              total={ranked.total}
            />
            <Alternatives platform={platform} nameOf={props.nameOf} onTravel={props.onTravel} />
          </div>
        </div>
      )}
    </article>
  );
}
