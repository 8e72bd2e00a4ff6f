import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useStore } from 'zustand';
import {
  Group,
  Panel,
  Separator,
  type Layout,
  type LayoutChangedMeta,
  type PanelImperativeHandle,
} from 'react-resizable-panels';
import { useLayoutStore } from '../../state/useLayout';
import type { PanelGroupId, PanelId } from '../../state/layoutStore';

/** Smallest size in pixels a shown panel can have. */
const MIN: Record<PanelId, number> = {
  palette: 150,
  side: 280,
  inspector: 80,
  yaml: 80,
  bottom: 120,
};
const DEFAULT: Record<PanelId, string> = {
  palette: '230px',
  side: '36%',
  // The YAML panel holds the file list, tabs and editor: it gets the larger share.
  inspector: '34%',
  yaml: '66%',
  bottom: '30%',
};

/**
 * The window's resizable panels: palette | canvas | (inspector over YAML), and the bottom panel
 * under them. react-resizable-panels does the resizing (pointer and keyboard, ARIA window-splitter
 * separators); the layout store remembers sizes and hidden panels for this browser.
 */
export function Workspace({
  palette,
  canvas,
  inspector,
  yaml,
  bottom,
  wideLeft,
}: {
  palette: ReactNode;
  canvas: ReactNode;
  inspector: ReactNode;
  yaml: ReactNode;
  bottom: ReactNode;
  /** A lesson shares the left column: it is wider by default and remembers its own width. */
  wideLeft: boolean;
}) {
  const layout = useLayoutStore();
  const columns: PanelGroupId = wideLeft ? 'columns-lesson' : 'columns';
  const paletteRef = useRef<PanelImperativeHandle | null>(null);
  const sideRef = useRef<PanelImperativeHandle | null>(null);
  const inspectorRef = useRef<PanelImperativeHandle | null>(null);
  const yamlRef = useRef<PanelImperativeHandle | null>(null);
  const bottomRef = useRef<PanelImperativeHandle | null>(null);
  /** The panel handles, for effects and handlers only (never read while rendering). */
  const handles = (): Record<PanelId, PanelImperativeHandle | null> => ({
    palette: paletteRef.current,
    side: sideRef.current,
    inspector: inspectorRef.current,
    yaml: yamlRef.current,
    bottom: bottomRef.current,
  });
  const collapsed = useStore(layout, (s) => s.collapsed);
  // The store says what is hidden; the panels follow (a toggle, or a remembered layout).
  // The size each panel had when it was last hidden, to show it again at that size.
  const shownSize = useRef<Partial<Record<PanelId, number>>>({});
  useEffect(() => {
    const panels = handles();
    for (const id of Object.keys(panels) as PanelId[]) {
      const panel = panels[id];
      if (!panel) continue;
      if (collapsed[id] && !panel.isCollapsed()) {
        shownSize.current[id] = panel.getSize().inPixels;
        panel.collapse();
      } else if (!collapsed[id] && panel.isCollapsed()) {
        panel.expand();
        // Hidden since the last reload, it has no size of its own to return to: its default then.
        const was = shownSize.current[id];
        panel.resize(was !== undefined && was > MIN[id] ? `${was}px` : DEFAULT[id]);
      }
    }
  });
  /** A hidden panel's content is out of sight, out of the tab order and of the accessibility tree. */
  const hide = (id: PanelId) => (collapsed[id] ? { visibility: 'hidden' as const } : undefined);
  const saved = (group: PanelGroupId) => layout.getState().groups[group];
  /**
   * Remembers a group's sizes; after the user's own resize, a panel dragged shut (or open) counts
   * as hidden (shown), the same as its toggle.
   */
  const save = (group: PanelGroupId, panels: PanelId[]) => (l: Layout, meta: LayoutChangedMeta) => {
    const state = layout.getState();
    state.saveGroup(group, meta.requestedLayout ?? l);
    if (!meta.isUserInteraction) return;
    const all = handles();
    for (const id of panels) {
      const panel = all[id];
      if (panel) state.setCollapsed(id, panel.isCollapsed());
    }
  };
  /** Enter on a separator hides or shows the panel it names (the toggle does the same). */
  const enterToggles = (id: PanelId) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    // Before the library's own Enter (which only knows the panel before the separator).
    e.preventDefault();
    layout.getState().toggle(id);
  };
  const separator = (id: PanelId, label: string, vertical: boolean) => (
    <Separator
      className={`panel-separator${vertical ? ' is-horizontal-line' : ''}`}
      aria-label={label}
      title={`${label}: drag, or arrow keys; Enter hides or shows`}
      onKeyDownCapture={enterToggles(id)}
    />
  );
  return (
    <Group
      orientation="vertical"
      id="layout-rows"
      className="workspace"
      defaultLayout={saved('rows')}
      onLayoutChanged={save('rows', ['bottom'])}
    >
      <Panel id="pane-main" minSize={160}>
        <Group
          key={columns}
          id={`layout-${columns}`}
          className="app-main"
          defaultLayout={saved(columns)}
          onLayoutChanged={save(columns, ['palette', 'side'])}
        >
          <Panel
            id="pane-palette"
            className="left-column"
            panelRef={paletteRef}
            style={hide('palette')}
            collapsible
            minSize={MIN.palette}
            defaultSize={wideLeft ? 320 : 230}
            groupResizeBehavior="preserve-pixel-size"
          >
            {palette}
          </Panel>
          {separator('palette', 'Resize the palette', false)}
          <Panel id="pane-canvas" className="canvas-area" minSize={200}>
            {canvas}
          </Panel>
          {separator('side', 'Resize the inspector and YAML column', false)}
          <Panel
            id="pane-side"
            panelRef={sideRef}
            collapsible
            minSize={MIN.side}
            defaultSize={DEFAULT.side}
          >
            <Group
              orientation="vertical"
              id="layout-side"
              className="side-panel"
              defaultLayout={saved('side')}
              onLayoutChanged={save('side', ['inspector', 'yaml'])}
            >
              <Panel
                id="pane-inspector"
                className="inspector-slot"
                panelRef={inspectorRef}
                style={hide('inspector')}
                collapsible
                minSize={MIN.inspector}
                defaultSize={DEFAULT.inspector}
              >
                {inspector}
              </Panel>
              {separator('inspector', 'Resize the inspector', true)}
              <Panel
                id="pane-yaml"
                className="yaml-slot"
                panelRef={yamlRef}
                style={hide('yaml')}
                collapsible
                minSize={MIN.yaml}
              >
                {yaml}
              </Panel>
            </Group>
          </Panel>
        </Group>
      </Panel>
      {separator('bottom', 'Resize the bottom panel', true)}
      <Panel
        id="pane-bottom"
        className="bottom-slot"
        panelRef={bottomRef}
        style={hide('bottom')}
        collapsible
        minSize={MIN.bottom}
        defaultSize={DEFAULT.bottom}
      >
        {bottom}
      </Panel>
    </Group>
  );
}
