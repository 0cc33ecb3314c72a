import type { Weights } from '../core';
import { KioskDock } from '../kiosk/KioskDock';
// Not the navigation index: it also exports the 3D controls, which would pull three.js into
// the first paint's bundle.
import { HelpButton } from '../navigation/HelpCard';
import { HomeButton } from '../navigation/HomeButton';
import '../navigation/nav-button.css';
import { usePavilion } from '../state/context';
import { usePavilionDerived } from '../state/selectors';
import type { ViewName } from '../twin/view-choice';
import './topbar.css';

function PlaceName() {
  const place = usePavilion((state) => state.place);
  const { booths, indexById } = usePavilionDerived();
  if (place === 'hub') return <>At the hub</>;
  const booth = booths[indexById.get(place.booth) ?? -1];
  if (!booth) return <>At a booth</>;
  return (
    <>
      At booth #{booth.ranked.position} · <strong>{booth.platform.name}</strong>
    </>
  );
}

interface TopBarProps {
  readonly view: ViewName;
  /** False where WebGL cannot start: then there is no 3D view to switch to. */
  readonly canShow3D: boolean;
  readonly onChooseView: (view: ViewName) => void;
  readonly guideWeights: Weights;
}

/** The compact bar over everything: the name, where the visitor is, and the tools. */
export function TopBar({ view, canShow3D, onChooseView, guideWeights }: TopBarProps) {
  const other: ViewName = view === '3d' ? '2d' : '3d';
  return (
    <header className="topbar">
      <div className="topbar__identity">
        <h1 className="topbar__name">Metaverse Pavilion</h1>
        <p className="topbar__place">
          <PlaceName />
        </p>
      </div>
      <div className="topbar__tools">
        <KioskDock guideWeights={guideWeights} />
        <nav className="topbar__nav" aria-label="View and getting around">
          {(view === '3d' || canShow3D) && (
            <button
              type="button"
              className="nav-button topbar__view"
              aria-pressed={view === '2d'}
              onClick={() => onChooseView(other)}
            >
              2D view
            </button>
          )}
          {view === '3d' && <HelpButton />}
          <HomeButton />
        </nav>
      </div>
    </header>
  );
}
