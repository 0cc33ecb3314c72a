import { CanvasTexture, SpriteMaterial, SRGBColorSpace } from 'three';

/**
 * The numbered badges that float on the picks' beacons: a gold disc with the pick's place in the
 * kiosk's ranking. Each is a tiny canvas drawn once, in the page's own Inter (never a system font
 * the visitor may lack), and shared by every beacon that shows the same number.
 */

export const BADGE_GOLD = '#ffd166';
const BADGE_INK = '#0b0e14';
const SIZE = 128;
const FONT = `700 ${Math.round(SIZE * 0.62)}px Inter, sans-serif`;

const materials = new Map<number, SpriteMaterial>();

function draw(canvas: HTMLCanvasElement, place: number): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  const middle = SIZE / 2;
  context.clearRect(0, 0, SIZE, SIZE);
  context.beginPath();
  context.arc(middle, middle, middle - 4, 0, 2 * Math.PI);
  context.fillStyle = BADGE_GOLD;
  context.fill();
  context.lineWidth = 6;
  context.strokeStyle = BADGE_INK;
  context.stroke();
  context.fillStyle = BADGE_INK;
  context.font = FONT;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  // Inter's digits sit a little high on the middle baseline; nudge them to the optical centre.
  context.fillText(String(place), middle, middle + SIZE * 0.04);
}

/** The shared badge material for a pick's place (1 for the top pick), made on first use. */
export function badgeMaterial(place: number): SpriteMaterial {
  const known = materials.get(place);
  if (known) return known;
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  draw(canvas, place);
  const map = new CanvasTexture(canvas);
  map.colorSpace = SRGBColorSpace;
  const material = new SpriteMaterial({
    map,
    transparent: true,
    depthWrite: false,
    fog: false,
    toneMapped: false,
  });
  materials.set(place, material);
  return material;
}

/**
 * Resolves once the badges are drawn in Inter. The DOM usually has the font already; if not, the
 * badges made so far are redrawn when it arrives, and the caller asks the world for one frame.
 */
export async function badgesInInter(): Promise<boolean> {
  if (document.fonts.check(FONT)) return false;
  await document.fonts.load(FONT);
  for (const [place, material] of materials) {
    const canvas = material.map?.image;
    if (!(canvas instanceof HTMLCanvasElement) || !material.map) continue;
    draw(canvas, place);
    material.map.needsUpdate = true;
  }
  return true;
}
