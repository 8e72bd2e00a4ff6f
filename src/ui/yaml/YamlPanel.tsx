import { lazy, Suspense } from 'react';
import { useDesignerStore } from '../../state/useDesignerStore';
import { selectActiveFile, selectDiagnostics } from '../../state/selectors';

const MonacoYamlEditor = lazy(() => import('./MonacoYamlEditor'));

/** The design's YAML beside the canvas. Monaco loads on demand; the plain text shows meanwhile. */
export function YamlPanel() {
  const file = useDesignerStore(selectActiveFile);
  const diagnostics = useDesignerStore(selectDiagnostics);
  const reveal = useDesignerStore((s) => s.reveal);
  const setFileText = useDesignerStore((s) => s.setFileText);
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
        <MonacoYamlEditor path={file.path} text={file.text} diagnostics={diagnostics} reveal={reveal} onEdit={(text) => setFileText(file.path, text)} />
      </Suspense>
    </section>
  );
}
