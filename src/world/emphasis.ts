import { Color, LinearSRGBColorSpace } from 'three';

/**
 * Colour ranges for troika text: heading lines (all capitals, or capitals up to a double space)
 * and questions (lines ending in "?") take the accent colour, the rest the base colour. One text
 * object keeps a whole panel in one draw call while its headings still stand out.
 */
export function emphasisRanges(text: string, base: string, accent: string): Record<number, number> {
  // troika feeds these bytes to the shader as linear values, which the output then encodes.
  const baseHex = new Color(base).getHex(LinearSRGBColorSpace);
  const accentHex = new Color(accent).getHex(LinearSRGBColorSpace);
  const ranges: Record<number, number> = { 0: baseHex };
  let offset = 0;
  for (const line of text.split('\n')) {
    const heading = headingLength(line);
    if (heading > 0) {
      ranges[offset] = accentHex;
      ranges[offset + heading] = baseHex;
    }
    offset += line.length + 1;
  }
  return ranges;
}

/** How many leading characters of a line are its heading (0 for none). */
export function headingLength(line: string): number {
  if (line.trimEnd().endsWith('?')) return line.length;
  const [lead = ''] = line.split('  ');
  const letters = lead.replace(/[^A-Za-z]/g, '');
  const isCapitals = letters.length >= 3 && letters === letters.toUpperCase();
  return isCapitals ? lead.length : 0;
}
