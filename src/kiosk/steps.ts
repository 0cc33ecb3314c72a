import type { ChecklistAnswers } from '../core/answers';
import { USE_CASE_IDS } from '../core/facts';
import type { ChecklistStepId, Guide } from '../data';
import { type AnswerField, chosenValues, withChoice, withoutFields } from '../state/answer-codec';

/**
 * The guide's checklist as a pure step machine: eight steps in the guide's order, each a question,
 * one sentence from the guide's checklist and the option groups that fill `ChecklistAnswers`.
 * No React here: the DOM panel and the 3D stand both drive the same functions.
 */

export interface KioskOption {
  /** The answer value as the kiosk and links spell it ("yes"/"no" for booleans). */
  readonly value: string;
  readonly label: string;
}

export interface OptionGroup {
  readonly field: AnswerField;
  /** single: pick one (radio group); multi: pick any (checkboxes). */
  readonly kind: 'single' | 'multi';
  readonly legend: string;
  readonly options: readonly KioskOption[];
}

export interface KioskStep {
  readonly id: ChecklistStepId;
  readonly title: string;
  readonly question: string;
  /** The guide's checklist item for this step, in our words (from the data). */
  readonly explanation: string;
  /** Empty for the red-flag review, which asks nothing and changes no score. */
  readonly groups: readonly OptionGroup[];
}

/** The machine's whole state: where the visitor is and what they answered so far. */
export interface KioskState {
  /** 0..steps-1 a step; steps.length is the result. */
  readonly step: number;
  readonly answers: ChecklistAnswers;
}

const opt = (value: string, label: string): KioskOption => ({ value, label });

/** Questions and options per step, in our own words; labels of use cases come from the data. */
function groupsFor(id: ChecklistStepId, guide: Guide): readonly OptionGroup[] {
  switch (id) {
    case 'region':
      return [
        {
          field: 'region',
          kind: 'single',
          legend: 'Must it be open to everyone right now?',
          options: [
            opt('open-everywhere-now', 'Yes, open everywhere today'),
            opt('flexible', 'No, I can wait or work around limits'),
          ],
        },
        {
          field: 'needsCashOut',
          kind: 'single',
          legend: 'Do you need to turn earnings into money?',
          options: [opt('yes', 'Yes, cashing out matters'), opt('no', 'No')],
        },
      ];
    case 'use-case':
      return [
        {
          field: 'useCase',
          kind: 'single',
          legend: 'Pick the closest use case',
          options: USE_CASE_IDS.map((useCase) => {
            const entry = guide.decisionGuide.find((line) => line.useCase === useCase);
            return opt(useCase, entry?.label ?? useCase);
          }),
        },
      ];
    case 'devices':
      return [
        {
          field: 'devices',
          kind: 'multi',
          legend: 'Where must people be able to visit?',
          options: [
            opt('web', 'In a web browser'),
            opt('mobile', 'On phones'),
            opt('headset', 'On VR headsets'),
          ],
        },
        {
          field: 'tooling',
          kind: 'multi',
          legend: 'Which building tools do you want?',
          options: [opt('no-code', 'No-code tools'), opt('sdk', 'An SDK'), opt('unity', 'Unity')],
        },
      ];
    case 'ownership':
      return [
        {
          field: 'wallet',
          kind: 'single',
          legend: 'How do you feel about a crypto wallet?',
          options: [
            opt('never', 'No wallet, ever'),
            opt('acceptable', 'A wallet is fine'),
            opt('wanted', 'I want to own assets on-chain'),
          ],
        },
      ];
    case 'costs':
      return [
        {
          field: 'budget',
          kind: 'single',
          legend: 'What can you spend?',
          options: [
            opt('none', 'Nothing at all'),
            opt('modest', 'A modest amount'),
            opt('flexible', 'Budget is flexible'),
          ],
        },
      ];
    case 'performance':
      return [
        {
          field: 'hardware',
          kind: 'single',
          legend: "Your audience's hardware",
          options: [
            opt('low-end', 'Mostly low-end'),
            opt('mixed', 'A mix'),
            opt('high-end', 'Mostly high-end'),
          ],
        },
        {
          field: 'connection',
          kind: 'single',
          legend: 'Their connections',
          options: [opt('slow', 'Often slow'), opt('fast', 'Mostly fast')],
        },
      ];
    case 'support':
      return [
        {
          field: 'support',
          kind: 'single',
          legend: 'How much will you lean on help and docs?',
          options: [
            opt('essential', 'It is essential'),
            opt('helpful', 'Helpful, not vital'),
            opt('unimportant', 'I can do without'),
          ],
        },
      ];
    case 'red-flags':
      return [];
  }
}

const QUESTIONS: Record<ChecklistStepId, string> = {
  region: 'Can you use it where you are?',
  'use-case': 'What will you build or run?',
  devices: 'Which devices and tools?',
  ownership: 'Wallets and ownership',
  costs: 'What is your budget?',
  performance: 'Who will visit, on what?',
  support: 'How much support do you need?',
  'red-flags': 'Before you commit: check these',
};

/** The eight steps in the guide's checklist order. */
export function kioskSteps(guide: Guide): readonly KioskStep[] {
  return guide.checklist.map((item) => ({
    id: item.id,
    title: item.title,
    question: QUESTIONS[item.id],
    explanation: item.explanation,
    groups: groupsFor(item.id, guide),
  }));
}

export const START: KioskState = Object.freeze({ step: 0, answers: Object.freeze({}) });

function clampStep(step: number, count: number): number {
  return Math.min(Math.max(step, 0), count);
}

export function isResult(state: KioskState, steps: readonly KioskStep[]): boolean {
  return state.step >= steps.length;
}

/** "Step i of n" for a step; null on the result. */
export function progress(
  state: KioskState,
  steps: readonly KioskStep[],
): { readonly index: number; readonly total: number } | null {
  if (isResult(state, steps)) return null;
  return { index: state.step + 1, total: steps.length };
}

/** Chooses (single) or toggles (multi) an option; the visitor stays on the step. */
export function choose(state: KioskState, group: OptionGroup, value: string): KioskState {
  if (!group.options.some((option) => option.value === value)) {
    throw new Error(`[kiosk] "${value}" is not an option of ${group.field}`);
  }
  return { ...state, answers: withChoice(state.answers, group.field, value) };
}

export function next(state: KioskState, steps: readonly KioskStep[]): KioskState {
  return { ...state, step: clampStep(state.step + 1, steps.length) };
}

export function back(state: KioskState, steps: readonly KioskStep[]): KioskState {
  return { ...state, step: clampStep(state.step - 1, steps.length) };
}

/** Skipping means "no preference": the step's answers are cleared, then the kiosk moves on. */
export function skip(state: KioskState, steps: readonly KioskStep[]): KioskState {
  const current = steps[state.step];
  if (!current) return state;
  const fields = current.groups.map((group) => group.field);
  return {
    step: clampStep(state.step + 1, steps.length),
    answers: withoutFields(state.answers, fields),
  };
}

/** Jumps to any step to change its answers; everything else stays as answered. */
export function goTo(state: KioskState, steps: readonly KioskStep[], step: number): KioskState {
  return { ...state, step: clampStep(step, steps.length) };
}

export function restart(): KioskState {
  return START;
}

/** The values chosen in a group, as option values. */
export function selected(state: KioskState, group: OptionGroup): readonly string[] {
  return chosenValues(state.answers, group.field);
}

/** True when any field of the step has an answer. */
export function isAnswered(state: KioskState, step: KioskStep): boolean {
  return step.groups.some((group) => chosenValues(state.answers, group.field).length > 0);
}
