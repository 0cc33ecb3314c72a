import { useMemo } from 'react';
import { usePavilion, usePavilionStore } from '../state/context';
import {
  back,
  choose,
  goTo,
  type KioskState,
  type KioskStep,
  kioskSteps,
  next,
  type OptionGroup,
  skip,
} from './steps';

export interface KioskControls {
  readonly steps: readonly KioskStep[];
  readonly state: KioskState;
  choose(group: OptionGroup, value: string): void;
  next(): void;
  back(): void;
  skip(): void;
  goTo(step: number): void;
  restart(): void;
}

/**
 * The step machine bound to the store: every face of the kiosk (DOM panel, 3D stand) calls
 * these, so the answers are one and the same wherever the visitor gives them.
 */
export function useKiosk(): KioskControls {
  const store = usePavilionStore();
  const guide = usePavilion((s) => s.guide);
  const step = usePavilion((s) => s.kioskStep);
  const answers = usePavilion((s) => s.answers);
  const steps = useMemo(() => kioskSteps(guide), [guide]);

  return useMemo(() => {
    const apply = (transition: (current: KioskState) => KioskState) => {
      const { kioskStep, answers: current } = store.getState();
      const moved = transition({ step: kioskStep, answers: current });
      store.getState().setKiosk(moved.step, moved.answers);
    };
    return {
      steps,
      state: { step, answers },
      choose: (group, value) => apply((s) => choose(s, group, value)),
      next: () => apply((s) => next(s, steps)),
      back: () => apply((s) => back(s, steps)),
      skip: () => apply((s) => skip(s, steps)),
      goTo: (target) => apply((s) => goTo(s, steps, target)),
      restart: () => store.getState().restartKiosk(),
    };
  }, [store, steps, step, answers]);
}
