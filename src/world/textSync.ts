/**
 * Counts texts that have been mounted but not yet typeset, so the loading screen can report real
 * progress and the world is called ready only once its first texts are drawn.
 */
type Listener = () => void;

let pending = 0;
let synced = 0;
const listeners = new Set<Listener>();

function emit(): void {
  for (const listener of listeners) listener();
}

export const textSync = {
  begin(): void {
    pending++;
    emit();
  },
  end(): void {
    pending = Math.max(0, pending - 1);
    synced++;
    emit();
  },
  snapshot(): { readonly pending: number; readonly synced: number } {
    return { pending, synced };
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
