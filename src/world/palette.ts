/**
 * Colours of the hall: each booth has its own identity (a deep wall colour and a bright accent),
 * chosen by platform id. No logos: colour and name carry the identity. Ids outside the guide's
 * ten get a hue derived from their id, so any dataset still looks coherent.
 */

export interface BoothColours {
  /** Wall and fascia background: dark enough for white text on it. */
  readonly deep: string;
  /** Fins, bar fills and highlights. */
  readonly bright: string;
  /** The booth floor: a light tint. */
  readonly floor: string;
}

/** Hue (degrees) and saturation (0..1) per known platform. */
const KNOWN: Readonly<Record<string, readonly [number, number]>> = {
  decentraland: [350, 0.72],
  'the-sandbox': [212, 0.8],
  'somnium-space': [268, 0.6],
  voxels: [172, 0.65],
  spatial: [232, 0.55],
  mona: [28, 0.85],
  oncyber: [88, 0.6],
  'nifty-island': [192, 0.75],
  upland: [140, 0.55],
  otherside: [300, 0.5],
};

function hashHue(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % 360;
}

function hsl(hue: number, saturation: number, lightness: number): string {
  return `hsl(${Math.round(hue)}, ${Math.round(saturation * 100)}%, ${Math.round(lightness * 100)}%)`;
}

export function boothColours(platformId: string): BoothColours {
  const [hue, saturation] = KNOWN[platformId] ?? [hashHue(platformId), 0.6];
  return {
    deep: hsl(hue, saturation * 0.8, 0.27),
    bright: hsl(hue, saturation, 0.58),
    floor: hsl(hue, saturation * 0.25, 0.86),
  };
}

/** Shared, neutral colours of the hall and its panels. */
export const HALL = {
  panel: '#f6f4ef',
  panelText: '#1b1e24',
  panelMuted: '#4a505c',
  onDeep: '#ffffff',
  onDeepMuted: '#dfe3ea',
  fascia: '#121418',
  hubFloor: '#e9e6df',
  hubAccent: '#c9a45c',
  hubHeading: '#24467a',
  floor: '#c3c7ce',
  promenade: '#9aa0a9',
  skyTop: '#5d86c4',
  skyHorizon: '#e7ddd0',
  barTrack: '#3a3f4a',
  boardTrack: '#d9d5cc',
  yes: '#1f8a4c',
  no: '#c0392b',
  unknown: '#8a8f99',
} as const;

/** One colour per criterion, in CRITERION_IDS order, for the contribution bars. */
export const CRITERION_COLOURS = [
  '#f2b134',
  '#5cc8ff',
  '#8be08b',
  '#ff8c69',
  '#c59bff',
  '#ffd9e8',
] as const;
