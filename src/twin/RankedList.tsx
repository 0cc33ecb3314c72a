import { useMemo } from 'react';
import { rankPlatforms, type Weights } from '../core';
import type { Guide, Platform } from '../data/schema';
import { CriterionLegend } from './ContributionBar';
import { PlatformCard } from './PlatformCard';
import './twin.css';

interface RankedListProps {
  readonly guide: Guide;
  readonly weights: Weights;
}

/** The guide's platforms as an ordered list, highest score first, each scored by `weights`. */
export function RankedList({ guide, weights }: RankedListProps) {
  const ranking = useMemo(() => rankPlatforms(guide.platforms, weights), [guide, weights]);
  const platformsById = useMemo(
    () => new Map<string, Platform>(guide.platforms.map((platform) => [platform.id, platform])),
    [guide],
  );

  return (
    <section className="ranking" aria-labelledby="ranking-heading">
      <div className="ranking__intro">
        <h2 id="ranking-heading">The {guide.platforms.length} platforms, ranked</h2>
        <p>
          Each score, out of 100, weighs six criteria by the guide's own weights. The guide
          publishes those weights and its order but no per-criterion marks, so the marks behind each
          bar are our editorial estimates, read from what the guide says.
        </p>
        <CriterionLegend criteria={guide.criteria} />
      </div>
      <ol className="ranking__list">
        {ranking.map((ranked) => {
          const platform = platformsById.get(ranked.id);
          if (!platform) return null;
          return (
            <li key={ranked.id} className="ranking__item">
              <PlatformCard platform={platform} ranked={ranked} criteria={guide.criteria} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
