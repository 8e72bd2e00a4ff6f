import {
  lazy,
  Suspense,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { DesignerStoreContext, useDesignerStore } from '../../state/useDesignerStore';
import { selectActiveFile, selectDiagnostics, selectNodeRanges } from '../../state/selectors';
import { nodeAtOffset } from '../../domain/graph/nodeRanges';
import { FileTree } from './FileTree';
import { deleteOrAsk, FileActions, type FileEditing } from './FileActions';
import { resourcesPerFile, tabLabel } from './fileTree';
import { showsAsPlainText } from './largeFile';
import './yamlPanel.css';

const MonacoYamlEditor = lazy(() => import('./MonacoYamlEditor'));

/**
 * The design's YAML beside the canvas: tabs for the open files, the design's file tree (with
 * rename, move and delete), and the editor showing the selected node's file with its range
 * highlighted. Monaco loads on demand; the plain text shows meanwhile.
 */
export function YamlPanel() {
  const store = useContext(DesignerStoreContext);
  const file = useDesignerStore(selectActiveFile);
  const files = useDesignerStore((s) => s.files);
  const openFiles = useDesignerStore((s) => s.openFiles);
  const readOnly = useDesignerStore((s) => s.readOnly);
  const diagnostics = useDesignerStore(selectDiagnostics);
  const reveal = useDesignerStore((s) => s.reveal);
  const dispatch = useDesignerStore((s) => s.dispatch);
  const ranges = useDesignerStore(selectNodeRanges);
  const selected = useDesignerStore((s) => s.selectedNodeId);
  const selectNode = useDesignerStore((s) => s.selectNode);
  const setActiveFile = useDesignerStore((s) => s.setActiveFile);
  const closeFile = useDesignerStore((s) => s.closeFile);
  const [showTree, setShowTree] = useState(files.length > 1);
  const [editing, setEditing] = useState<FileEditing>(null);
  const r = selected ? ranges.get(selected) : undefined;
  const highlight = useMemo(
    () => (r && r.file === file?.path ? { line: r.range.line, endLine: r.range.endLine } : null),
    [r, file?.path],
  );
  const paths = useMemo(() => files.map((f) => f.path), [files]);
  const tabList = useRef<HTMLDivElement>(null);
  // The shown file's tab scrolls into view when many files are open.
  useEffect(() => {
    tabList.current
      ?.querySelector('[aria-selected="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [file?.path, openFiles]);
  const counts = useMemo(() => resourcesPerFile(ranges), [ranges]);
  if (!file) return <section className="yaml-panel" aria-label="YAML" />;
  const tabs = openFiles.length ? openFiles : [file.path];
  const activeIndex = Math.max(0, tabs.indexOf(file.path));

  const onTabKey = (e: KeyboardEvent, i: number) => {
    const to =
      e.key === 'ArrowRight'
        ? (i + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    if (to >= 0) {
      e.preventDefault();
      setActiveFile(tabs[to]!);
      requestAnimationFrame(() => document.getElementById(`yaml-tab-${to}`)?.focus());
    } else if (e.key === 'Delete' && tabs.length > 1) {
      e.preventDefault();
      closeFile(tabs[i]!);
    }
  };

  return (
    <section className="yaml-panel" aria-label="YAML">
      <header className="panel-header yaml-header">
        <h2>YAML</h2>
        <button
          type="button"
          className="files-toggle"
          aria-expanded={showTree}
          aria-controls="yaml-files"
          onClick={() => setShowTree((v) => !v)}
        >
          Files ({files.length})
        </button>
        <span className="file-name" title={file.path}>
          {file.path}
        </span>
      </header>
      {showTree && (
        <div id="yaml-files" className="yaml-files">
          <FileTree
            paths={paths}
            active={file.path}
            counts={counts}
            onOpen={setActiveFile}
            onRename={(p) => (setActiveFile(p), setEditing({ mode: 'rename', path: p }))}
            onDelete={(p) => (setActiveFile(p), deleteOrAsk(counts, p, dispatch, setEditing))}
          />
          <FileActions
            path={file.path}
            paths={paths}
            counts={counts}
            editing={editing}
            setEditing={setEditing}
            readOnly={readOnly}
          />
        </div>
      )}
      <div ref={tabList} role="tablist" aria-label="Open files" className="yaml-tabs">
        {tabs.map((p, i) => {
          const label = tabLabel(p, tabs);
          return (
            <span key={p} className={`yaml-tab${i === activeIndex ? ' active' : ''}`}>
              <button
                type="button"
                role="tab"
                id={`yaml-tab-${i}`}
                aria-selected={i === activeIndex}
                aria-controls="yaml-tabpanel"
                aria-label={p}
                title={p}
                tabIndex={i === activeIndex ? 0 : -1}
                onClick={() => setActiveFile(p)}
                onKeyDown={(e) => onTabKey(e, i)}
              >
                {label.name}
                {label.folder && <span className="yaml-tab-folder"> {label.folder}</span>}
              </button>
              {tabs.length > 1 && (
                <button
                  type="button"
                  className="yaml-tab-close"
                  aria-label={`Close tab ${p}`}
                  title="Close (Delete on the tab)"
                  tabIndex={-1}
                  onClick={() => closeFile(p)}
                >
                  ×
                </button>
              )}
            </span>
          );
        })}
      </div>
      {showsAsPlainText(file.text) && (
        <p className="yaml-plain-note" role="note">
          {(file.text.length / 1024 / 1024).toFixed(1)} MiB file: shown as plain text, without YAML
          highlighting and completion. It is checked and drawn like every other file.
        </p>
      )}
      <div
        role="tabpanel"
        id="yaml-tabpanel"
        aria-labelledby={`yaml-tab-${activeIndex}`}
        className="yaml-tabpanel"
      >
        <Suspense
          fallback={
            <pre className="yaml-fallback" aria-busy="true">
              {file.text}
            </pre>
          }
        >
          <MonacoYamlEditor
            path={file.path}
            text={file.text}
            diagnostics={diagnostics}
            reveal={reveal}
            onEdit={(text, path) => {
              // Typing handed over after its file was renamed or deleted has nowhere to go.
              if (store?.getState().files.some((f) => f.path === path))
                dispatch({ type: 'setFileText', path, text });
            }}
            readOnly={readOnly}
            highlight={highlight}
            onCursor={(offset) => {
              const id = nodeAtOffset(ranges, file.path, offset);
              if (id && id !== selected) selectNode(id);
            }}
          />
        </Suspense>
      </div>
    </section>
  );
}
