interface ProblemPageProps {
  readonly heading: string;
  readonly problems: readonly string[];
}

/** A full page that names what went wrong, so a failure is never a blank screen. */
export function ProblemPage({ heading, problems }: ProblemPageProps) {
  return (
    <main className="problem-page" aria-labelledby="problem-heading">
      <p className="problem-page__brand">Metaverse Pavilion</p>
      <h1 id="problem-heading">{heading}</h1>
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
