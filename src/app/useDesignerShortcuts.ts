import { useEffect } from 'react';
import { redo, undo, type DesignerStore } from '../state/createDesignerStore';

/** Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z and Ctrl+Y redo, outside text fields (the YAML editor has its own). */
export function useDesignerShortcuts(store: DesignerStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.closest('input, textarea, select, .monaco-editor') || target.isContentEditable)) return;
      const mod = e.ctrlKey || e.metaKey;
      if (!mod) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo(store);
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        redo(store);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
