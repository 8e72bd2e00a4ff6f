import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DesignFile } from '../domain/design/design';

/** A request to show a place in the YAML panel (from the problems list or the canvas). */
export interface RevealRequest {
  file: string;
  line: number;
  col: number;
  /** Increments so the same location can be revealed twice. */
  seq: number;
}

export interface DesignerState {
  /** The design: its files' text is the source of truth; everything else is derived. */
  files: DesignFile[];
  activeFile: string;
  selectedNodeId: string | null;
  reveal: RevealRequest | null;
  selectNode: (id: string | null) => void;
  revealLocation: (file: string, line: number, col: number) => void;
}

export type DesignerStore = StoreApi<DesignerState>;

/** Builds a fresh store; tests make one per test, the app one per page. */
export function createDesignerStore(files: DesignFile[]): DesignerStore {
  return createStore<DesignerState>()((set, get) => ({
    files,
    activeFile: files[0]?.path ?? '',
    selectedNodeId: null,
    reveal: null,
    selectNode: (id) => set({ selectedNodeId: id }),
    revealLocation: (file, line, col) => set({ activeFile: file, reveal: { file, line, col, seq: (get().reveal?.seq ?? 0) + 1 } }),
  }));
}
