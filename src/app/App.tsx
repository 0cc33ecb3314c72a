import { useMemo } from 'react';
import type { Guide } from '../data';
import { formatYearMonth } from '../twin/format';
import { RankedList } from '../twin/RankedList';
import { ErrorBoundary } from './ErrorBoundary';
import { loadGuide } from './loadGuide';
import { ProblemPage } from './ProblemPage';

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

function Pavilion() {
  const loaded = useMemo(loadGuide, []);
  if (!loaded.ok) {
    return (
      <ProblemPage heading="The guide's data did not pass its checks" problems={loaded.problems} />
    );
  }
  return (
    <div className="page">
      <Masthead guide={loaded.guide} />
      <main id="main">
        <RankedList guide={loaded.guide} weights={loaded.weights} />
      </main>
    </div>
  );
}

/** The shell: the guide's ranking today; the 3D world mounts beside it later. */
export function App() {
  return (
    <ErrorBoundary>
      <Pavilion />
    </ErrorBoundary>
  );
}
