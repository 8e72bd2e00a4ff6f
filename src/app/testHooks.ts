import type { DesignerStore } from '../state/createDesignerStore';
import type { DesignFile } from '../domain/design/design';

declare global {
  interface Window {
    /**
     * For browser tests, the benchmark and support: read the design's files, and replace a file's
     * text exactly as the YAML editor does (one undo step, the canvas follows).
     */
    __eventflow?: {
      getFiles: () => DesignFile[];
      setFileText: (path: string, text: string) => void;
    };
  }
}

export function installTestHooks(store: DesignerStore): void {
  window.__eventflow = {
    getFiles: () => store.getState().files.map((f) => ({ ...f })),
    setFileText: (path, text) => store.getState().dispatch({ type: 'setFileText', path, text }),
  };
}
