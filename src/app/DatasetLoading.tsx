/** The DOM page shown while a dataset named in the address is on its way. */
export function DatasetLoading() {
  return (
    <main className="boot" aria-busy="true">
      <h1>Metaverse Pavilion</h1>
      <p role="status">Loading the dataset named in the address…</p>
    </main>
  );
}
