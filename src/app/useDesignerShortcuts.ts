import { useLayoutEffect } from 'react';
import { redo, undo, type DesignerStore } from '../state/createDesignerStore';
import { findCommand } from '../ui/common/commands';

/** Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z and Ctrl+Y redo, outside text fields (the YAML editor has its own); Ctrl/Cmd+F go to resource outside the YAML editor. */
export function useDesignerShortcuts(store: DesignerStore, openPalette: () => void): void {
  // A layout effect: the keys work from the first frame the designer is visible, not a task later.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod0 = e.ctrlKey || e.metaKey;
      // The command palette opens from anywhere, text fields included. Listening in the capture phase
      // and stopping the event keeps Monaco, which uses Ctrl+K as a chord prefix, from swallowing it.
      if (mod0 && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        e.stopPropagation();
        openPalette();
        return;
      }
      // Like K, S works from anywhere: the browser's own "save page" is never what is meant here.
      if (mod0 && e.key.toLowerCase() === 's' && !e.shiftKey) {
        e.preventDefault();
        void findCommand('design:download')?.run(store);
        return;
      }
      const target = e.target as HTMLElement | null;
      // Ctrl/Cmd+F finds a resource on the canvas, except in the YAML editor (which finds text).
      if (mod0 && e.key.toLowerCase() === 'f' && !e.shiftKey && !e.altKey) {
        if (target?.closest('.monaco-editor')) return;
        e.preventDefault();
        void findCommand('designer:go-to-resource')?.run(store);
        return;
      }
      if (
        target &&
        (target.closest('input, textarea, select, .monaco-editor') || target.isContentEditable)
      )
        return;
      const mod = e.ctrlKey || e.metaKey;
      if (!mod) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo(store);
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        redo(store);
      } else if (key === 'd') {
        e.preventDefault();
        void findCommand('designer:duplicate-selection')?.run(store);
      } else if (key === 'l' && e.shiftKey) {
        e.preventDefault();
        void findCommand('designer:auto-layout')?.run(store);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store, openPalette]);
}
