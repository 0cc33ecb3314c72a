import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { Weights } from '../core';
import { AddressSync } from '../state/address-sync';
import { PavilionProvider, usePavilionStore } from '../state/context';
import { createPavilionStore } from '../state/store';
import { openAtPlace } from '../twin/follow-place';
import { Twin } from '../twin/Twin';
import { TWIN_MAIN_ID } from '../twin/twin-ids';
import type { ViewName } from '../twin/view-choice';
import { DatasetLoading } from './DatasetLoading';
import { ErrorBoundary } from './ErrorBoundary';
import { LoadingScreen } from './LoadingScreen';
import { type LoadedGuide, useLoadedGuide } from './loadGuide';
import { Notices } from './Notices';
import { ProblemPage } from './ProblemPage';
import { TopBar } from './TopBar';
import { TwinKiosk } from './TwinKiosk';
import { TwoDNote } from './TwoDNote';
import { CONTEXT_NOTICE_ID, initialView, useViewState } from './view-state';
import { WorldBoundary } from './WorldBoundary';

// The 3D world is its own chunk: the first paint is the DOM page (the twin's headings at least).
const loadWorld3D = () => import('./World3D');
const World3D = lazy(loadWorld3D);

/**
 * Starts downloading the 3D chunk before React renders the page, when the page will show 3D:
 * otherwise the download would only start once the shell had rendered. Same module, one fetch.
 */
export function prefetchWorld3D(): void {
  if (initialView().view === '3d') void loadWorld3D();
}

const FALLBACK_NOTICE_ID = 'view-fallback';

/** The first control on the page: past the toolbar and the world, straight to the text. */
function SkipToTwin() {
  return (
    <button
      type="button"
      className="skip-link"
      onClick={() => {
        const twin = document.getElementById(TWIN_MAIN_ID);
        twin?.focus({ preventScroll: true });
        twin?.scrollIntoView({ block: 'start' });
      }}
    >
      Skip to the pavilion in text
    </button>
  );
}

function Shell({ guideWeights }: { readonly guideWeights: Weights }) {
  const store = usePavilionStore();
  const { state, choose, fallBack } = useViewState();
  const kiosk = useMemo(() => <TwinKiosk />, []);

  const onContextGiveUp = useCallback(() => {
    fallBack('context-lost');
    store.getState().dismissNotice(CONTEXT_NOTICE_ID);
    store
      .getState()
      .notify(
        'warning',
        'The 3D view could not recover, so the 2D view took over.',
        FALLBACK_NOTICE_ID,
      );
  }, [fallBack, store]);
  const onCrash = useCallback(
    (error: Error) => {
      fallBack('crashed', error.message);
      store
        .getState()
        .notify(
          'error',
          'The 3D view stopped with an error; the 2D view took over.',
          FALLBACK_NOTICE_ID,
        );
    },
    [fallBack, store],
  );
  const choose2D = useCallback(() => choose('2d'), [choose]);
  const chooseFromBar = useCallback(
    (view: ViewName) => {
      choose(view);
      // Once React has drawn the 2D page: the world's section is gone and the twin moved up.
      if (view === '2d') requestAnimationFrame(() => openAtPlace(store.getState().place));
    },
    [choose, store],
  );

  return (
    <div className={`shell shell--${state.view}`}>
      <SkipToTwin />
      <TopBar
        view={state.view}
        canShow3D={state.reason !== 'no-webgl'}
        onChooseView={chooseFromBar}
        guideWeights={guideWeights}
      />
      {state.view === '3d' && (
        <section className="world" aria-label="The pavilion in 3D">
          <WorldBoundary onCrash={onCrash}>
            <Suspense fallback={null}>
              <World3D onContextGiveUp={onContextGiveUp} />
            </Suspense>
          </WorldBoundary>
          <LoadingScreen onChoose2D={choose2D} />
        </section>
      )}
      <Twin
        view={state.view}
        note={state.view === '2d' ? <TwoDNote state={state} onChooseView={choose} /> : null}
        kiosk={kiosk}
      />
    </div>
  );
}

function Pavilion({ loaded }: { readonly loaded: LoadedGuide }) {
  const [store] = useState(() =>
    loaded.ok ? createPavilionStore(loaded.guide, loaded.weights, false) : null,
  );
  if (!loaded.ok || !store) {
    return (
      <ProblemPage
        heading={(!loaded.ok && loaded.heading) || "The guide's data did not pass its checks"}
        problems={loaded.ok ? [] : loaded.problems}
        backHref={loaded.ok ? undefined : loaded.backHref}
      />
    );
  }
  return (
    <PavilionProvider store={store}>
      <AddressSync />
      <Shell guideWeights={loaded.weights} />
      <Notices />
    </PavilionProvider>
  );
}

/** The shell: top bar, the 3D world (or the 2D view) and the DOM twin, under one store. */
export function App() {
  // The embedded guide is there at once; a file named by ?data= shows a DOM page while it loads.
  const loaded = useLoadedGuide();
  return (
    <ErrorBoundary>{loaded ? <Pavilion loaded={loaded} /> : <DatasetLoading />}</ErrorBoundary>
  );
}
