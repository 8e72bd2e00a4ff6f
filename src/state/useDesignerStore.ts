import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DesignerState, DesignerStore } from './createDesignerStore';

export const DesignerStoreContext = createContext<DesignerStore | null>(null);

/** The one hook components use to read the designer store, always through a selector. */
export function useDesignerStore<T>(selector: (state: DesignerState) => T): T {
  const store = useContext(DesignerStoreContext);
  if (!store) throw new Error('useDesignerStore needs a DesignerStoreContext provider');
  return useStore(store, selector);
}
