import { usePavilion } from '../state/context';
import { usePavilionDerived } from '../state/selectors';
import { openAtPlace } from '../twin/follow-place';
import './read-as-text.css';

/**
 * At a booth on a screen taller than wide, or on a phone's short screen turned on its side, the
 * panel wall fits only so small that its text cannot be read (the whole wall is framed, so the
 * visitor still sees the booth as a whole). This chip takes them to the same booth in the twin
 * below the world, as text. Its stylesheet shows it on those screens only: on a desktop or a
 * tablet the wall itself reads well.
 */
export function ReadAsText() {
  const place = usePavilion((state) => state.place);
  const { booths, indexById } = usePavilionDerived();
  if (place === 'hub') return null;
  const booth = booths[indexById.get(place.booth) ?? -1];
  if (!booth) return null;

  return (
    <button type="button" className="read-as-text" onClick={() => openAtPlace(place)}>
      Read {booth.platform.name} as text <span aria-hidden="true">↓</span>
    </button>
  );
}
