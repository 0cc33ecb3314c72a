import type { RankedPlatform } from '../core';
import type { Criterion, Platform } from '../data/schema';
import { ContributionBar } from './ContributionBar';
import { formatScore } from './format';

interface PlatformCardProps {
  readonly platform: Platform;
  readonly ranked: RankedPlatform;
  readonly criteria: readonly Criterion[];
}

/** One platform in the ranking: place, name, what it suits, its score and where it lives. */
export function PlatformCard({ platform, ranked, criteria }: PlatformCardProps) {
  const headingId = `platform-${platform.id}`;

  return (
    <article className="platform-card" aria-labelledby={headingId} data-platform={platform.id}>
      <div className="platform-card__head">
        <p className="platform-card__rank">
          <span className="visually-hidden">Rank </span>
          {ranked.position}
        </p>
        <div className="platform-card__title">
          <h3 id={headingId} className="platform-card__name">
            {platform.name}
          </h3>
          <p className="platform-card__best-for">
            <span className="platform-card__label">Best for:</span> {platform.bestFor}
          </p>
        </div>
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
        >
          {platform.officialDomain}
          <span className="visually-hidden"> (official site, opens in a new tab)</span>
        </a>
      </div>
    </article>
  );
}
