import { ComfortPanel } from './comfort/ComfortPanel';
import { EnterVR } from './EnterVR';
import './xr.css';

/** The DOM controls over the world's corner: Enter VR (or why not) and the comfort settings. */
export function XRControls() {
  return (
    <div className="xr-controls">
      <ComfortPanel />
      <EnterVR />
    </div>
  );
}
