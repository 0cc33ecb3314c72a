import { CRITERION_IDS, type CriterionId, type Weights } from './criteria';
import { checkWeights, type WeightsCheck, WeightsError } from './weights';

/**
 * The weight sliders' scale, shared by links and stored sessions: whole numbers from 0 to 100.
 * Sliders, ranking, store and link agree only if every one of them speaks this scale, so the
 * rule for the one value that cannot be ranked (every weight at zero) lives here too.
 */
export const SLIDER = Object.freeze({ min: 0, max: 100, step: 1 });

/** The lowest the last weight above zero may go: with every weight at zero nothing ranks. */
export const SLIDER_FLOOR = 1;

export function isSliderValue(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= SLIDER.min && (value as number) <= SLIDER.max
  );
}

/** Checks weights as slider values: the core's checks, then whole numbers from 0 to 100. */
export function checkSliderWeights(input: Record<string, unknown>): WeightsCheck {
  const check = checkWeights(input);
  if (!check.ok) return check;
  for (const criterion of CRITERION_IDS) {
    const value = input[criterion];
    if (!isSliderValue(value)) {
      const got = String(value);
      const message = `[core] slider "${criterion}" must be a whole number 0..100, got ${got}`;
      return { ok: false, error: new WeightsError('off-slider', criterion, value, message) };
    }
  }
  return check;
}

export interface SliderMove {
  /** The slider weights after the move; never all zero. */
  readonly weights: Weights;
  /** The criterion held at SLIDER_FLOOR because the move would have zeroed every weight. */
  readonly held: CriterionId | null;
}

/**
 * Moves one slider to `value` (rounded and clamped to the slider's range). When that would
 * leave every weight at zero, the moved slider stops at SLIDER_FLOOR instead, and `held` says
 * so, so that the view can tell the visitor why it went no lower.
 */
export function moveSlider(sliders: Weights, criterion: CriterionId, value: number): SliderMove {
  const whole = Number.isFinite(value) ? Math.round(value) : SLIDER.min;
  const clamped = Math.min(SLIDER.max, Math.max(SLIDER.min, whole));
  const others = CRITERION_IDS.some((c) => c !== criterion && sliders[c] > 0);
  const held = clamped < SLIDER_FLOOR && !others;
  const next = { ...sliders, [criterion]: held ? SLIDER_FLOOR : clamped };
  return { weights: Object.freeze(next), held: held ? criterion : null };
}
