import { createStore, type StoreApi } from 'zustand/vanilla';
import { temporal, type TemporalState } from 'zundo';
import type { DesignFile } from '../domain/design/design';
import type { Scenario } from '../engine/scenario/scenario';
import { parseDesignCached } from './parseCache';
import { ALLOWED_READ_ONLY, HISTORY, type DesignAction, type HistoryPolicy } from './designActions';
import { reduceDesign } from './reduceDesign';
import type {
  DesignDocument,
  DesignMeta,
  RevealRequest,
  SavedEvent,
  Selection,
  XY,
} from './designTypes';

export type {
  DesignDocument,
  DesignMeta,
  RevealRequest,
  SavedEvent,
  Selection,
  XY,
} from './designTypes';

export interface DesignerState extends DesignDocument {
  design: DesignMeta | null;
  /** A design opened from a share link: looked at first, edited only as a copy (never saved over anything). */
  readOnly: boolean;
  /** The newest files whose YAML all parses; the canvas shows these while the text is broken. */
  lastGood: DesignFile[];
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
  setActiveFile: (path: string) => void;
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

function parses(files: DesignFile[]): boolean {
  return parseDesignCached(files).every(
    (f) =>
      f.parsed.problems.length === 0 && f.parsed.documents.every((d) => d.problems.length === 0),
  );
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
): DesignerStore {
  const store = createStore<DesignerState>()(
    temporal(
      (set, get) => {
        const setSelection = (selection: Selection) =>
          set({ selection, selectedNodeId: selection.primary });
        return {
          files,
          positions,
          scenarios,
          savedEvents,
          design,
          readOnly,
          lastGood: files,
          activeFile: files[0]?.path ?? '',
          selection: NOTHING,
          selectedNodeId: null,
          reveal: null,
          notice: null,
          dispatch: (action, history) => {
            const s = get();
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
            };
            if (doc.files !== s.files) {
              patch.lastGood = parses(doc.files) ? doc.files : s.lastGood;
              // A file that went away (a replaced design) is no longer the one shown.
              if (!doc.files.some((f) => f.path === s.activeFile))
                patch.activeFile = doc.files[0]?.path ?? '';
            }
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
          setActiveFile: (path) => set({ activeFile: path }),
          revealLocation: (file, line, col) =>
            set({
              activeFile: file,
              reveal: { file, line, col, seq: (get().reveal?.seq ?? 0) + 1 },
            }),
          loadDesign: (doc) => {
            set({
              files: doc.files,
              positions: doc.positions,
              scenarios: doc.scenarios ?? get().scenarios,
              savedEvents: doc.savedEvents ?? get().savedEvents,
              lastGood: parses(doc.files) ? doc.files : get().lastGood,
              activeFile: doc.files[0]?.path ?? '',
              selection: NOTHING,
              selectedNodeId: null,
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
  const { files, lastGood, activeFile } = store.getState();
  const patch: Partial<DesignerState> = {};
  if (files !== lastGood && parses(files)) patch.lastGood = files;
  if (!files.some((f) => f.path === activeFile)) patch.activeFile = files[0]?.path ?? '';
  if (Object.keys(patch).length === 0) return;
  store.temporal.getState().pause();
  store.setState(patch);
  store.temporal.getState().resume();
}
