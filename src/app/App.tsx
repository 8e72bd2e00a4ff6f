import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { ReactFlowProvider } from '@xyflow/react';
import type { DesignerStore } from '../state/createDesignerStore';
import { DesignerStoreContext } from '../state/useDesignerStore';
import { browserLibrary } from '../state/persistence';
import { storageProblem } from '../state/designLibrary';
import type { DesignLibrary } from '../state/designLibrary';
import { openDesign, openInitialDesign, unsavedStore } from '../state/session/openDesign';
import { remember } from '../state/session/rememberDesign';
import { useUnsavedWarning } from './useUnsavedWarning';
import { DesignsDialog } from '../ui/designs/DesignsDialog';
import { TemplatesDialog } from '../ui/templates/TemplatesDialog';
import { EmptyCanvasHint } from '../ui/templates/EmptyCanvasHint';
import { EXAMPLES } from '../examples/templates';
import { ImportDialog } from '../ui/importExport/ImportDialog';
import { ExportDialog } from '../ui/importExport/ExportDialog';
import { useImportShare } from './useImportShare';
import { createSimulationStore } from '../state/simulationStore';
import { SimulationControllerContext, SimulationStoreContext } from '../state/useSimulation';
import { createSimulationController } from '../state/simulationController';
import { simulationClient } from '../ui/simulator/simulation';
import { LayoutStoreContext } from '../state/useLayout';
import { createLayoutStore } from '../state/layoutStore';
import { FlowCanvas } from '../ui/canvas/FlowCanvas';
import { createCanvasStore } from '../ui/canvas/createCanvasStore';
import { ReadingStatus } from '../ui/canvas/ReadingStatus';
import { YamlPanel } from '../ui/yaml/YamlPanel';
import { BottomPanel } from '../ui/BottomPanel';
import { Palette } from '../ui/palette/Palette';
import { Inspector } from '../ui/inspector/Inspector';
import { Notice } from '../ui/common/Notice';
import { CommandPalette } from '../ui/common/CommandPalette';
import { findCommand } from '../ui/common/commands';
import { useDesignerShortcuts } from './useDesignerShortcuts';
import { useAutosave } from './useAutosave';
import { installTestHooks } from './testHooks';
import { useClipboard } from './useClipboard';
import { useWorkshop } from './useWorkshop';
import { LessonPanel } from '../ui/workshop/LessonPanel';
import { WorkshopDialog } from '../ui/workshop/WorkshopDialog';
import { QuizDialog } from '../ui/workshop/QuizDialog';
import { MakeLessonDialog } from '../ui/workshop/MakeLessonDialog';
import { GuidedTour } from '../ui/tour/GuidedTour';
import { MenuButton } from '../ui/common/MenuButton';
import { Workspace } from '../ui/layout/Workspace';
import { PanelToggles } from '../ui/layout/PanelToggles';

/** The application shell: palette, canvas, inspector and YAML, problems and simulator. */
export function App() {
  const library = useMemo(() => browserLibrary(), []);
  const [session, setSession] = useState<{
    store: DesignerStore;
    seq: number;
    sharedName?: string;
  } | null>(null);
  useEffect(() => {
    void openInitialDesign(library).then(
      ({ store, notice, sharedName }) => {
        setSession({ store, seq: 0, sharedName });
        if (notice) store.getState().showNotice(notice);
      },
      (e: Error) => {
        // Storage refused (full, blocked, private mode): the app still opens, on a design kept in memory.
        const store = unsavedStore();
        setSession({ store, seq: 0 });
        store
          .getState()
          .showNotice(
            `This browser would not store designs (${e.name === 'QuotaExceededError' ? 'storage is full' : e.message || 'storage unavailable'}). You can work, but nothing is saved here: export your design to keep it.`,
          );
      },
    );
  }, [library]);
  const switchTo = useCallback(
    (store: DesignerStore) => setSession((s) => ({ store, seq: (s?.seq ?? 0) + 1 })),
    [],
  );
  if (!session) return <div className="app-loading">Loading…</div>;
  return (
    <Designer
      key={session.seq}
      store={session.store}
      library={library}
      onSwitch={switchTo}
      sharedName={session.sharedName}
    />
  );
}

function Designer({
  store,
  library,
  onSwitch,
  sharedName,
}: {
  store: DesignerStore;
  library: DesignLibrary;
  onSwitch: (store: DesignerStore) => void;
  sharedName?: string;
}) {
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [designsOpen, setDesignsOpen] = useState(false);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const design = useStore(store, (s) => s.design);
  // One simulator session and canvas per open design (the Designer remounts for each).
  const [simulation] = useState(() => createSimulationStore());
  const [canvas] = useState(() => createCanvasStore(store));
  const [layout] = useState(() => createLayoutStore(safeLocalStorage()));
  const [controller] = useState(() =>
    createSimulationController(store, simulation, simulationClient),
  );
  useEffect(() => controller.watch(), [controller]);
  const readOnly = useStore(store, (s) => s.readOnly);
  /** Library calls from the UI: a storage failure becomes a notice, never an unhandled error. */
  const guard = useCallback(
    (work: Promise<unknown>) =>
      work.then(
        () => undefined,
        (e: unknown) => store.getState().showNotice(storageProblem(e)),
      ),
    [store],
  );
  const workshop = useWorkshop(store, library, onSwitch, guard);
  const listDesigns = useCallback(() => library.list(), [library]);
  const io = useImportShare(store, library, onSwitch, sharedName, workshop.openText);
  const openPalette = useCallback(() => setPaletteOpen(true), []);
  useDesignerShortcuts(store, openPalette);
  useAutosave(store, library);
  useUnsavedWarning(store);
  useClipboard(store);
  // Only builds for browser tests (`vite build --mode e2e`) have the test hook; the production
  // build leaves it out (the branch is removed at build time, and the module with it).
  useEffect(() => {
    if (import.meta.env.MODE === 'e2e') installTestHooks(store);
  }, [store]);
  return (
    <DesignerStoreContext.Provider value={store}>
      <LayoutStoreContext.Provider value={layout}>
        <SimulationStoreContext.Provider value={simulation}>
          <SimulationControllerContext.Provider value={controller}>
            <ReactFlowProvider>
              <div className="app">
                <header className="app-header">
                  <svg
                    className="app-logo"
                    viewBox="0 0 24 24"
                    width="22"
                    height="22"
                    aria-hidden="true"
                  >
                    <path
                      d="M3 12h5l3-7 3 14 3-7h4"
                      fill="none"
                      stroke="currentColor"
                      strokeWidth="2"
                      strokeLinecap="round"
                      strokeLinejoin="round"
                    />
                  </svg>
                  <h1>Eventflow Studio</h1>
                  <span className="app-design-name" data-testid="design.name">
                    {design?.name ?? (sharedName ? `Shared: ${sharedName}` : 'Unsaved design')}
                  </span>
                  <button
                    type="button"
                    className="designs-button"
                    aria-haspopup="dialog"
                    onClick={() => setDesignsOpen(true)}
                  >
                    Designs
                  </button>
                  <button
                    type="button"
                    className="designs-button"
                    aria-haspopup="dialog"
                    onClick={() => setTemplatesOpen(true)}
                  >
                    Templates
                  </button>
                  <label className="designs-button file-button">
                    Open files…
                    <input
                      type="file"
                      multiple
                      accept=".yaml,.yml,.json,.zip"
                      onChange={(e) => (
                        void io.openFiles([...(e.target.files ?? [])]),
                        (e.target.value = '')
                      )}
                    />
                  </label>
                  <label className="designs-button file-button">
                    Open folder…
                    {/* webkitdirectory is not in React's typings; set it as a plain attribute. */}
                    <input
                      type="file"
                      multiple
                      ref={(el) => el?.setAttribute('webkitdirectory', '')}
                      onChange={(e) => (
                        void io.openFiles([...(e.target.files ?? [])]),
                        (e.target.value = '')
                      )}
                    />
                  </label>
                  <button
                    type="button"
                    className="designs-button"
                    aria-haspopup="dialog"
                    onClick={() => setExportOpen(true)}
                  >
                    Export…
                  </button>
                  <button type="button" className="designs-button" onClick={io.copyShareLink}>
                    Copy share link
                  </button>
                  <button
                    type="button"
                    className="designs-button"
                    aria-haspopup="dialog"
                    onClick={() => workshop.setDialog('workshop')}
                  >
                    Workshop
                  </button>
                  <MenuButton
                    label="Help"
                    items={[
                      { label: 'Take the guided tour', run: () => workshop.setTouring(true) },
                      { label: 'Workshop lessons', run: () => workshop.setDialog('workshop') },
                      { label: 'Review quiz', run: () => workshop.setDialog('quiz') },
                      { label: 'All commands and shortcuts (Ctrl+K)', run: openPalette },
                    ]}
                  />
                  <PanelToggles />
                  {readOnly && (
                    <div className="shared-banner" role="status">
                      Shared design: read-only, not saved in this browser.
                      <button type="button" onClick={() => void guard(io.editCopy())}>
                        Edit a copy
                      </button>
                    </div>
                  )}
                  <div className="toolbar" role="toolbar" aria-label="Designer">
                    <button
                      type="button"
                      onClick={() => void findCommand('designer:undo')?.run(store)}
                      title="Ctrl+Z"
                    >
                      Undo
                    </button>
                    <button
                      type="button"
                      onClick={() => void findCommand('designer:redo')?.run(store)}
                      title="Ctrl+Shift+Z"
                    >
                      Redo
                    </button>
                    <button
                      type="button"
                      onClick={() => void findCommand('designer:auto-layout')?.run(store)}
                      title="Ctrl+Shift+L"
                    >
                      Auto-layout
                    </button>
                  </div>
                </header>
                <Workspace
                  wideLeft={Boolean(workshop.lesson)}
                  palette={
                    <>
                      {workshop.lesson && workshop.source && (
                        <LessonPanel
                          key={workshop.source}
                          store={store}
                          lesson={workshop.lesson}
                          source={workshop.source}
                          nextTitle={workshop.next?.title}
                          onNext={() => workshop.next && workshop.openById(workshop.next.id)}
                          onWorkshop={() => workshop.setDialog('workshop')}
                          onQuiz={() => workshop.setDialog('quiz')}
                        />
                      )}
                      <Palette />
                    </>
                  }
                  canvas={
                    <>
                      <FlowCanvas canvas={canvas} />
                      <ReadingStatus />
                      <EmptyCanvasHint onTemplates={() => setTemplatesOpen(true)} />
                    </>
                  }
                  inspector={<Inspector />}
                  yaml={<YamlPanel />}
                  bottom={<BottomPanel />}
                />
                <Notice />
                {paletteOpen && (
                  <CommandPalette
                    store={store}
                    onClose={() => setPaletteOpen(false)}
                    extra={workshop.commands}
                  />
                )}
                <WorkshopDialog
                  open={workshop.dialog === 'workshop'}
                  currentLessonId={workshop.lesson?.id}
                  onOpenLesson={workshop.openById}
                  onOpenFile={(f) => void f.text().then((t) => workshop.openText(t, f.name))}
                  onQuiz={() => workshop.setDialog('quiz')}
                  onMakeLesson={() => workshop.setDialog('make-lesson')}
                  onClose={() => workshop.closeDialog('workshop')}
                />
                <QuizDialog
                  open={workshop.dialog === 'quiz'}
                  onClose={() => workshop.closeDialog('quiz')}
                />
                <MakeLessonDialog
                  open={workshop.dialog === 'make-lesson'}
                  store={store}
                  onTry={workshop.start}
                  onClose={() => workshop.closeDialog('make-lesson')}
                />
                {workshop.touring && <GuidedTour onEnd={workshop.endTour} />}
                <ExportDialog
                  open={exportOpen}
                  store={store}
                  onClose={() => setExportOpen(false)}
                />
                <ImportDialog
                  bundle={io.bundle}
                  onChoose={(c) => void guard(io.choose(c))}
                  onClose={io.cancelImport}
                />
                <TemplatesDialog
                  open={templatesOpen}
                  templates={EXAMPLES}
                  onClose={() => setTemplatesOpen(false)}
                  onUse={(t) =>
                    void guard(
                      library
                        .create(t.title, t.files, {}, t.scenarios)
                        .then((d) => onSwitch(remember(d))),
                    )
                  }
                />
                <DesignsDialog
                  open={designsOpen}
                  currentId={design?.id ?? null}
                  list={listDesigns}
                  onClose={() => setDesignsOpen(false)}
                  onOpen={(id) => {
                    if (id === design?.id) return setDesignsOpen(false);
                    void openDesign(library, id).then((r) =>
                      'store' in r ? onSwitch(r.store) : store.getState().showNotice(r.error),
                    );
                  }}
                  onNew={() =>
                    void guard(
                      library
                        .create('Untitled design', [{ path: 'design.yaml', text: '' }])
                        .then((d) => onSwitch(remember(d))),
                    )
                  }
                  onRename={(id, name) =>
                    guard(
                      library.rename(id, name).then((given) => {
                        if (id === design?.id)
                          store
                            .getState()
                            .dispatch({ type: 'setDesignMeta', patch: { name: given } });
                      }),
                    )
                  }
                  onDelete={(id) =>
                    guard(
                      (async () => {
                        await library.remove(id);
                        if (id !== design?.id) return;
                        const next = (await library.list())[0];
                        const opened = next ? await openDesign(library, next.id) : null;
                        onSwitch(
                          opened && 'store' in opened
                            ? opened.store
                            : remember(
                                await library.create('Untitled design', [
                                  { path: 'design.yaml', text: '' },
                                ]),
                              ),
                        );
                      })(),
                    )
                  }
                />
              </div>
            </ReactFlowProvider>
          </SimulationControllerContext.Provider>
        </SimulationStoreContext.Provider>
      </LayoutStoreContext.Provider>
    </DesignerStoreContext.Provider>
  );
}

/** localStorage, or null where the browser refuses it (then the layout is simply not remembered). */
function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
