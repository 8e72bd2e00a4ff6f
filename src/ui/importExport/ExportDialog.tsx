import { useEffect, useMemo, useRef, useState } from 'react';
import { diffLines } from 'diff';
import { bundleText } from '../../domain/design/bundleText';
import { gitLayout } from '../../domain/bundle/gitLayout';
import { zipFiles } from '../../domain/bundle/zipBundle';
import { formatScenarioFile } from '../../domain/scenario/scenario';
import { designText } from '../../state/designLibrary';
import type { DesignerStore } from '../../state/createDesignerStore';
import { useDesignerStore } from '../../state/useDesignerStore';
import { selectDiagnostics } from '../../state/selectors';
import { downloadFile, fileBase } from '../common/download';

interface Props {
  open: boolean;
  store: DesignerStore;
  onClose: () => void;
}

/**
 * Export: the problems first (a design with errors needs a confirmation), then the YAML as one file,
 * a zip laid out for Git, the clipboard or a `kubectl apply` command, and what changed since the
 * design was opened or last exported.
 */
export function ExportDialog({ open, store, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const diagnostics = useDesignerStore(selectDiagnostics);
  const files = useDesignerStore((s) => s.files);
  const design = useDesignerStore((s) => s.design);
  const scenarios = useDesignerStore((s) => s.scenarios);
  const [anyway, setAnyway] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      setAnyway(false);
      setDone(null);
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const blocked = errors > 0 && !anyway;
  const name = design?.name ?? 'design';
  const text = bundleText(files);
  const changes = useMemo(
    () => (open && design ? diffLines(design.baseline, designText(files)) : []),
    [open, design, files],
  );
  const exported = (what: string) => {
    store.getState().dispatch({ type: 'setDesignMeta', patch: { baseline: designText(files) } });
    setDone(what);
  };
  const actions: [string, () => void][] = [
    [
      'Download YAML',
      () => (
        downloadFile(`${fileBase(name)}.yaml`, text, 'application/yaml'),
        exported('Downloaded the YAML.')
      ),
    ],
    [
      'Download zip for Git',
      () => {
        const layout = gitLayout(
          files,
          scenarios.length ? formatScenarioFile({ design: [], scenarios }) : undefined,
        );
        downloadFile(`${fileBase(name)}.zip`, zipFiles(layout) as BlobPart, 'application/zip');
        exported(
          `Downloaded ${layout.length} files: eventbus/, event-sources/, sensors/, kustomization.yaml${scenarios.length ? ', scenarios.yaml' : ''}.`,
        );
      },
    ],
    [
      'Copy YAML',
      () => void navigator.clipboard.writeText(text).then(() => exported('Copied the YAML.')),
    ],
    [
      'Copy kubectl apply command',
      () =>
        void navigator.clipboard
          .writeText(
            `kubectl apply -n argo-events -f - <<'EVENTFLOW_EOF'\n${text.endsWith('\n') ? text : `${text}\n`}EVENTFLOW_EOF\n`,
          )
          .then(() => exported('Copied a kubectl apply command with the YAML.')),
    ],
  ];
  return (
    <dialog
      ref={dialog}
      className="designs-dialog export-dialog"
      aria-labelledby="export-title"
      onClose={onClose}
    >
      <header className="designs-header">
        <h2 id="export-title">Export</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="import-body">
        <p className={errors ? 'field-error' : 'field-hint'} data-testid="export.problems">
          {errors} error{errors === 1 ? '' : 's'}, {warnings} warning{warnings === 1 ? '' : 's'}
          {errors
            ? ': the cluster would reject or not run this design. Fix them from the Problems list, or export anyway.'
            : '.'}
        </p>
        {errors > 0 && (
          <label className="inline-label">
            <input type="checkbox" checked={anyway} onChange={(e) => setAnyway(e.target.checked)} />{' '}
            Export anyway, with its errors
          </label>
        )}
        <div className="simulator-actions">
          {actions.map(([label, run]) => (
            <button key={label} type="button" disabled={blocked} onClick={run}>
              {label}
            </button>
          ))}
        </div>
        {done && <p role="status">{done}</p>}
        {design && (
          <section aria-label="Changes since opened or last exported">
            <h3 className="diff-title">Changes since it was opened or last exported</h3>
            {changes.every((c) => !c.added && !c.removed) ? (
              <p className="field-hint">No changes.</p>
            ) : (
              <pre className="diff">
                {changes.map((c, i) =>
                  c.added || c.removed ? (
                    <span key={i} className={c.added ? 'diff-add' : 'diff-del'}>
                      {c.value
                        .replace(/\n$/, '')
                        .split('\n')
                        .map((l) => `${c.added ? '+' : '-'} ${l}`)
                        .join('\n') + '\n'}
                    </span>
                  ) : (
                    <span key={i} className="diff-same">
                      {contextOf(c.value)}
                    </span>
                  ),
                )}
              </pre>
            )}
          </section>
        )}
      </div>
    </dialog>
  );
}

/** Unchanged text between changes: two lines each side, the rest folded. */
function contextOf(value: string): string {
  const lines = value.replace(/\n$/, '').split('\n');
  if (lines.length <= 5) return lines.map((l) => `  ${l}`).join('\n') + '\n';
  return (
    [
      ...lines.slice(0, 2).map((l) => `  ${l}`),
      `  … ${lines.length - 4} unchanged lines`,
      ...lines.slice(-2).map((l) => `  ${l}`),
    ].join('\n') + '\n'
  );
}
