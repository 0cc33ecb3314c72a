import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { PavilionState, PavilionStore } from './store';

const StoreContext = createContext<PavilionStore | null>(null);

export function PavilionProvider({
  store,
  children,
}: {
  store: PavilionStore;
  children: ReactNode;
}) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for imperative reads in event handlers and `useFrame` (getState()). */
export function usePavilionStore(): PavilionStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('[pavilion] usePavilionStore needs a <PavilionProvider> above it');
  return store;
}

/** Subscribes a component to one slice of the store. */
export function usePavilion<T>(selector: (state: PavilionState) => T): T {
  return useStore(usePavilionStore(), selector);
}
