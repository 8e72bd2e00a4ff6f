import { useEffect } from 'react';
import { copyResourceText } from '../domain/edit/clipboard';
import type { DesignerStore } from '../state/createDesignerStore';

const inTextField = (t: EventTarget | null) => {
  const el = t as HTMLElement | null;
  return Boolean(
    el && (el.closest('input, textarea, select, .monaco-editor') || el.isContentEditable),
  );
};

/** Copy puts the selected node's resource on the clipboard as YAML; paste adds the manifests it holds. */
export function useClipboard(store: DesignerStore): void {
  useEffect(() => {
    const onCopy = (e: ClipboardEvent) => {
      const id = store.getState().selectedNodeId;
      if (inTextField(e.target) || !id) return;
      const text = copyResourceText(store.getState().files, id);
      if (!text || !e.clipboardData) return;
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (inTextField(e.target)) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!text) return;
      e.preventDefault();
      store.getState().dispatch({ type: 'paste', text });
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [store]);
}
