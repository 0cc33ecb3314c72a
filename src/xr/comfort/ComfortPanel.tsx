import { useId, useState } from 'react';
import { usePavilion, usePavilionStore } from '../../state/context';
import { type Locomotion, SNAP_ANGLES, WALK_SPEED_RANGE } from '../../state/settings';

/**
 * The small comfort settings panel: reduced motion (cuts instead of glides), walking speed,
 * and for headsets the snap-turn angle and the way of moving. Changes persist.
 */
export function ComfortPanel() {
  const store = usePavilionStore();
  const settings = usePavilion((state) => state.settings);
  const [open, setOpen] = useState(false);
  const id = useId();
  const set = store.getState().setSettings;

  return (
    <div className="comfort">
      <button
        type="button"
        className="xr-button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        Comfort
      </button>
      {open && (
        <fieldset id={id} className="comfort__panel">
          <legend>Comfort settings</legend>
          <label className="comfort__row">
            <input
              type="checkbox"
              checked={settings.reducedMotion}
              onChange={(event) => set({ reducedMotion: event.target.checked })}
            />
            Reduce motion (cut instead of gliding)
          </label>
          <label className="comfort__row comfort__row--stacked">
            Walking speed: {settings.walkSpeed} m/s
            <input
              type="range"
              min={WALK_SPEED_RANGE.min}
              max={WALK_SPEED_RANGE.max}
              step={0.5}
              value={settings.walkSpeed}
              onChange={(event) => set({ walkSpeed: Number(event.target.value) })}
            />
          </label>
          <label className="comfort__row comfort__row--stacked">
            Headset snap turn
            <select
              value={settings.snapAngle}
              onChange={(event) => set({ snapAngle: Number(event.target.value) })}
            >
              {SNAP_ANGLES.map((angle) => (
                <option key={angle} value={angle}>
                  {angle}°
                </option>
              ))}
            </select>
          </label>
          <label className="comfort__row comfort__row--stacked">
            Headset movement
            <select
              value={settings.locomotion}
              onChange={(event) => set({ locomotion: event.target.value as Locomotion })}
            >
              <option value="teleport">Teleport (point at the floor, pull the trigger)</option>
              <option value="smooth">Smooth (left stick, with a vignette)</option>
            </select>
          </label>
        </fieldset>
      )}
    </div>
  );
}
