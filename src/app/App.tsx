import { useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { createDesignerStore } from '../state/createDesignerStore';
import { DesignerStoreContext } from '../state/useDesignerStore';
import { findExample, SEED_EXAMPLE_ID } from '../examples';
import { FlowCanvas } from '../ui/canvas/FlowCanvas';
import { YamlPanel } from '../ui/yaml/YamlPanel';
import { BottomPanel } from '../ui/BottomPanel';

function initialFiles() {
  const requested = new URLSearchParams(window.location.search).get('example');
  return (findExample(requested ?? SEED_EXAMPLE_ID) ?? findExample(SEED_EXAMPLE_ID))?.files ?? [];
}

/** The application shell: header, canvas, YAML panel and problems list. */
export function App() {
  const [store] = useState(() => createDesignerStore(initialFiles()));
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
          </header>
          <main className="app-main">
            <FlowCanvas />
            <YamlPanel />
          </main>
          <BottomPanel />
        </div>
      </ReactFlowProvider>
    </DesignerStoreContext.Provider>
  );
}
