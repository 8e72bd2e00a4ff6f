import { useCallback, useEffect, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { createDesignerStore, type DesignerStore } from '../state/createDesignerStore';
import { DesignerStoreContext } from '../state/useDesignerStore';
import { loadSavedDesign } from '../state/persistence';
import { findExample, SEED_EXAMPLE_ID } from '../examples';
import { FlowCanvas } from '../ui/canvas/FlowCanvas';
import { YamlPanel } from '../ui/yaml/YamlPanel';
import { BottomPanel } from '../ui/BottomPanel';
import { Palette } from '../ui/palette/Palette';
import { Inspector } from '../ui/inspector/Inspector';
import { Notice } from '../ui/common/Notice';
import { CommandPalette } from '../ui/common/CommandPalette';
import { findCommand } from './commands';
import { useDesignerShortcuts } from './useDesignerShortcuts';
import { useAutosave } from './useAutosave';
import { installTestHooks } from './testHooks';
import { useClipboard } from './useClipboard';

/**
 * Which design to open: `?example=<id>` or `?new` when asked for, else the autosaved design, else
 * the hands-on example.
 */
async function initialStore(): Promise<DesignerStore> {
  const params = new URLSearchParams(window.location.search);
  if (params.has('new')) return createDesignerStore([{ path: 'design.yaml', text: '' }]);
  const requested = params.get('example');
  if (!requested) {
    const saved = await loadSavedDesign();
    if (saved && saved.files.length) return createDesignerStore(saved.files, saved.positions);
  }
  return createDesignerStore((findExample(requested ?? SEED_EXAMPLE_ID) ?? findExample(SEED_EXAMPLE_ID))?.files ?? []);
}

/** The application shell: palette, canvas, inspector and YAML, problems and simulator. */
export function App() {
  const [store, setStore] = useState<DesignerStore | null>(null);
  useEffect(() => {
    void initialStore().then(setStore);
  }, []);
  if (!store) return <div className="app-loading">Loading…</div>;
  return <Designer store={store} />;
}

function Designer({ store }: { store: DesignerStore }) {
  const [paletteOpen, setPaletteOpen] = useState(false);
  const openPalette = useCallback(() => setPaletteOpen(true), []);
  useDesignerShortcuts(store, openPalette);
  useAutosave(store);
  useClipboard(store);
  useEffect(() => installTestHooks(store), [store]);
  return (
    <DesignerStoreContext.Provider value={store}>
      <ReactFlowProvider>
        <div className="app">
          <header className="app-header">
            <svg className="app-logo" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
              <path d="M3 12h5l3-7 3 14 3-7h4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <h1>Eventflow Studio</h1>
            <span className="app-design-name">{store.getState().files[0]?.path ?? 'untitled'}</span>
            <div className="toolbar" role="toolbar" aria-label="Designer">
              <button type="button" onClick={() => void findCommand('designer:undo')?.run(store)} title="Ctrl+Z">
                Undo
              </button>
              <button type="button" onClick={() => void findCommand('designer:redo')?.run(store)} title="Ctrl+Shift+Z">
                Redo
              </button>
              <button type="button" onClick={() => void findCommand('designer:auto-layout')?.run(store)} title="Ctrl+Shift+L">
                Auto-layout
              </button>
              <button type="button" onClick={openPalette} title="Ctrl+K">
                Commands
              </button>
            </div>
          </header>
          <main className="app-main">
            <Palette />
            <FlowCanvas />
            <div className="side-panel">
              <Inspector />
              <YamlPanel />
            </div>
          </main>
          <BottomPanel />
          <Notice />
          <CommandPalette store={store} open={paletteOpen} onClose={() => setPaletteOpen(false)} />
        </div>
      </ReactFlowProvider>
    </DesignerStoreContext.Provider>
  );
}
