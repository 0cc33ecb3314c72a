import { withoutDataset } from './loadGuide';

/**
 * The DOM page shown while a dataset named in the address is on its way, with a way to the
 * pavilion's own guide for a visitor who does not want to wait.
 */
export function DatasetLoading({ backHref }: { readonly backHref?: string }) {
  const href = backHref ?? withoutDataset(window.location.href);
  return (
    <main className="boot" aria-busy="true">
      <h1>Metaverse Pavilion</h1>
      <p role="status">Loading the dataset named in the address…</p>
      <p>
        <a href={href}>Open the pavilion with its own guide instead</a>
      </p>
    </main>
  );
}
