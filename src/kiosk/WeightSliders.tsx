import { useMemo, useState } from 'react';
import {
  CRITERION_IDS,
  type CriterionId,
  GUIDE_WEIGHTS,
  moveSlider,
  SLIDER,
  SLIDER_FLOOR,
  type Weights,
  weightsInPercent,
  whatWouldFlipTopOnSliders,
} from '../core';
import { usePavilion, usePavilionStore } from '../state/context';
import { flipSentence, formatWeight } from './flipSentence';

interface SharesNoteProps {
  /** Each criterion's share of the score, in percent. */
  readonly shares: Weights;
  readonly total: number;
  readonly labelOf: (criterion: CriterionId) => string;
}

/**
 * The sliders are relative: once they no longer add up to 100, a slider's number is not what
 * the criterion counts for, and "70" beside "guide 10" overstates it. This says what each one
 * weighs now, in the guide's own terms (percent of the score).
 */
function SharesNote({ shares, total, labelOf }: SharesNoteProps) {
  const list = CRITERION_IDS.map((c) => `${labelOf(c)} ${Math.round(shares[c])}%`).join(', ');
  return (
    <p className="weights__total">
      These add up to {total}, so each counts for its share: {list}.
    </p>
  );
}

interface WeightSlidersProps {
  /** The guide's own weights, for "Back to the guide's weights" and the comparison. */
  readonly guideWeights?: Weights;
}

/**
 * Six sliders for the criteria's weights. The sliders show the store's weights and nothing
 * else, so sliders, booths, the kiosk's ranking and the link always agree. The one value that
 * cannot be ranked, every weight at zero, never reaches the store: the last slider above zero
 * stops at 1, and the hint says why.
 */
export function WeightSliders({ guideWeights = GUIDE_WEIGHTS }: WeightSlidersProps) {
  const store = usePavilionStore();
  const guide = usePavilion((s) => s.guide);
  const weights = usePavilion((s) => s.weights);
  // The slider that was just stopped at the floor; cleared by any move that was not stopped.
  const [held, setHeld] = useState<CriterionId | null>(null);

  const labelOf = (criterion: CriterionId) =>
    guide.criteria.find((c) => c.id === criterion)?.label ?? criterion;
  const nameOf = (id: string) => guide.platforms.find((p) => p.id === id)?.name ?? id;
  // The search ranks the hall a few dozen times: once per change of weights, not per render.
  const flip = useMemo(() => whatWouldFlipTopOnSliders(guide.platforms, weights), [guide, weights]);
  const hint = flipSentence(flip, labelOf, nameOf);
  const total = CRITERION_IDS.reduce((sum, criterion) => sum + weights[criterion], 0);
  const shares = weightsInPercent(weights);

  const onSlide = (criterion: CriterionId, value: number) => {
    const move = moveSlider(weights, criterion, value);
    setHeld(move.held);
    if (move.weights[criterion] !== weights[criterion]) store.getState().setWeights(move.weights);
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
              min={SLIDER.min}
              max={SLIDER.max}
              step={SLIDER.step}
              value={weights[criterion]}
              // Heard with each step: the number alone does not say what it weighs.
              aria-valuetext={`${weights[criterion]}, ${Math.round(shares[criterion])}% of the score`}
              aria-describedby={`${id}-guide`}
              onChange={(event) => onSlide(criterion, event.currentTarget.valueAsNumber)}
            />
            <output htmlFor={id} className="weights__value">
              {formatWeight(weights[criterion])}
            </output>
            <span id={`${id}-guide`} className="weights__guide">
              guide {formatWeight(guideWeights[criterion])}
            </span>
          </div>
        );
      })}
      {total !== 100 && <SharesNote shares={shares} total={total} labelOf={labelOf} />}
      <p className="weights__hint" role="status">
        {held
          ? `${labelOf(held)} stays at ${SLIDER_FLOOR}: with every weight at zero nothing could ` +
            'be ranked. Raise another slider first to take it lower.'
          : hint}
      </p>
      <button
        type="button"
        onClick={() => {
          setHeld(null);
          store.getState().setWeights(guideWeights);
        }}
        className="weights__reset"
      >
        Back to the guide's weights
      </button>
    </fieldset>
  );
}
