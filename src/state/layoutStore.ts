import { createStore, type StoreApi } from 'zustand/vanilla';
import { isJsonObject } from '../domain/manifest/jsonValue';

export type BottomTab = 'problems' | 'simulator';

/** How the window is laid out: which tab the bottom panel shows. Kept per browser, never per design. */
export interface LayoutState {
  bottomTab: BottomTab;
  showBottomTab: (tab: BottomTab) => void;
}

export type LayoutStore = StoreApi<LayoutState>;

export type LayoutStorage = Pick<Storage, 'getItem' | 'setItem'>;

const KEY = 'eventflow:layout';

function readSaved(storage: LayoutStorage | null): Partial<Pick<LayoutState, 'bottomTab'>> {
  try {
    const v: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
    const bottomTab = isJsonObject(v) ? v.bottomTab : undefined;
    return bottomTab === 'problems' || bottomTab === 'simulator' ? { bottomTab } : {};
  } catch {
    return {};
  }
}

/** The layout of this browser's window; what the user arranged is remembered in `storage`. */
export function createLayoutStore(storage: LayoutStorage | null = null): LayoutStore {
  const store = createStore<LayoutState>()((set) => ({
    bottomTab: 'problems',
    ...readSaved(storage),
    showBottomTab: (bottomTab) => set({ bottomTab }),
  }));
  store.subscribe((s) => {
    try {
      storage?.setItem(KEY, JSON.stringify({ bottomTab: s.bottomTab }));
    } catch {
      // A layout that is not remembered is no loss of work.
    }
  });
  return store;
}
