import { create } from 'zustand';
import type { ChecklistAnswers } from '../core/answers';
import type { Weights } from '../core/criteria';
import { checkWeights } from '../core/weights';
import { checklistStepIds, type Guide } from '../data/schema';
import { type ComfortSettings, loadSettings, mergeSettings, saveSettings } from './settings';

/**
 * The one store every view reads: what a visitor would notice changing. Per-frame values
 * (velocity, look angles, glide progress) never come here; they live in refs in the navigation
 * layer, which reports back only when the visitor arrives somewhere.
 */

/** Where a visitor is: the hub, or a booth by its platform id. */
export type Place = 'hub' | { readonly booth: string };

export type TravelCause = 'click' | 'key' | 'link' | 'history' | 'twin' | 'kiosk';

/** A request to move the visitor; the navigation layer glides (or cuts) and then calls arrive. */
export interface TravelRequest {
  readonly to: Place;
  readonly cause: TravelCause;
  /** Increments on every request so that asking twice for the same place still travels. */
  readonly seq: number;
}

export type NoticeKind = 'info' | 'warning' | 'error';

export interface Notice {
  readonly id: string;
  readonly kind: NoticeKind;
  readonly text: string;
}

export type SessionMode = 'desktop' | 'touch' | 'xr';

/** Kiosk positions: 0..KIOSK_RESULT-1 are the checklist's steps, KIOSK_RESULT is the result. */
export const KIOSK_RESULT = checklistStepIds.length;

export interface PavilionState {
  readonly guide: Guide;
  /** The visitor's weights as set (not normalised); the guide's by default. */
  readonly weights: Weights;
  readonly place: Place;
  readonly travel: TravelRequest | null;
  readonly notices: readonly Notice[];
  readonly helpOpen: boolean;
  readonly mode: SessionMode;
  /** Loading progress of the 3D world, 0..1, with a short label for the loading screen. */
  readonly load: { readonly progress: number; readonly stage: string };
  /** True once the first frame with its text ready has been drawn. */
  readonly worldReady: boolean;
  /** The visitor's checklist answers; empty reproduces the guide's own ranking. */
  readonly answers: ChecklistAnswers;
  /** Where the kiosk stands: a checklist step index, or KIOSK_RESULT. */
  readonly kioskStep: number;
  /** Booths the kiosk recommends (its top three), lit up in the world. */
  readonly highlighted: readonly string[];
  /** Comfort settings (walking speed, snap angle, locomotion, reduced motion); they persist. */
  readonly settings: ComfortSettings;

  travelTo(to: Place, cause: TravelCause): void;
  /** Called by navigation when a glide ends (or a cut is done). */
  arrive(place: Place): void;
  /**
   * Replaces the weights. Throws a WeightsError for weights the core cannot rank (all zero,
   * negative, missing): the sliders stop short of those, so reaching here with them is a bug.
   */
  setWeights(weights: Weights): void;
  notify(kind: NoticeKind, text: string, id?: string): void;
  dismissNotice(id: string): void;
  setHelpOpen(open: boolean): void;
  setMode(mode: SessionMode): void;
  setLoad(progress: number, stage: string): void;
  markWorldReady(): void;
  /** Moves the kiosk: step and answers together (src/kiosk/steps.ts computes both). */
  setKiosk(step: number, answers: ChecklistAnswers): void;
  restartKiosk(): void;
  setHighlighted(ids: readonly string[]): void;
  /** Changes settings and stores them; values that fail validation are ignored. */
  setSettings(change: Partial<ComfortSettings>): void;
}

export function samePlace(a: Place, b: Place): boolean {
  if (a === 'hub' || b === 'hub') return a === b;
  return a.booth === b.booth;
}

export function placeKey(place: Place): string {
  return place === 'hub' ? 'hub' : place.booth;
}

let noticeSeq = 0;

export function createPavilionStore(guide: Guide, weights: Weights, helpOpen: boolean) {
  return create<PavilionState>()((set, get) => ({
    guide,
    weights,
    place: 'hub',
    travel: null,
    notices: [],
    helpOpen,
    mode: 'desktop',
    load: { progress: 0, stage: 'Starting' },
    worldReady: false,
    answers: {},
    kioskStep: 0,
    highlighted: [],
    settings: loadSettings(),

    travelTo(to, cause) {
      const seq = (get().travel?.seq ?? 0) + 1;
      set({ travel: { to, cause, seq }, place: to });
    },
    arrive(place) {
      set({ place });
    },
    setWeights(next) {
      // Stored weights are what the booths, kiosk and link all read: never unrankable ones.
      const check = checkWeights(next);
      if (!check.ok) throw check.error;
      set({ weights: next });
    },
    notify(kind, text, id) {
      const key = id ?? `notice-${++noticeSeq}`;
      // A notice with the same id replaces the old one instead of stacking up.
      set({ notices: [...get().notices.filter((n) => n.id !== key), { id: key, kind, text }] });
    },
    dismissNotice(id) {
      set({ notices: get().notices.filter((n) => n.id !== id) });
    },
    setHelpOpen(open) {
      set({ helpOpen: open });
    },
    setMode(mode) {
      set({ mode });
    },
    setLoad(progress, stage) {
      // Progress only moves forward, whatever order the loaders report in.
      set({ load: { progress: Math.max(get().load.progress, progress), stage } });
    },
    markWorldReady() {
      set({ worldReady: true, load: { progress: 1, stage: 'Ready' } });
    },
    setKiosk(step, answers) {
      const clamped = Math.min(Math.max(Math.trunc(step) || 0, 0), KIOSK_RESULT);
      set({ kioskStep: clamped, answers });
    },
    restartKiosk() {
      set({ kioskStep: 0, answers: {}, highlighted: [] });
    },
    setHighlighted(ids) {
      const current = get().highlighted;
      // Same ids, same array: the world's readers do not re-render for nothing.
      if (ids.length === current.length && ids.every((id, i) => id === current[i])) return;
      set({ highlighted: ids });
    },
    setSettings(change) {
      const settings = mergeSettings(get().settings, change);
      set({ settings });
      saveSettings(settings);
    },
  }));
}

export type PavilionStore = ReturnType<typeof createPavilionStore>;
