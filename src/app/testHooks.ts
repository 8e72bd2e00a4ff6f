import type { DesignerStore } from '../state/createDesignerStore';

declare global {
  interface Window {
    /** Read-only view of the design for browser tests and support: the files as text. */
    __eventflow?: { getFiles: () => { path: string; text: string }[] };
  }
}

/** Exposes the current design's files (read-only copies) for end-to-end tests. */
export function installTestHooks(store: DesignerStore): void {
  window.__eventflow = { getFiles: () => store.getState().files.map((f) => ({ ...f })) };
}
