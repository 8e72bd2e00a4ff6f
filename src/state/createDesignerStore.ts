import { createStore, type StoreApi } from 'zustand/vanilla';
import { temporal, type TemporalState } from 'zundo';
import type { DesignFile } from '../domain/design/design';
import type { EditResult } from '../domain/edit/designEdits';
import { parseDesignCached } from './parseCache';
import type { Scenario } from '../engine/scenario/scenario';

/** A request to show a place in the YAML panel (from the problems list or the canvas). */
export interface RevealRequest {
  file: string;
  line: number;
  col: number;
  /** Increments so the same location can be revealed twice. */
  seq: number;
}

export interface XY {
  x: number;
  y: number;
}

/** What undo/redo restores: the design's text and where the user put its nodes. */
export interface DesignDocument {
  files: DesignFile[];
  positions: Record<string, XY>;
}

/** A named test payload kept with the design, for the simulator to send again. */
export interface SavedEvent {
  name: string;
  /** `SOURCE/EVENT`. */
  event: string;
  body: string;
  headers: string;
  method?: string;
}

/** Which saved design this is (null for a design not kept in the browser, e.g. a shared link). */
export interface DesignMeta {
  id: string;
  name: string;
  /** Revision of the saved record this content is based on. */
  revision: number;
  /** Text as last exported or opened from a file: closing with other text warns. */
  baseline: string;
  /** The lesson file this design is graded against (workshop mode). */
  lesson?: string;
}

export interface DesignerState extends DesignDocument {
  design: DesignMeta | null;
  /** A design opened from a share link: looked at first, edited only as a copy (never saved over anything). */
  readOnly: boolean;
  /** Replaces all files (an import): one undo step, so the previous design is one Ctrl+Z away. */
  replaceFiles: (files: DesignFile[]) => void;
  /** Test scenarios kept with the design (saved with it, exported beside the manifests). */
  scenarios: Scenario[];
  setScenarios: (scenarios: Scenario[]) => void;
  savedEvents: SavedEvent[];
  setSavedEvents: (events: SavedEvent[]) => void;
  setDesignMeta: (patch: Partial<DesignMeta>) => void;
  /** The newest files whose YAML all parses; the canvas shows these while the text is broken. */
  lastGood: DesignFile[];
  activeFile: string;
  selectedNodeId: string | null;
  reveal: RevealRequest | null;
  /** A short message for the user (a refused connection, an invalid name), with a counter to re-show it. */
  notice: { text: string; seq: number } | null;
  selectNode: (id: string | null) => void;
  revealLocation: (file: string, line: number, col: number) => void;
  /** Applies a domain edit as one undo step; a refused edit shows its reason instead. */
  applyEdit: (edit: (files: DesignFile[]) => EditResult) => boolean;
  /** Replaces a file's text (from the YAML editor): one undo step. */
  setFileText: (path: string, text: string) => void;
  /** Records where nodes were dropped after a drag: one undo step for the whole gesture. */
  moveNodes: (positions: Record<string, XY>) => void;
  /** Forgets where nodes were dragged, back to the automatic layout: one undo step. */
  resetPositions: () => void;
  /** Replaces the whole design (opening a design, recovery); clears history. */
  loadDesign: (doc: DesignDocument) => void;
  showNotice: (text: string) => void;
}

export type DesignerStore = StoreApi<DesignerState> & {
  temporal: StoreApi<TemporalState<DesignDocument>>;
};

const READ_ONLY = 'This shared design is read-only: choose "Edit a copy" to change it.';

function parses(files: DesignFile[]): boolean {
  return parseDesignCached(files).every(
    (f) =>
      f.parsed.problems.length === 0 && f.parsed.documents.every((d) => d.problems.length === 0),
  );
}

/** Builds a fresh store; tests make one per test, the app one per page. */
export function createDesignerStore(
  files: DesignFile[],
  positions: Record<string, XY> = {},
  design: DesignMeta | null = null,
  scenarios: Scenario[] = [],
  readOnly = false,
  savedEvents: SavedEvent[] = [],
): DesignerStore {
  const store = createStore<DesignerState>()(
    temporal(
      (set, get) => ({
        files,
        positions,
        design,
        readOnly,
        replaceFiles: (next) => {
          if (get().readOnly) return get().showNotice(READ_ONLY);
          set({
            files: next,
            lastGood: parses(next) ? next : get().lastGood,
            activeFile: next[0]?.path ?? '',
            selectedNodeId: null,
          });
        },
        savedEvents,
        setSavedEvents: (next) => {
          store.temporal.getState().pause();
          set({ savedEvents: next });
          store.temporal.getState().resume();
        },
        scenarios,
        setScenarios: (next) => {
          store.temporal.getState().pause();
          set({ scenarios: next });
          store.temporal.getState().resume();
        },
        setDesignMeta: (patch) => {
          const current = get().design;
          if (!current) return;
          // Not history: pause so a save's revision bump is not an undo step.
          store.temporal.getState().pause();
          set({ design: { ...current, ...patch } });
          store.temporal.getState().resume();
        },
        lastGood: files,
        activeFile: files[0]?.path ?? '',
        selectedNodeId: null,
        reveal: null,
        notice: null,
        selectNode: (id) => set({ selectedNodeId: id }),
        revealLocation: (file, line, col) =>
          set({ activeFile: file, reveal: { file, line, col, seq: (get().reveal?.seq ?? 0) + 1 } }),
        applyEdit: (edit) => {
          if (get().readOnly) {
            get().showNotice(READ_ONLY);
            return false;
          }
          const r = edit(get().files);
          if (!r.ok) {
            get().showNotice(r.reason);
            return false;
          }
          if (r.files === get().files) return true;
          set({
            files: r.files,
            lastGood: parses(r.files) ? r.files : get().lastGood,
            ...(r.select ? { selectedNodeId: r.select } : {}),
          });
          return true;
        },
        setFileText: (path, text) => {
          if (get().readOnly) return get().showNotice(READ_ONLY);
          const current = get().files;
          const next = current.some((f) => f.path === path)
            ? current.map((f) => (f.path === path ? { ...f, text } : f))
            : [...current, { path, text }];
          if (current.find((f) => f.path === path)?.text === text) return;
          set({ files: next, lastGood: parses(next) ? next : get().lastGood });
        },
        moveNodes: (moved) =>
          get().readOnly ? undefined : set({ positions: { ...get().positions, ...moved } }),
        resetPositions: () => set({ positions: {} }),
        loadDesign: (doc) => {
          set({
            files: doc.files,
            positions: doc.positions,
            lastGood: parses(doc.files) ? doc.files : get().lastGood,
            activeFile: doc.files[0]?.path ?? '',
            selectedNodeId: null,
          });
          store.temporal.getState().clear();
        },
        showNotice: (text) => set({ notice: { text, seq: (get().notice?.seq ?? 0) + 1 } }),
      }),
      {
        limit: 100,
        partialize: (s): DesignDocument => ({ files: s.files, positions: s.positions }),
        // Selection, notices and reveal requests change state but are not history.
        equality: (a, b) => a.files === b.files && a.positions === b.positions,
      },
    ),
  ) as DesignerStore;
  return store;
}

/** Undo and redo, keeping `lastGood` consistent with the restored text. */
export function undo(store: DesignerStore): void {
  store.temporal.getState().undo();
  refreshLastGood(store);
}

export function redo(store: DesignerStore): void {
  store.temporal.getState().redo();
  refreshLastGood(store);
}

function refreshLastGood(store: DesignerStore): void {
  const { files, lastGood } = store.getState();
  if (files !== lastGood && parses(files)) {
    store.temporal.getState().pause();
    store.setState({ lastGood: files });
    store.temporal.getState().resume();
  }
}
