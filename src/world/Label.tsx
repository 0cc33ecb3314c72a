import { Text } from '@react-three/drei';
import { type ComponentProps, useEffect, useRef } from 'react';
import { FONT_BOLD, FONT_REGULAR } from './resources';
import { textSync } from './textSync';

type TextProps = ComponentProps<typeof Text>;

/** The part of troika's Text the tracker reads: its layout, present once typeset. */
interface TypesetText {
  readonly textRenderInfo: object | null;
  addEventListener(type: 'synccomplete', listener: () => void): void;
  removeEventListener(type: 'synccomplete', listener: () => void): void;
}

/**
 * Glyph fields built on the CPU (in troika's worker): the GPU path reads every batch of glyphs back
 * to the CPU, stalling the render pipeline, for a gain that only matters with huge glyph sets.
 * drei's prop types do not list this troika property, hence the spread.
 */
const CPU_GLYPHS = { gpuAccelerateSDF: false } as const;

export interface LabelProps extends Omit<TextProps, 'font' | 'children' | 'onSync' | 'ref'> {
  readonly text: string;
  readonly bold?: boolean;
  /** troika's per-character colours: character index -> 0xRRGGBB, each until the next index. */
  readonly colorRanges?: Readonly<Record<number, number>>;
}

/**
 * SDF text in the local Inter font (never troika's CDN default), counted by the loading tracker
 * until its first typesetting is done.
 */
export function Label({ text, bold = false, ...props }: LabelProps) {
  const mesh = useRef<TypesetText>(null);

  useEffect(() => {
    const target = mesh.current;
    // Already typeset (a fast worker) or nothing to watch: nothing to count.
    if (!target || target.textRenderInfo) return;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      textSync.end();
    };
    // troika's own event, not drei's onSync: a frame drawn before drei's sync call typesets the
    // text without calling onSync, which would leave the tracker waiting forever.
    target.addEventListener('synccomplete', finish);
    textSync.begin();
    return () => {
      target.removeEventListener('synccomplete', finish);
      finish();
    };
  }, []);

  return (
    <Text ref={mesh} font={bold ? FONT_BOLD : FONT_REGULAR} {...CPU_GLYPHS} {...props}>
      {text}
    </Text>
  );
}
