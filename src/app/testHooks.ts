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
      /** Opens these files as the design, as opening one from the library does (history starts over). */
      openFiles: (files: DesignFile[]) => void;
      /** How many nodes the canvas's graph has (`distinct` ids: resources may repeat a name), and whether a big design is still being read. */
      graphSize: () => { nodes: number; distinct: number; reading: boolean };
    };
  }
}

export function installTestHooks(store: DesignerStore): void {
  window.__eventflow = {
    getFiles: () => store.getState().files.map((f) => ({ ...f })),
    setFileText: (path, text) => store.getState().dispatch({ type: 'setFileText', path, text }),
    openFiles: (files) => store.getState().loadDesign({ files, positions: {} }),
    graphSize: () => ({
      nodes: store.getState().goodAnalysis.graph.nodes.length,
      distinct: new Set(store.getState().goodAnalysis.graph.nodes.map((n) => n.id)).size,
      reading: store.getState().reading !== null,
    }),
  };
}
