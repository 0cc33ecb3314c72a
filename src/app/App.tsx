import { lazy, Suspense, useState } from 'react';
import type { Guide } from '../data';
import { KioskDock } from '../kiosk/KioskDock';
import { AddressSync } from '../state/address-sync';
import { PavilionProvider } from '../state/context';
import { createPavilionStore } from '../state/store';
import { formatYearMonth } from '../twin/format';
import { RankedList } from '../twin/RankedList';
import { DatasetLoading } from './DatasetLoading';
import { ErrorBoundary } from './ErrorBoundary';
import { LoadingScreen } from './LoadingScreen';
import { type LoadedGuide, useLoadedGuide } from './loadGuide';
import { Notices } from './Notices';
import { ProblemPage } from './ProblemPage';

// The 3D world is its own chunk: the first paint is the DOM page.
const World3D = lazy(() => import('./World3D'));

function Masthead({ guide }: { readonly guide: Guide }) {
  return (
    <header className="masthead">
      <h1>Metaverse Pavilion</h1>
      <p className="masthead__guide">
        From the buyer's guide <cite>{guide.title}</cite>
      </p>
      <p className="masthead__tagline">{guide.tagline}</p>
      <p className="masthead__updated">Updated {formatYearMonth(guide.lastUpdated)}</p>
    </header>
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
      />
    );
  }
  return (
    <PavilionProvider store={store}>
      <AddressSync />
      <div className="page">
        <Masthead guide={loaded.guide} />
        <KioskDock guideWeights={loaded.weights} />
        <section className="world" aria-label="The pavilion in 3D">
          <Suspense fallback={null}>
            <World3D />
          </Suspense>
          <LoadingScreen />
        </section>
        <main id="main">
          <RankedList guide={loaded.guide} weights={loaded.weights} />
        </main>
      </div>
      <Notices />
    </PavilionProvider>
  );
}

/** The shell: the guide's ranking today; the 3D world mounts beside it later. */
export function App() {
  // The embedded guide is there at once; a file named by ?data= shows a DOM page while it loads.
  const loaded = useLoadedGuide();
  return (
    <ErrorBoundary>{loaded ? <Pavilion loaded={loaded} /> : <DatasetLoading />}</ErrorBoundary>
  );
}
