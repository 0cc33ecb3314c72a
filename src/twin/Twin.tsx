import { type ReactNode, useCallback } from 'react';
import { usePavilion, usePavilionStore } from '../state/context';
import { usePavilionDerived } from '../state/selectors';
import { type Place, samePlace } from '../state/store';
import { Arrivals } from './Arrivals';
import { BoothDirectory } from './BoothDirectory';
import { CriterionLegend } from './ContributionBar';
import { useFollowPlace } from './follow-place';
import { HubSection } from './HubSection';
import { PlatformCard } from './PlatformCard';
import { placeHeadingId, TWIN_MAIN_ID } from './twin-ids';
import type { ViewName } from './view-choice';
import './twin.css';
import './twin-hub.css';

interface TwinProps {
  readonly view: ViewName;
  /** Shown first in the 2D view: why the page is the whole pavilion, and the way back. */
  readonly note?: ReactNode;
  /** The kiosk's DOM face (the shell provides it: the twin does not import the kiosk). */
  readonly kiosk: ReactNode;
}

/**
 * The DOM twin: the whole pavilion in semantic HTML, always in the document. Choosing a place
 * here travels there in 3D; travelling in 3D moves the twin's focus to that place.
 */
export function Twin({ view, note, kiosk }: TwinProps) {
  const store = usePavilionStore();
  const place = usePavilion((state) => state.place);
  const { guide, weights, booths } = usePavilionDerived();
  useFollowPlace(view);

  const travel = useCallback(
    (to: Place) => {
      const state = store.getState();
      if (samePlace(state.place, to)) {
        // Already there: the store will not change, so move focus here instead.
        document.getElementById(placeHeadingId(to))?.focus();
        return;
      }
      state.travelTo(to, 'twin');
    },
    [store],
  );
  const toBooth = useCallback((id: string) => travel({ booth: id }), [travel]);
  const nameOf = useCallback(
    (id: string) => guide.platforms.find((platform) => platform.id === id)?.name,
    [guide],
  );

  return (
    <main
      id={TWIN_MAIN_ID}
      className={`twin twin--${view}`}
      tabIndex={-1}
      aria-label="Pavilion guide"
    >
      <Arrivals />
      {note}
      <BoothDirectory booths={booths} place={place} onTravel={travel} />
      <HubSection
        guide={guide}
        weights={weights}
        here={place === 'hub'}
        onTravel={toBooth}
        kiosk={kiosk}
      />
      <section className="ranking" aria-labelledby="ranking-heading">
        <div className="ranking__intro">
          <h2 id="ranking-heading">The {booths.length} booths, ranked</h2>
          <p>
            Highest score first, under the weights in use. Each bar shows how many of the 100 points
            each criterion adds.
          </p>
          <CriterionLegend criteria={guide.criteria} />
        </div>
        <ol className="ranking__list">
          {booths.map((booth) => (
            <li key={booth.platform.id} className="ranking__item">
              <PlatformCard
                platform={booth.platform}
                ranked={booth.ranked}
                criteria={guide.criteria}
                here={place !== 'hub' && place.booth === booth.platform.id}
                nameOf={nameOf}
                onTravel={toBooth}
              />
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
