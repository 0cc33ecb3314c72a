import {
  BoxGeometry,
  CanvasTexture,
  CylinderGeometry,
  MeshBasicMaterial,
  MeshStandardMaterial,
  PlaneGeometry,
  SRGBColorSpace,
} from 'three';

/**
 * Geometries, materials and textures shared by the whole hall: made once per page, never per
 * booth, so adding a booth adds instances rather than GPU objects.
 */

export const FONT_REGULAR = `${import.meta.env.BASE_URL}fonts/inter-latin-400-normal.woff`;
export const FONT_BOLD = `${import.meta.env.BASE_URL}fonts/inter-latin-700-normal.woff`;

/**
 * How every text's glyph fields are built: on the CPU, in troika's workers (its GPU path reads each
 * batch back to the CPU, stalling the renderer, for a gain that only shows with huge glyph sets),
 * and at 32 px a glyph, not troika's 64: a quarter of the work, and no visible difference at the
 * sizes our boards are read at (compared in screenshots at the booths and the hub boards).
 */
export const GLYPH_FIELDS = { gpuAccelerateSDF: false, sdfGlyphSize: 32 } as const;

/**
 * The glyphs built with the fonts, before any text asks for them: the Latin letters, the digits and
 * the punctuation the boards and signs use (read off every text at the hub and at a booth). Built
 * as the 3D chunk starts, they are ready by the time the texts are typeset instead of starting
 * then: an interleaved A/B measured the first frame 1.12 s -> 0.99 s (baseline 0.53 s). A text with
 * another character (an accent in a dataset's name, say) gets that glyph built when it asks.
 */
export const START_GLYPHS =
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:;?'()-#%·•›";

export const unitBox = new BoxGeometry(1, 1, 1);
/** A disc of diameter 1 and height 1, its flat faces turned towards ±z (like a panel mark). */
export const unitDisc = new CylinderGeometry(0.5, 0.5, 1, 40).rotateX(Math.PI / 2);
export const unitPlane = new PlaneGeometry(1, 1).rotateX(-Math.PI / 2);

/** Instance colours multiply this white; a little roughness keeps panels from glaring. */
export const structureMaterial = new MeshStandardMaterial({
  color: '#ffffff',
  roughness: 0.82,
  metalness: 0,
});

/** Panels and marks: unlit, so text contrast does not depend on where the light falls. */
export const flatMaterial = new MeshBasicMaterial({ color: '#ffffff' });

let shadowTexture: CanvasTexture | null = null;

/**
 * A soft radial shadow drawn in code (no image file): dark at the centre, fading to nothing.
 * Stretched under each booth it grounds the booth without a shadow-casting light.
 */
function makeShadowTexture(): CanvasTexture {
  const size = 128;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (context) {
    const gradient = context.createRadialGradient(
      size / 2,
      size / 2,
      0,
      size / 2,
      size / 2,
      size / 2,
    );
    gradient.addColorStop(0, 'rgba(0,0,0,0.55)');
    gradient.addColorStop(0.55, 'rgba(0,0,0,0.28)');
    gradient.addColorStop(1, 'rgba(0,0,0,0)');
    context.fillStyle = gradient;
    context.fillRect(0, 0, size, size);
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}

let shadowMaterialInstance: MeshBasicMaterial | null = null;

export function shadowMaterial(): MeshBasicMaterial {
  shadowTexture ??= makeShadowTexture();
  shadowMaterialInstance ??= new MeshBasicMaterial({
    map: shadowTexture,
    transparent: true,
    depthWrite: false,
    color: '#ffffff',
  });
  return shadowMaterialInstance;
}
