import { HelpButton, HelpCard } from './HelpCard';
import { HomeButton } from './HomeButton';
import { usePointerLocked } from './pointer-lock';
import './navigation.css';

/** A dot at the screen centre while the mouse is captured: what a click will pick. */
function Crosshair() {
  const locked = usePointerLocked();
  return locked ? <div className="crosshair" aria-hidden="true" /> : null;
}

/**
 * The DOM layer over the world for desktop visitors: the way home, the help card and the
 * crosshair. Rendered outside the Canvas, over it (its parent must be positioned).
 */
export function NavigationOverlay({ bar = true }: { readonly bar?: boolean }) {
  return (
    <div className="nav-overlay">
      <Crosshair />
      {/* A shell with its own toolbar shows Hub and ? there instead (bar={false}). */}
      {bar && (
        <nav className="nav-overlay__bar" aria-label="Getting around">
          <HomeButton />
          <HelpButton />
        </nav>
      )}
      <HelpCard />
    </div>
  );
}
