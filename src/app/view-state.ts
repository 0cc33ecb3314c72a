import { useCallback, useState } from 'react';
import {
  browserStorage,
  readViewChoice,
  type ViewName,
  writeViewChoice,
} from '../twin/view-choice';
import { canUseWebGL } from './webgl-support';

/** The notice shown while a lost WebGL context may still come back. */
export const CONTEXT_NOTICE_ID = 'world-context';

/** Why the pavilion shows the view it shows; the 2D view's note says so in words. */
export type ViewReason = 'chosen' | 'no-webgl' | 'context-lost' | 'crashed';

export interface ViewState {
  readonly view: ViewName;
  readonly reason: ViewReason;
  /** For a crash: the error's message, shown to the visitor as text. */
  readonly detail?: string;
}

/** A stored 2D choice wins; otherwise 3D where WebGL 2 starts, 2D where it does not. */
export function initialView(): ViewState {
  if (readViewChoice(browserStorage()) === '2d') return { view: '2d', reason: 'chosen' };
  if (!canUseWebGL()) return { view: '2d', reason: 'no-webgl' };
  return { view: '3d', reason: 'chosen' };
}

export interface ViewControls {
  readonly state: ViewState;
  /** The visitor's own choice: kept for later visits. */
  choose(view: ViewName): void;
  /** A failure's fallback to 2D: not kept, so the next visit tries 3D again. */
  fallBack(reason: Exclude<ViewReason, 'chosen'>, detail?: string): void;
}

export function useViewState(): ViewControls {
  const [state, setState] = useState<ViewState>(initialView);
  const choose = useCallback((view: ViewName) => {
    writeViewChoice(browserStorage(), view);
    setState({ view, reason: 'chosen' });
  }, []);
  const fallBack = useCallback((reason: Exclude<ViewReason, 'chosen'>, detail?: string) => {
    setState(detail === undefined ? { view: '2d', reason } : { view: '2d', reason, detail });
  }, []);
  return { state, choose, fallBack };
}
