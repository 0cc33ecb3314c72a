import { describe, expect, it } from 'vitest';
import { USE_CASE_IDS } from '../../../src/core';
import { loadEmbeddedGuide } from '../../../src/data';
import {
  back,
  choose,
  goTo,
  isAnswered,
  isResult,
  type KioskState,
  kioskSteps,
  next,
  type OptionGroup,
  progress,
  restart,
  START,
  selected,
  skip,
} from '../../../src/kiosk/steps';

const guide = loadEmbeddedGuide();
const steps = kioskSteps(guide);

function groupOf(field: OptionGroup['field']): OptionGroup {
  const group = steps.flatMap((step) => step.groups).find((g) => g.field === field);
  if (!group) throw new Error(`no group for ${field}`);
  return group;
}

function stepAt(index: number) {
  const step = steps[index];
  if (!step) throw new Error(`no step ${index}`);
  return step;
}

describe('the kiosk step machine', () => {
  it("walks the guide's eight checklist steps in order", () => {
    expect(steps.map((step) => step.id)).toEqual([
      'region',
      'use-case',
      'devices',
      'ownership',
      'costs',
      'performance',
      'support',
      'red-flags',
    ]);
  });

  it("explains each step with the data's checklist sentence", () => {
    for (const [index, step] of steps.entries()) {
      expect(step.explanation).toBe(guide.checklist[index]?.explanation);
      expect(step.title).toBe(guide.checklist[index]?.title);
    }
  });

  it("offers the decision guide's ten use cases with its labels", () => {
    const useCases = groupOf('useCase');
    expect(useCases.options.map((option) => option.value)).toEqual([...USE_CASE_IDS]);
    const art = useCases.options.find((option) => option.value === 'art-exhibitions');
    expect(art?.label).toBe('Art exhibitions in rich detail');
  });

  it('asks nothing on the red-flag review', () => {
    expect(steps[7]?.groups).toEqual([]);
  });

  it('reports progress as step i of 8, and none on the result', () => {
    expect(progress(START, steps)).toEqual({ index: 1, total: 8 });
    const last = goTo(START, steps, 7);
    expect(progress(last, steps)).toEqual({ index: 8, total: 8 });
    const result = next(last, steps);
    expect(isResult(result, steps)).toBe(true);
    expect(progress(result, steps)).toBeNull();
  });

  it('never moves before the first step or past the result', () => {
    expect(back(START, steps).step).toBe(0);
    const result = goTo(START, steps, 99);
    expect(result.step).toBe(8);
    expect(next(result, steps).step).toBe(8);
  });

  it('fills the answer fields from the chosen options', () => {
    let state: KioskState = START;
    state = choose(state, groupOf('region'), 'open-everywhere-now');
    state = choose(state, groupOf('needsCashOut'), 'no');
    state = choose(state, groupOf('useCase'), 'vr-immersion');
    state = choose(state, groupOf('wallet'), 'never');
    expect(state.answers).toEqual({
      region: 'open-everywhere-now',
      needsCashOut: false,
      useCase: 'vr-immersion',
      wallet: 'never',
    });
  });

  it('toggles multi-select options and replaces single ones', () => {
    const devices = groupOf('devices');
    let state = choose(START, devices, 'web');
    state = choose(state, devices, 'headset');
    expect(selected(state, devices)).toEqual(['web', 'headset']);
    state = choose(state, devices, 'web');
    expect(state.answers.devices).toEqual(['headset']);

    const budget = groupOf('budget');
    state = choose(choose(state, budget, 'none'), budget, 'flexible');
    expect(state.answers.budget).toBe('flexible');
  });

  it('clears a multi-select field once its last option is unticked', () => {
    const tooling = groupOf('tooling');
    const state = choose(choose(START, tooling, 'sdk'), tooling, 'sdk');
    expect('tooling' in state.answers).toBe(false);
  });

  it('refuses an option the group does not offer', () => {
    expect(() => choose(START, groupOf('wallet'), 'sometimes')).toThrow(/not an option/);
  });

  it("skipping a step clears that step's answers and moves on", () => {
    let state = choose(START, groupOf('region'), 'flexible');
    state = choose(state, groupOf('needsCashOut'), 'yes');
    state = choose(state, groupOf('budget'), 'none');
    state = skip(state, steps);
    expect(state.step).toBe(1);
    expect(state.answers).toEqual({ budget: 'none' });
  });

  it('keeps other answers when going back to change one', () => {
    let state = choose(START, groupOf('useCase'), 'art-exhibitions');
    state = choose(goTo(state, steps, 6), groupOf('support'), 'essential');
    state = choose(goTo(state, steps, 1), groupOf('useCase'), 'corporate-events');
    expect(state.answers).toEqual({ useCase: 'corporate-events', support: 'essential' });
    expect(isAnswered(state, stepAt(6))).toBe(true);
    expect(isAnswered(state, stepAt(4))).toBe(false);
  });

  it('starts over with no answers at the first step', () => {
    expect(restart()).toEqual({ step: 0, answers: {} });
  });
});
