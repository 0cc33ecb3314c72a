import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import type { Object3D } from 'three';
import { Text } from 'troika-three-text';
import { FONT_BOLD, FONT_REGULAR, GLYPH_FIELDS } from './resources';
import { textSync } from './textSync';

export interface LabelProps {
  readonly text: string;
  readonly bold?: boolean;
  readonly position?: readonly [number, number, number];
  readonly rotation?: readonly [number, number, number];
  readonly fontSize: number;
  readonly color?: string | number;
  readonly anchorX?: 'left' | 'center' | 'right' | number;
  readonly anchorY?: 'top' | 'top-baseline' | 'middle' | 'bottom' | 'bottom-baseline' | number;
  readonly maxWidth?: number;
  readonly lineHeight?: number;
  readonly letterSpacing?: number;
  readonly textAlign?: 'left' | 'right' | 'center' | 'justify';
  readonly whiteSpace?: 'normal' | 'nowrap';
  /** troika's per-character colours: character index -> 0xRRGGBB, each until the next index. */
  readonly colorRanges?: Readonly<Record<number, number>>;
  readonly raycast?: Object3D['raycast'];
}

/**
 * SDF text in the local Inter font (never troika's CDN default), counted by the loading tracker
 * until its first typesetting is done.
 *
 * troika's Text directly rather than drei's <Text>: drei's suspends its whole Suspense boundary
 * (for us, the whole scene) until the font has loaded and a glyph set has been built, so the hall
 * could not be built, nor its shaders compiled, while the glyph workers ran. Here a text mounts at
 * once, typesets in the background and is drawn when ready; the tracker holds the "ready" mark
 * until every mounted text is typeset.
 */
/**
 * What a property left out means (also restored if one is dropped on a re-render): troika's own
 * defaults, except the anchor, centred on both axes as the boards are laid out.
 */
const LAYOUT_DEFAULTS = {
  color: null,
  anchorX: 'center',
  anchorY: 'middle',
  maxWidth: Number.POSITIVE_INFINITY,
  lineHeight: 'normal',
  letterSpacing: 0,
  textAlign: 'left',
  whiteSpace: 'normal',
  colorRanges: null,
} as const;

export function Label({ text, bold = false, position, rotation, raycast, ...layout }: LabelProps) {
  const invalidate = useThree((state) => state.invalidate);
  const mesh = useMemo(() => new Text(), []);
  // A typeset text asks for a frame only when no other is still being typeset, so texts that
  // arrive together are drawn together, in one frame. At start-up that saves a frame per arriving
  // batch: each a full render (in software, on the cores the glyph workers need) that the loading
  // screen hides anyway. The tracker's listener asks for the frame when the last one is done.
  const drawWhenAllTypeset = () => {
    if (textSync.snapshot().pending === 0) invalidate();
  };

  // Pending from its first commit until troika says it is typeset. A layout effect declared before
  // the sync below, so the count starts before the first typesetting can finish.
  useLayoutEffect(() => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      textSync.end();
    };
    mesh.addEventListener('synccomplete', finish);
    textSync.begin();
    return () => {
      mesh.removeEventListener('synccomplete', finish);
      finish();
    };
  }, [mesh]);

  // Plain assignments: troika marks the text for typesetting only when a value really changed,
  // so sync() on every render costs nothing when nothing did.
  useLayoutEffect(() => {
    const given = Object.fromEntries(Object.entries(layout).filter(([, v]) => v !== undefined));
    Object.assign(mesh, LAYOUT_DEFAULTS, GLYPH_FIELDS, given, {
      text,
      font: bold ? FONT_BOLD : FONT_REGULAR,
    });
    mesh.sync(drawWhenAllTypeset);
  });

  useEffect(() => () => mesh.dispose(), [mesh]);

  // Only what was given: an explicit `undefined` would overwrite the mesh's own raycast.
  const placement = Object.fromEntries(
    Object.entries({ position, rotation, raycast }).filter(([, v]) => v !== undefined),
  );
  return <primitive object={mesh} {...placement} />;
}
