import { useEffect } from 'react';
import { saveDesign } from '../state/persistence';
import type { DesignerStore } from '../state/createDesignerStore';

const SAVE_DELAY_MS = 400;

/** Saves the design to IndexedDB shortly after every change, so a reload or crash loses nothing. */
export function useAutosave(store: DesignerStore): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.files === prev.files && s.positions === prev.positions) return;
      clearTimeout(timer);
      timer = setTimeout(() => void saveDesign({ files: s.files, positions: s.positions }), SAVE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);
}
