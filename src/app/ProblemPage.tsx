import './problem-page.css';

interface ProblemPageProps {
  readonly heading: string;
  readonly problems: readonly string[];
  /** Where the pavilion opens with its own guide; given when a named dataset failed. */
  readonly backHref?: string;
}

/** A full page that names what went wrong, so a failure is never a blank screen. */
export function ProblemPage({ heading, problems, backHref }: ProblemPageProps) {
  return (
    <main className="problem-page" aria-labelledby="problem-heading">
      <p className="problem-page__brand">Metaverse Pavilion</p>
      <h1 id="problem-heading">{heading}</h1>
      {backHref !== undefined && (
        <p className="problem-page__back">
          <a className="problem-page__back-link" href={backHref}>
            Open the pavilion with its own guide
          </a>
          <span className="problem-page__back-note">
            {' '}
            It leaves out the dataset named in the address; what went wrong stays listed below.
          </span>
        </p>
      )}
      <p>The pavilion stopped rather than show wrong figures. What it found:</p>
      <ul className="problem-page__list">
        {/* Repeated problems are shown once: they would say nothing new, and keys must differ. */}
        {[...new Set(problems)].map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </main>
  );
}
