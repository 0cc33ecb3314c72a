// troika-three-text ships no types. Declared here: what the pavilion uses of it (its Text mesh and
// the glyph loader), with the property types its documentation gives.
declare module 'troika-three-text' {
  import type { BufferGeometry, Material, Mesh, Object3DEventMap } from 'three';

  /** How glyph fields are built; see src/world/resources.ts for the values we use. */
  export interface GlyphFieldOptions {
    gpuAccelerateSDF?: boolean;
    sdfGlyphSize?: number;
  }

  export interface TextEventMap extends Object3DEventMap {
    /** Fired once a sync() has typeset the text and its glyphs are in the atlas. */
    synccomplete: object;
  }

  export class Text extends Mesh<BufferGeometry, Material, TextEventMap> {
    text: string;
    font: string | null;
    fontSize: number;
    color: string | number | null;
    anchorX: number | string;
    anchorY: number | string;
    maxWidth: number;
    lineHeight: number | 'normal';
    letterSpacing: number;
    textAlign: 'left' | 'right' | 'center' | 'justify';
    whiteSpace: 'normal' | 'nowrap';
    colorRanges: Readonly<Record<number, number>> | null;
    gpuAccelerateSDF: boolean;
    sdfGlyphSize: number | null;
    /** The layout of the last typesetting, or null before the first one. */
    readonly textRenderInfo: object | null;
    /** Typesets (in a worker) if a property changed since the last sync; then calls back. */
    sync(callback?: () => void): void;
    dispose(): void;
  }

  export function getTextRenderInfo(
    args: GlyphFieldOptions & { font?: string; text: string },
    callback: (info: object) => void,
  ): void;
}
