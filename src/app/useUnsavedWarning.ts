import { useEffect } from 'react';
import type { DesignerStore } from '../state/createDesignerStore';
import { designText } from '../state/designLibrary';

/**
 * Asks before the tab closes when the design differs from what was last downloaded or opened from
 * a file. The browser copy is autosaved either way; the warning is about changes not yet in Git.
 */
export function useUnsavedWarning(store: DesignerStore): void {
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      const { files, design } = store.getState();
      if (!design || designText(files) === design.baseline) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);
}
