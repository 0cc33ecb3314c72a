import type { Contribution } from '../core';
import type { Criterion } from '../data/schema';
import { formatScore } from './format';

interface ContributionBarProps {
  readonly contributions: readonly Contribution[];
  readonly criteria: readonly Criterion[];
}

function labelOf(criteria: readonly Criterion[], id: Contribution['criterion']): string {
  return criteria.find((criterion) => criterion.id === id)?.label ?? id;
}

/**
 * One bar 100 points wide, split into what each criterion earned. The same figures are read out
 * as text, since the colours carry meaning only for sighted visitors.
 */
export function ContributionBar({ contributions, criteria }: ContributionBarProps) {
  const spoken = contributions
    .map((c) => {
      const ceiling = formatScore(c.weight * 100);
      return `${labelOf(criteria, c.criterion)} ${formatScore(c.points)} of ${ceiling}`;
    })
    .join(', ');

  return (
    <div className="contribution-bar" role="img" aria-label={`Points by criterion: ${spoken}`}>
      {contributions.map((c) => (
        <span
          key={c.criterion}
          className={`contribution-bar__part criterion--${c.criterion}`}
          style={{ width: `${c.points}%` }}
        />
      ))}
    </div>
  );
}

interface CriterionLegendProps {
  readonly criteria: readonly Criterion[];
}

/** The key to the bars' colours, with each criterion's weight. */
export function CriterionLegend({ criteria }: CriterionLegendProps) {
  return (
    <ul className="criterion-legend" aria-label="Criteria and their weights">
      {criteria.map((criterion) => (
        <li key={criterion.id}>
          <span className={`criterion-legend__swatch criterion--${criterion.id}`} />
          {criterion.label} <span className="criterion-legend__weight">{criterion.weight}%</span>
        </li>
      ))}
    </ul>
  );
}
