import { nullRecord } from '../lib/nullRecord';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { isJsonObject } from '../domain/manifest/jsonValue';

type BottomTab = 'problems' | 'simulator';

/** The panels a user can hide and show; `side` is the column that holds the inspector and YAML. */
export type PanelId = 'palette' | 'side' | 'inspector' | 'yaml' | 'bottom';

/** The resizable groups of the window: columns of the main area, the side column, main over bottom. */
export type PanelGroupId = 'columns' | 'columns-lesson' | 'side' | 'rows';

/** One group's sizes: panel id → percentage of the group (as the resizing library reports it). */
type GroupLayout = Record<string, number>;

const PANELS: readonly PanelId[] = ['palette', 'side', 'inspector', 'yaml', 'bottom'];
const GROUPS: readonly PanelGroupId[] = ['columns', 'columns-lesson', 'side', 'rows'];

/** How the window is laid out. Kept per browser, never per design. */
export interface LayoutState {
  bottomTab: BottomTab;
  showBottomTab: (tab: BottomTab) => void;
  /** Panels the user hid (by a toggle, Enter on a separator, or dragging one shut). */
  collapsed: Record<PanelId, boolean>;
  /** Sizes the user gave each group by dragging or with the keyboard. */
  groups: Partial<Record<PanelGroupId, GroupLayout>>;
  /** What the separators report after a resize; a panel dragged to nothing counts as hidden. */
  setCollapsed: (panel: PanelId, collapsed: boolean) => void;
  saveGroup: (group: PanelGroupId, layout: GroupLayout) => void;
  /** Hides a shown panel or shows a hidden one (see {@link togglePanel}). */
  toggle: (panel: PanelId) => void;
}

export type LayoutStore = StoreApi<LayoutState>;

export type LayoutStorage = Pick<Storage, 'getItem' | 'setItem'>;

const KEY = 'eventflow:layout';

type Saved = Pick<LayoutState, 'bottomTab' | 'collapsed' | 'groups'>;

const NONE_COLLAPSED: Record<PanelId, boolean> = {
  palette: false,
  side: false,
  inspector: false,
  yaml: false,
  bottom: false,
};

/** Whether a panel is on screen: the inspector and YAML also need their column shown. */
export function isShown(collapsed: Record<PanelId, boolean>, panel: PanelId): boolean {
  if (panel === 'inspector' || panel === 'yaml') return !collapsed.side && !collapsed[panel];
  return !collapsed[panel];
}

/**
 * The collapsed set after the user toggles `panel`. The inspector and YAML share a column: hiding the
 * last one shown hides the column instead (a column of two hidden panels would be an empty strip),
 * and showing either shows the column.
 */
export function togglePanel(
  collapsed: Record<PanelId, boolean>,
  panel: PanelId,
): Record<PanelId, boolean> {
  if (panel !== 'inspector' && panel !== 'yaml')
    return { ...collapsed, [panel]: !collapsed[panel] };
  const other = panel === 'inspector' ? 'yaml' : 'inspector';
  if (isShown(collapsed, panel)) {
    return isShown(collapsed, other)
      ? { ...collapsed, [panel]: true }
      : { ...collapsed, side: true };
  }
  // Shown again: if the column was hidden, only this panel comes back with it.
  return collapsed.side
    ? { ...collapsed, side: false, [panel]: false, [other]: !isShown(collapsed, other) }
    : { ...collapsed, [panel]: false };
}

function readLayout(v: unknown): GroupLayout | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const out: GroupLayout = nullRecord();
  for (const [k, n] of Object.entries(v)) {
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 100) return null;
    out[k] = n;
  }
  return out;
}

/** What this browser remembered; anything damaged or from another version is dropped, not trusted. */
export function readSaved(storage: LayoutStorage | null): Partial<Saved> {
  let v: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
    if (!isJsonObject(parsed)) return {};
    v = parsed;
  } catch {
    return {};
  }
  const out: Partial<Saved> = {};
  if (v.bottomTab === 'problems' || v.bottomTab === 'simulator') out.bottomTab = v.bottomTab;
  if (typeof v.collapsed === 'object' && v.collapsed !== null) {
    const c = v.collapsed as Record<string, unknown>;
    out.collapsed = { ...NONE_COLLAPSED };
    for (const p of PANELS) out.collapsed[p] = c[p] === true;
    // Never both halves of the side column: that would be an empty strip.
    if (out.collapsed.inspector && out.collapsed.yaml) out.collapsed.yaml = false;
  }
  if (typeof v.groups === 'object' && v.groups !== null) {
    const g = v.groups as Record<string, unknown>;
    out.groups = {};
    for (const id of GROUPS) {
      const layout = Object.hasOwn(g, id) ? readLayout(g[id]) : null;
      if (layout) out.groups[id] = layout;
    }
  }
  return out;
}

/** The layout of this browser's window; what the user arranged is remembered in `storage`. */
export function createLayoutStore(storage: LayoutStorage | null = null): LayoutStore {
  const store = createStore<LayoutState>()((set) => ({
    bottomTab: 'problems',
    collapsed: { ...NONE_COLLAPSED },
    groups: {},
    ...readSaved(storage),
    showBottomTab: (bottomTab) => set({ bottomTab }),
    setCollapsed: (panel, value) =>
      set((s) =>
        s.collapsed[panel] === value ? s : { collapsed: { ...s.collapsed, [panel]: value } },
      ),
    saveGroup: (group, layout) => set((s) => ({ groups: { ...s.groups, [group]: { ...layout } } })),
    toggle: (panel) => set((s) => ({ collapsed: togglePanel(s.collapsed, panel) })),
  }));
  store.subscribe((s) => {
    try {
      const saved: Saved = { bottomTab: s.bottomTab, collapsed: s.collapsed, groups: s.groups };
      storage?.setItem(KEY, JSON.stringify(saved));
    } catch {
      // A layout that is not remembered is no loss of work.
    }
  });
  return store;
}
