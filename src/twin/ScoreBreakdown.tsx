import type { Contribution } from '../core';
import type { Criterion } from '../data/schema';
import { formatScore } from './format';

interface ScoreBreakdownProps {
  readonly platformName: string;
  readonly contributions: readonly Contribution[];
  readonly criteria: readonly Criterion[];
  readonly total: number;
}

/**
 * The score as a table: each criterion's mark out of 10, its weight now and the points it adds.
 * Weights are shown as shares of 100, whatever scale the visitor set them on.
 */
export function ScoreBreakdown({
  platformName,
  contributions,
  criteria,
  total,
}: ScoreBreakdownProps) {
  const labelOf = (id: Contribution['criterion']) =>
    criteria.find((criterion) => criterion.id === id)?.label ?? id;
  return (
    <table className="score-table">
      <caption className="visually-hidden">How {platformName}'s score adds up</caption>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Mark</th>
          <th scope="col">Weight</th>
          <th scope="col">Points</th>
        </tr>
      </thead>
      <tbody>
        {contributions.map((c) => (
          <tr key={c.criterion}>
            <th scope="row">
              <span className={`score-table__swatch criterion--${c.criterion}`} />
              {labelOf(c.criterion)}
            </th>
            <td>{formatScore(c.subScore)} / 10</td>
            <td>{formatScore(c.weight * 100)} %</td>
            <td>{formatScore(c.points)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            Total
          </th>
          <td>{formatScore(total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
