import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings, parseSettings } from '../../../src/state/settings';

describe('comfort settings in storage', () => {
  it('starts from the defaults: 30° snap turns, teleport, no extra motion reduction', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.snapAngle).toBe(30);
    expect(DEFAULT_SETTINGS.locomotion).toBe('teleport');
  });

  it('keeps each valid stored field and drops only the bad ones', () => {
    const stored = JSON.stringify({
      walkSpeed: 2.5,
      snapAngle: 33,
      locomotion: 'fly',
      reducedMotion: true,
    });
    expect(parseSettings(stored)).toEqual({
      walkSpeed: 2.5,
      snapAngle: DEFAULT_SETTINGS.snapAngle,
      locomotion: DEFAULT_SETTINGS.locomotion,
      turning: DEFAULT_SETTINGS.turning,
      vignette: DEFAULT_SETTINGS.vignette,
      reducedMotion: true,
    });
  });

  it('falls back to the defaults for unreadable or non-object storage', () => {
    expect(parseSettings('{oops')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('[1,2]')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('"fast"')).toEqual(DEFAULT_SETTINGS);
  });

  it('ignores a change that would not pass its check, keeping the current value', () => {
    const current = { ...DEFAULT_SETTINGS, walkSpeed: 3 };
    expect(mergeSettings(current, { walkSpeed: 99 }).walkSpeed).toBe(3);
    expect(mergeSettings(current, { walkSpeed: Number.NaN }).walkSpeed).toBe(3);
    expect(mergeSettings(current, { snapAngle: 45 }).snapAngle).toBe(45);
  });
});
