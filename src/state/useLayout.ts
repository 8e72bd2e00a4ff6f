import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { LayoutState, LayoutStore } from './layoutStore';

export const LayoutStoreContext = createContext<LayoutStore | null>(null);

export function useLayoutStore(): LayoutStore {
  const store = useContext(LayoutStoreContext);
  if (!store) throw new Error('useLayoutStore needs a LayoutStoreContext provider');
  return store;
}

/** Reads the window's layout (this browser's), through a selector. */
export function useLayout<T>(selector: (state: LayoutState) => T): T {
  return useStore(useLayoutStore(), selector);
}
