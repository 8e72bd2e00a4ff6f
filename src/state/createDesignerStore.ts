import { createStore, type StoreApi } from 'zustand/vanilla';
import { temporal, type TemporalState } from 'zundo';
import type { DesignFile } from '../domain/design/design';
import type { Scenario } from '../domain/scenario/scenario';
import {
  analyzeDesign,
  designChars,
  SYNC_ANALYSIS_CHARS,
  type DesignAnalysis,
} from '../worker/designAnalysis';
import {
  AnalysisCancelled,
  createAnalysisClient,
  type AnalysisClient,
} from '../worker/analysisClient';
import { ALLOWED_READ_ONLY, HISTORY, type DesignAction, type HistoryPolicy } from './designActions';
import { reduceDesign } from './reduceDesign';
import { resolveNewResourceFile, withNewResourceFile, type AddTarget } from './newResourceTarget';
import type {
  DesignDocument,
  DesignMeta,
  RevealRequest,
  SavedEvent,
  Selection,
  XY,
} from './designTypes';

export type { DesignMeta, RevealRequest, SavedEvent, XY } from './designTypes';

export interface DesignerState extends DesignDocument {
  design: DesignMeta | null;
  /** A design opened from a share link: looked at first, edited only as a copy (never saved over anything). */
  readOnly: boolean;
  /** The newest files whose YAML all parses; the canvas shows these while the text is broken. */
  lastGood: DesignFile[];
  /** What the Problems list and editor markers show: the analysis of `files` (the previous one while a big design is read). */
  analysis: DesignAnalysis;
  /** What the canvas, inspector and simulator use: the analysis of `lastGood`. */
  goodAnalysis: DesignAnalysis;
  /** A big design being read in the worker: how far it got. Null when nothing is being read. */
  reading: { done: number; total: number } | null;
  /** The user stopped reading a big design: its text is open, its canvas and problems are not current. */
  readingStopped: boolean;
  /** Stops reading a big design (the text stays open and editable). */
  stopReading: () => void;
  /** Reads the design again (after it was stopped). */
  reanalyze: () => void;
  activeFile: string;
  selection: Selection;
  /** The primary selected node (`selection.primary`), kept beside it for the many readers of one node. */
  selectedNodeId: string | null;
  reveal: RevealRequest | null;
  /** A short message for the user (a refused connection, an invalid name), with a counter to re-show it. */
  notice: { text: string; seq: number } | null;
  /**
   * The one way the design changes: checks read-only once, applies the action, keeps derived state
   * (the last design that parses) in step, and enters history as the action's policy says (or as
   * `history` overrides). A refused action shows its reason and returns false.
   */
  dispatch: (action: DesignAction, history?: HistoryPolicy) => boolean;
  /** Replaces the selection (one node, several, or none); never part of history. */
  select: (ids: string | readonly string[] | null, primary?: string | null) => void;
  /** Adds a node to the selection, or takes it out (Ctrl/Cmd+click). */
  toggleSelected: (id: string) => void;
  /** The single-node form of `select`, for the many places that pick one node. */
  selectNode: (id: string | null) => void;
  /** Shows a file in the YAML panel (and opens a tab for it). */
  setActiveFile: (path: string) => void;
  /** The files with a tab in the YAML panel, in the order they were opened. */
  openFiles: readonly string[];
  /** Closes a file's tab (the file stays in the design). */
  closeFile: (path: string) => void;
  /** Where new resources (palette, quick-fix, paste) are written; see `AddTarget`. */
  addTarget: AddTarget;
  setAddTarget: (target: AddTarget) => void;
  revealLocation: (file: string, line: number, col: number) => void;
  /** Replaces the whole design (opening a design, recovery); clears history. */
  loadDesign: (doc: Pick<DesignDocument, 'files' | 'positions'> & Partial<DesignDocument>) => void;
  showNotice: (text: string) => void;
}

export type DesignerStore = StoreApi<DesignerState> & {
  temporal: StoreApi<TemporalState<DesignDocument>>;
};

const READ_ONLY = 'This shared design is read-only: choose "Edit a copy" to change it.';
const NOTHING: Selection = { ids: [], primary: null };
const EMPTY: DesignAnalysis = {
  graph: { nodes: [], edges: [] },
  diagnostics: [],
  ranges: new Map(),
  manifests: [],
  parses: true,
};

export interface DesignerStoreOptions {
  /** Where big designs are read (a Web Worker in the app; tests pass their own). */
  analysisClient?: AnalysisClient;
}

function selectionOf(ids: readonly string[], primary: string | null): Selection {
  const unique = [...new Set(ids)];
  const main = primary !== null && unique.includes(primary) ? primary : (unique.at(-1) ?? null);
  return { ids: unique, primary: main };
}

/** Builds a fresh store; tests make one per test, the app one per open design. */
export function createDesignerStore(
  files: DesignFile[],
  positions: Record<string, XY> = {},
  design: DesignMeta | null = null,
  scenarios: Scenario[] = [],
  readOnly = false,
  savedEvents: SavedEvent[] = [],
  options: DesignerStoreOptions = {},
): DesignerStore {
  const client = options.analysisClient ?? sharedAnalysisClient();
  let running: { files: DesignFile[]; cancel: () => void } | null = null;
  /** Outside history: derived state and progress are never undo steps. */
  const setDerived = (patch: Partial<DesignerState>) => {
    store.temporal.getState().pause();
    store.setState(patch);
    store.temporal.getState().resume();
  };
  // The canvas shows a version that parses; until there is one, the first version read.
  const analysed = (files: DesignFile[], a: DesignAnalysis): Partial<DesignerState> => ({
    analysis: a,
    ...(a.parses || store.getState().goodAnalysis === EMPTY
      ? { goodAnalysis: a, lastGood: files }
      : {}),
    reading: null,
    readingStopped: false,
  });
  /**
   * Keeps the analyses in step with the files: at once for a design of ordinary size (the patch
   * goes into the same update as the files), in the worker (with progress) for a big one, where
   * the page keeps showing the previous analysis until the new one arrives.
   */
  const derive = (files: DesignFile[]): Partial<DesignerState> => {
    running?.cancel();
    running = null;
    if (designChars(files) <= SYNC_ANALYSIS_CHARS) return analysed(files, analyzeDesign(files));
    const run = client.analyze(files, (done, total) => setDerived({ reading: { done, total } }));
    running = { files, cancel: run.cancel };
    run.result.then(
      (a) => {
        if (running?.files !== files) return;
        running = null;
        if (store.getState().files === files) setDerived(analysed(files, a));
      },
      (e: unknown) => {
        if (running?.files === files) running = null;
        if (e instanceof AnalysisCancelled) return;
        setDerived({ reading: null, readingStopped: true });
        store
          .getState()
          .showNotice(
            `The design could not be read: ${e instanceof Error ? e.message : String(e)}`,
          );
      },
    );
    return { reading: { done: 0, total: files.length }, readingStopped: false };
  };
  const refresh = (files: DesignFile[]) => {
    if (running?.files !== files) setDerived(derive(files));
  };
  const store: DesignerStore = createStore<DesignerState>()(
    temporal(
      (set, get) => {
        // Selecting a node shows its file in the YAML panel; a file chosen by hand afterwards stays.
        const setSelection = (selection: Selection) => {
          const s = get();
          const file =
            selection.primary && selection.primary !== s.selection.primary
              ? s.goodAnalysis.ranges.get(selection.primary)?.file
              : undefined;
          set({
            selection,
            selectedNodeId: selection.primary,
            ...(file && file !== s.activeFile
              ? { activeFile: file, openFiles: openTabs(s.openFiles, s.files, file) }
              : {}),
          });
        };
        return {
          files,
          positions,
          scenarios,
          savedEvents,
          design,
          readOnly,
          lastGood: files,
          analysis: EMPTY,
          goodAnalysis: EMPTY,
          reading: null,
          readingStopped: false,
          stopReading: () => {
            running?.cancel();
            running = null;
            setDerived({ reading: null, readingStopped: true });
          },
          reanalyze: () => refresh(get().files),
          activeFile: files[0]?.path ?? '',
          openFiles: files[0] ? [files[0].path] : [],
          addTarget: 'auto',
          selection: NOTHING,
          selectedNodeId: null,
          reveal: null,
          notice: null,
          dispatch: (requested, history) => {
            const s = get();
            const selectedFile = s.selectedNodeId
              ? (s.goodAnalysis.ranges.get(s.selectedNodeId)?.file ?? null)
              : null;
            const action = withNewResourceFile(
              requested,
              resolveNewResourceFile(s.addTarget, s.files, selectedFile),
            );
            if (s.readOnly && !ALLOWED_READ_ONLY.has(action.type)) {
              s.showNotice(READ_ONLY);
              return false;
            }
            const policy = history ?? HISTORY[action.type];
            const apply = (patch: Partial<DesignerState>) => {
              if (policy === 'record') set(patch);
              else {
                store.temporal.getState().pause();
                set(patch);
                store.temporal.getState().resume();
              }
            };
            if (action.type === 'setDesignMeta') {
              if (s.design) apply({ design: { ...s.design, ...action.patch } });
              return true;
            }
            const r = reduceDesign(s, action);
            if (!r.ok) {
              s.showNotice(r.reason);
              return false;
            }
            const { doc } = r;
            const patch: Partial<DesignerState> = {
              files: doc.files,
              positions: doc.positions,
              scenarios: doc.scenarios,
              savedEvents: doc.savedEvents,
              ...(doc.files !== s.files ? derive(doc.files) : {}),
            };
            // A file that went away (a replaced design) is no longer the one shown.
            if (doc.files !== s.files && !doc.files.some((f) => f.path === s.activeFile))
              patch.activeFile = doc.files[0]?.path ?? '';
            // A renamed file keeps its tab; a new resource's file is shown.
            if (action.type === 'renameFile' || action.type === 'moveFile') {
              if (s.activeFile === action.path && r.show) patch.activeFile = r.show;
              patch.openFiles = s.openFiles.map((p) => (p === action.path && r.show ? r.show : p));
            } else if (r.show) patch.activeFile = r.show;
            if (patch.activeFile !== undefined || doc.files !== s.files)
              patch.openFiles = openTabs(
                patch.openFiles ?? s.openFiles,
                doc.files,
                patch.activeFile ?? s.activeFile,
              );
            if (r.select) {
              patch.selection = selectionOf([r.select], r.select);
              patch.selectedNodeId = r.select;
            } else if (action.type === 'replaceDesign' || action.type === 'deleteNodes') {
              patch.selection = NOTHING;
              patch.selectedNodeId = null;
            }
            apply(patch);
            return true;
          },
          select: (ids, primary = null) => {
            const list = ids === null ? [] : typeof ids === 'string' ? [ids] : ids;
            setSelection(selectionOf(list, primary ?? (typeof ids === 'string' ? ids : null)));
          },
          toggleSelected: (id) => {
            const { ids } = get().selection;
            setSelection(
              ids.includes(id)
                ? selectionOf(
                    ids.filter((x) => x !== id),
                    get().selection.primary === id ? null : get().selection.primary,
                  )
                : selectionOf([...ids, id], id),
            );
          },
          selectNode: (id) => setSelection(id === null ? NOTHING : selectionOf([id], id)),
          setActiveFile: (path) =>
            set({ activeFile: path, openFiles: openTabs(get().openFiles, get().files, path) }),
          closeFile: (path) => {
            const { openFiles, activeFile, files } = get();
            const i = openFiles.indexOf(path);
            if (i < 0) return;
            const rest = openFiles.filter((p) => p !== path);
            // Closing the shown tab shows its neighbour (the tab list is never empty while files exist).
            const next =
              activeFile === path
                ? (rest[Math.min(i, rest.length - 1)] ?? files[0]?.path ?? '')
                : activeFile;
            set({ activeFile: next, openFiles: openTabs(rest, files, next) });
          },
          setAddTarget: (addTarget) => set({ addTarget }),
          revealLocation: (file, line, col) =>
            set({
              activeFile: file,
              openFiles: openTabs(get().openFiles, get().files, file),
              reveal: { file, line, col, seq: (get().reveal?.seq ?? 0) + 1 },
            }),
          loadDesign: (doc) => {
            set({
              files: doc.files,
              positions: doc.positions,
              scenarios: doc.scenarios ?? get().scenarios,
              savedEvents: doc.savedEvents ?? get().savedEvents,
              activeFile: doc.files[0]?.path ?? '',
              openFiles: doc.files[0] ? [doc.files[0].path] : [],
              selection: NOTHING,
              selectedNodeId: null,
              ...derive(doc.files),
            });
            store.temporal.getState().clear();
          },
          showNotice: (text) => set({ notice: { text, seq: (get().notice?.seq ?? 0) + 1 } }),
        };
      },
      {
        limit: 100,
        partialize: (s): DesignDocument => ({
          files: s.files,
          positions: s.positions,
          scenarios: s.scenarios,
          savedEvents: s.savedEvents,
        }),
        // Selection, notices and reveal requests change state but are not history.
        equality: (a, b) =>
          a.files === b.files &&
          a.positions === b.positions &&
          a.scenarios === b.scenarios &&
          a.savedEvents === b.savedEvents,
      },
    ),
  );
  refresh(files);
  return store;
}

/** The open tabs that still name a file, with the shown file among them. */
function openTabs(open: readonly string[], files: readonly DesignFile[], shown: string): string[] {
  const exists = new Set(files.map((f) => f.path));
  const tabs = open.filter((p) => exists.has(p));
  if (exists.has(shown) && !tabs.includes(shown)) tabs.push(shown);
  return tabs;
}

let shared: AnalysisClient | null = null;
function sharedAnalysisClient(): AnalysisClient {
  shared ??= createAnalysisClient();
  return shared;
}

/** Undo and redo, keeping the analyses and the shown file consistent with the restored text. */
export function undo(store: DesignerStore): void {
  const before = store.getState().files;
  store.temporal.getState().undo();
  afterTimeTravel(store, before);
}

export function redo(store: DesignerStore): void {
  const before = store.getState().files;
  store.temporal.getState().redo();
  afterTimeTravel(store, before);
}

function afterTimeTravel(store: DesignerStore, before: readonly DesignFile[]): void {
  const { files, activeFile, openFiles, reanalyze } = store.getState();
  if (!files.some((f) => f.path === activeFile)) {
    // Undoing a rename shows the file under its old name: the one path that came back.
    const old = new Set(before.map((f) => f.path));
    const back = files.filter((f) => !old.has(f.path));
    const shown = back.length === 1 ? back[0]!.path : (files[0]?.path ?? '');
    const tabs = openFiles.map((p) => (p === activeFile && back.length === 1 ? shown : p));
    store.temporal.getState().pause();
    store.setState({ activeFile: shown, openFiles: openTabs(tabs, files, shown) });
    store.temporal.getState().resume();
  } else if (openFiles.some((p) => !files.some((f) => f.path === p))) {
    store.temporal.getState().pause();
    store.setState({ openFiles: openTabs(openFiles, files, activeFile) });
    store.temporal.getState().resume();
  }
  reanalyze();
}
