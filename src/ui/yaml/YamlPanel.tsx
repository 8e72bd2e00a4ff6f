import { lazy, Suspense, useMemo } from 'react';
import { useDesignerStore } from '../../state/useDesignerStore';
import { selectActiveFile, selectDiagnostics, selectNodeRanges } from '../../state/selectors';
import { nodeAtOffset } from '../../domain/graph/nodeRanges';

const MonacoYamlEditor = lazy(() => import('./MonacoYamlEditor'));

/** The design's YAML beside the canvas. Monaco loads on demand; the plain text shows meanwhile. */
export function YamlPanel() {
  const file = useDesignerStore(selectActiveFile);
  const readOnly = useDesignerStore((s) => s.readOnly);
  const diagnostics = useDesignerStore(selectDiagnostics);
  const reveal = useDesignerStore((s) => s.reveal);
  const dispatch = useDesignerStore((s) => s.dispatch);
  const ranges = useDesignerStore(selectNodeRanges);
  const selected = useDesignerStore((s) => s.selectedNodeId);
  const selectNode = useDesignerStore((s) => s.selectNode);
  const r = selected ? ranges.get(selected) : undefined;
  const highlight = useMemo(
    () => (r && r.file === file?.path ? { line: r.range.line, endLine: r.range.endLine } : null),
    [r, file?.path],
  );
  if (!file) return <section className="yaml-panel" aria-label="YAML" />;
  return (
    <section className="yaml-panel" aria-label="YAML">
      <header className="panel-header">
        <h2>YAML</h2>
        <span className="file-name">{file.path}</span>
      </header>
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
          onEdit={(text) => dispatch({ type: 'setFileText', path: file.path, text })}
          readOnly={readOnly}
          highlight={highlight}
          onCursor={(offset) => {
            const id = nodeAtOffset(ranges, file.path, offset);
            if (id && id !== selected) selectNode(id);
          }}
        />
      </Suspense>
    </section>
  );
}
