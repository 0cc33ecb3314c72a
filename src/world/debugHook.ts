/**
 * The automation hook's shape: `window.__pavilion`, present only with `?debug=1`. A frozen
 * snapshot, replaced (never mutated) after each rendered frame and on store changes.
 */

export type DebugVec3 = readonly [number, number, number];

export interface PavilionDebugBooth {
  readonly id: string;
  /** 1-based place in the current ranking. */
  readonly rank: number;
  /** The 0..100 total under the current weights. */
  readonly score: number;
  readonly scale: number;
  readonly position: DebugVec3;
}

export interface PavilionDebugSnapshot {
  /** True once the first frame with its text has been drawn. */
  readonly ready: boolean;
  /** "hub" or a booth's platform id. */
  readonly place: string;
  /** Booths in ring order (rank order). */
  readonly booths: readonly PavilionDebugBooth[];
  /** In world space: in a headset session, the head (origin plus its offset in the room). */
  readonly camera: { readonly position: DebugVec3; readonly direction: DebugVec3 };
  /** `gl.info` for the last rendered frame. */
  readonly renderer: {
    readonly calls: number;
    readonly triangles: number;
    readonly geometries: number;
    readonly textures: number;
    readonly programs: number;
  };
  /** Frames rendered since the world mounted. */
  readonly frames: number;
  /**
   * The 3D texts as of the last rendered frame: how many were still being typeset, and how many
   * had finished since the page opened. A count read while `pending` is 0 and `synced` has grown
   * since a travel includes the new place's texts (troika re-creates a text's GPU buffers once
   * it is typeset, so `renderer` is only settled after that frame).
   */
  readonly texts: { readonly pending: number; readonly synced: number };
  /** How the visitor is moving: 'desktop', 'touch' or 'xr' (in a headset session). */
  readonly mode: string;
  /**
   * Views drawn per frame: 2 in a stereo headset session (one per eye), 1 otherwise. The draw
   * calls of one eye are `renderer.calls / views`.
   */
  readonly views: number;
}

declare global {
  interface Window {
    readonly __pavilion?: PavilionDebugSnapshot;
  }
}

/** True when the page address asks for the automation hook. */
export function debugRequested(search: string): boolean {
  return new URLSearchParams(search).get('debug') === '1';
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Replaces the hook's snapshot. The property itself is read-only to page scripts. */
export function publishSnapshot(snapshot: PavilionDebugSnapshot): void {
  Object.defineProperty(window, '__pavilion', {
    value: deepFreeze(snapshot),
    configurable: true,
    enumerable: false,
    writable: false,
  });
}

export function removeSnapshot(): void {
  Reflect.deleteProperty(window, '__pavilion');
}
