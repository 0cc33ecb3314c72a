import { type FormEvent, useEffect, useRef } from 'react';
import { selected } from './steps';
import type { KioskControls } from './useKiosk';

interface KioskStepViewProps {
  readonly kiosk: KioskControls;
  readonly redFlags: readonly string[];
}

/** One checklist step as a form: real radio groups and checkboxes, Enter moves on. */
export function KioskStepView({ kiosk, redFlags }: KioskStepViewProps) {
  const { steps, state } = kiosk;
  const step = steps[state.step];
  const heading = useRef<HTMLHeadingElement>(null);

  // Mounted once per step (keyed by it): focus starts at the question, for keyboard and
  // screen-reader users alike.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  if (!step) return null;
  const last = state.step === steps.length - 1;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    kiosk.next();
  };

  return (
    <form className="kiosk__step" onSubmit={onSubmit} data-step={step.id}>
      <p className="kiosk__progress">
        Step {state.step + 1} of {steps.length} · {step.title}
      </p>
      <div className="kiosk__bar" aria-hidden="true">
        <span style={{ width: `${((state.step + 1) / steps.length) * 100}%` }} />
      </div>
      <h2 className="kiosk__question" tabIndex={-1} ref={heading}>
        {step.question}
      </h2>
      <p className="kiosk__explanation">{step.explanation}</p>

      {step.groups.map((group) => {
        const chosen = selected(state, group);
        const type = group.kind === 'single' ? 'radio' : 'checkbox';
        return (
          <fieldset key={group.field} className="kiosk__group">
            <legend>{group.legend}</legend>
            {group.options.map((option) => (
              <label key={option.value} className="kiosk__option">
                <input
                  type={type}
                  name={`kiosk-${group.field}`}
                  value={option.value}
                  checked={chosen.includes(option.value)}
                  onChange={() => kiosk.choose(group, option.value)}
                />
                <span>{option.label}</span>
              </label>
            ))}
          </fieldset>
        );
      })}

      {step.groups.length === 0 && (
        <ul className="kiosk__flags">
          {redFlags.map((flag) => (
            <li key={flag}>{flag}</li>
          ))}
        </ul>
      )}

      <div className="kiosk__actions">
        <button type="button" onClick={kiosk.back} disabled={state.step === 0}>
          Back
        </button>
        {step.groups.length > 0 && (
          <button type="button" onClick={kiosk.skip}>
            Skip
          </button>
        )}
        <button type="submit" className="kiosk__primary">
          {last ? 'See my picks' : 'Next'}
        </button>
      </div>
    </form>
  );
}
