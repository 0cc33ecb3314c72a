import { useMemo, useState } from 'react';
import {
  CRITERION_IDS,
  type CriterionId,
  checkWeights,
  GUIDE_WEIGHTS,
  type Weights,
  whatWouldFlipTop,
} from '../core';
import { usePavilion, usePavilionStore } from '../state/context';
import { flipSentence, formatWeight } from './flipSentence';

interface WeightSlidersProps {
  /** The guide's own weights, for "Back to the guide's weights" and the comparison. */
  readonly guideWeights?: Weights;
}

/**
 * Six sliders for the criteria's weights. The store (and so the booths' sizes and order) takes
 * only weights the core accepts: all zero stays in the sliders with a message, and the world
 * keeps its last valid ranking.
 */
export function WeightSliders({ guideWeights = GUIDE_WEIGHTS }: WeightSlidersProps) {
  const store = usePavilionStore();
  const guide = usePavilion((s) => s.guide);
  const weights = usePavilion((s) => s.weights);
  // Only weights the store refuses (all zero) live here; otherwise the sliders show the store's.
  const [refused, setRefused] = useState<Weights | null>(null);
  const draft = refused ?? weights;

  const labelOf = (criterion: CriterionId) =>
    guide.criteria.find((c) => c.id === criterion)?.label ?? criterion;
  const nameOf = (id: string) => guide.platforms.find((p) => p.id === id)?.name ?? id;
  const valid = refused === null;
  const flip = useMemo(() => whatWouldFlipTop(guide.platforms, weights), [guide, weights]);
  const hint = flipSentence(flip, weights, labelOf, nameOf);

  const onSlide = (criterion: CriterionId, value: number) => {
    const next = { ...draft, [criterion]: value };
    if (checkWeights(next).ok) {
      setRefused(null);
      store.getState().setWeights(next);
    } else {
      setRefused(next);
    }
  };

  return (
    <fieldset className="weights">
      <legend>How much each criterion counts</legend>
      {CRITERION_IDS.map((criterion) => {
        const id = `weight-${criterion}`;
        return (
          <div key={criterion} className="weights__row">
            <label htmlFor={id} className="weights__label">
              {labelOf(criterion)}
            </label>
            <input
              id={id}
              name={id}
              type="range"
              min={0}
              max={100}
              step={1}
              value={draft[criterion]}
              aria-describedby={`${id}-guide`}
              onChange={(event) => onSlide(criterion, event.currentTarget.valueAsNumber)}
            />
            <output htmlFor={id} className="weights__value">
              {formatWeight(draft[criterion])}
            </output>
            <span id={`${id}-guide`} className="weights__guide">
              guide {formatWeight(guideWeights[criterion])}
            </span>
          </div>
        );
      })}
      <p className="weights__hint" role="status">
        {valid
          ? (hint ?? 'No single slider change would give first place to another platform.')
          : 'With every weight at zero nothing can be ranked, so the booths keep the last ' +
            'ranking. Raise any slider.'}
      </p>
      <button
        type="button"
        onClick={() => {
          setRefused(null);
          store.getState().setWeights(guideWeights);
        }}
        className="weights__reset"
      >
        Back to the guide's weights
      </button>
    </fieldset>
  );
}
