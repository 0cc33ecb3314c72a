import { type KeyboardEvent, useRef } from 'react';
import type { RankedBooth } from '../state/selectors';
import { type Place, samePlace } from '../state/store';
import { formatScore } from './format';

interface BoothDirectoryProps {
  readonly booths: readonly RankedBooth[];
  readonly place: Place;
  readonly onTravel: (place: Place) => void;
}

const STEP: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1 };

/**
 * Every place in the pavilion as a button: Tab or the arrow keys move between them, Enter
 * travels. The visitor's place is marked for assistive tech as the current location.
 */
export function BoothDirectory({ booths, place, onTravel }: BoothDirectoryProps) {
  const list = useRef<HTMLOListElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    const index = buttons.indexOf(event.currentTarget);
    if (index < 0) return;
    let next: number | null = null;
    if (event.key in STEP || event.key === 'ArrowLeft') {
      next = index + (STEP[event.key] ?? -1);
    } else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    if (next === null) return;
    // Handled here: the world's walking keys listen on window and must not see this press.
    event.preventDefault();
    event.stopPropagation();
    buttons[Math.min(Math.max(next, 0), buttons.length - 1)]?.focus();
  };

  const entries: readonly { place: Place; label: string; detail: string; rank?: number }[] = [
    { place: 'hub', label: 'The hub', detail: 'methods, guide, checklist, advice' },
    ...booths.map((booth) => ({
      place: { booth: booth.platform.id },
      label: booth.platform.name,
      detail: `score ${formatScore(booth.ranked.total)}`,
      rank: booth.ranked.position,
    })),
  ];

  return (
    <nav className="directory" aria-labelledby="directory-heading">
      <h2 id="directory-heading" className="directory__heading">
        Places to visit
      </h2>
      <ol ref={list} className="directory__list">
        {entries.map((entry) => {
          const current = samePlace(entry.place, place);
          return (
            <li key={entry.label}>
              <button
                type="button"
                className="directory__button"
                // The visible words in their order, as one sentence: read from the grid's cells
                // the browser put a space before the comma ("Spatial , score 70.0").
                aria-label={`${entry.rank === undefined ? '' : `#${entry.rank} `}${entry.label}, ${entry.detail}`}
                aria-current={current ? 'location' : undefined}
                onClick={() => onTravel(entry.place)}
                onKeyDown={onKeyDown}
              >
                {entry.rank === undefined ? (
                  <span className="directory__rank" aria-hidden="true">
                    ⌂
                  </span>
                ) : (
                  <span className="directory__rank">#{entry.rank}</span>
                )}{' '}
                <span className="directory__name">{entry.label}</span>{' '}
                <span className="directory__detail">{entry.detail}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
