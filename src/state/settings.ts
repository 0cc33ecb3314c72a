import { z } from 'zod';

/**
 * Comfort settings a visitor chooses once and keeps: walking speed, the headset's way of moving
 * and turning and its vignette, and reduced motion on top of the system's own setting. Stored in
 * localStorage; each field is checked on its own, so one bad value loses only itself.
 */

export type Locomotion = 'teleport' | 'smooth';
export type Turning = 'snap' | 'smooth';

export interface ComfortSettings {
  /** Walking speed in metres per second (desktop keys, touch joystick, smooth locomotion). */
  readonly walkSpeed: number;
  /** Degrees turned by one flick of the headset's thumbstick. */
  readonly snapAngle: number;
  /** How the headset moves: teleport (the default) or smooth thumbstick walking. */
  readonly locomotion: Locomotion;
  /** How the headset's right stick turns: in steps of snapAngle, or smoothly while held. */
  readonly turning: Turning;
  /** Darkens the edges of the headset's view while the visitor glides or turns smoothly. */
  readonly vignette: boolean;
  /** Cuts instead of glides, even when the system does not ask for reduced motion. */
  readonly reducedMotion: boolean;
}

export const WALK_SPEED_RANGE = { min: 1, max: 8 } as const;
export const SNAP_ANGLES = [15, 30, 45, 60, 90] as const;

export const DEFAULT_SETTINGS: ComfortSettings = {
  walkSpeed: 4,
  snapAngle: 30,
  locomotion: 'teleport',
  turning: 'snap',
  vignette: true,
  reducedMotion: false,
};

export const SETTINGS_KEY = 'pavilion:settings:v1';

const fieldSchemas = {
  walkSpeed: z.number().min(WALK_SPEED_RANGE.min).max(WALK_SPEED_RANGE.max),
  snapAngle: z
    .number()
    .refine((angle) => (SNAP_ANGLES as readonly number[]).includes(angle), 'not a snap angle'),
  locomotion: z.enum(['teleport', 'smooth']),
  turning: z.enum(['snap', 'smooth']),
  vignette: z.boolean(),
  reducedMotion: z.boolean(),
} as const;

/** Each field of `data` that passes its check, over `fallback`. */
function validFields(data: Record<string, unknown>, fallback: ComfortSettings): ComfortSettings {
  const walkSpeed = fieldSchemas.walkSpeed.safeParse(data.walkSpeed);
  const snapAngle = fieldSchemas.snapAngle.safeParse(data.snapAngle);
  const locomotion = fieldSchemas.locomotion.safeParse(data.locomotion);
  const turning = fieldSchemas.turning.safeParse(data.turning);
  const vignette = fieldSchemas.vignette.safeParse(data.vignette);
  const reducedMotion = fieldSchemas.reducedMotion.safeParse(data.reducedMotion);
  return {
    walkSpeed: walkSpeed.success ? walkSpeed.data : fallback.walkSpeed,
    snapAngle: snapAngle.success ? snapAngle.data : fallback.snapAngle,
    locomotion: locomotion.success ? locomotion.data : fallback.locomotion,
    turning: turning.success ? turning.data : fallback.turning,
    vignette: vignette.success ? vignette.data : fallback.vignette,
    reducedMotion: reducedMotion.success ? reducedMotion.data : fallback.reducedMotion,
  };
}

/** Keeps every stored field that passes its check; anything else falls back to its default. */
export function parseSettings(raw: string | null): ComfortSettings {
  if (raw === null) return DEFAULT_SETTINGS;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return DEFAULT_SETTINGS;
  }
  const stored = z.record(z.string(), z.unknown()).safeParse(json);
  return stored.success ? validFields(stored.data, DEFAULT_SETTINGS) : DEFAULT_SETTINGS;
}

/** Applies a change; a field that would not pass the stored check keeps its current value. */
export function mergeSettings(
  current: ComfortSettings,
  change: Partial<ComfortSettings>,
): ComfortSettings {
  return validFields({ ...current, ...change }, current);
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return null;
  }
}

export function loadSettings(): ComfortSettings {
  try {
    return parseSettings(storage()?.getItem(SETTINGS_KEY) ?? null);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function saveSettings(settings: ComfortSettings): void {
  try {
    storage()?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Full or refused storage: the settings still hold for this visit.
  }
}
