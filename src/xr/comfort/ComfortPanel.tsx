import { useId, useState } from 'react';
import { usePavilion, usePavilionStore } from '../../state/context';
import { type Locomotion, SNAP_ANGLES, type Turning, WALK_SPEED_RANGE } from '../../state/settings';

/**
 * The small comfort settings panel: reduced motion (cuts instead of glides), walking speed,
 * and for headsets the way of turning and moving and the vignette; the headset's own menu
 * changes the same settings. Changes persist.
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
            Headset turning
            <select
              value={settings.turning}
              onChange={(event) => set({ turning: event.target.value as Turning })}
            >
              <option value="snap">In steps (right stick flick)</option>
              <option value="smooth">Smooth (right stick held)</option>
            </select>
          </label>
          <label className="comfort__row comfort__row--stacked">
            Headset turn step
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
              <option value="teleport">Teleport (push a stick forward, aim the arc, let go)</option>
              <option value="smooth">Smooth (left stick)</option>
            </select>
          </label>
          <label className="comfort__row">
            <input
              type="checkbox"
              checked={settings.vignette}
              onChange={(event) => set({ vignette: event.target.checked })}
            />
            Headset vignette (darker edges while gliding or turning smoothly)
          </label>
        </fieldset>
      )}
    </div>
  );
}
