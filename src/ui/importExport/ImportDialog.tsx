import type { ChosenBundle } from './readChosenFiles';
import { useModal } from '../common/useModal';

export type ImportChoice = 'replace' | 'merge' | 'new';

interface Props {
  bundle: ChosenBundle | null;
  onChoose: (choice: ImportChoice) => void;
  onClose: () => void;
}

/** Before an import touches the open design: replace it, merge into it, or open a new design. */
export function ImportDialog({ bundle, onChoose, onClose }: Props) {
  const dialog = useModal(bundle !== null);
  const usable = (bundle?.files.length ?? 0) > 0;
  return (
    <dialog
      ref={dialog}
      className="designs-dialog"
      aria-labelledby="import-title"
      onClose={onClose}
    >
      <header className="designs-header">
        <h2 id="import-title">Open files</h2>
      </header>
      <div className="import-body">
        {bundle && (
          <>
            <p>
              {bundle.files.length} file{bundle.files.length === 1 ? '' : 's'} to open
              {bundle.scenarios.length
                ? `, with ${bundle.scenarios.length} scenarios file${bundle.scenarios.length === 1 ? '' : 's'}`
                : ''}
              : {bundle.files.map((f) => f.path).join(', ') || 'none'}.
            </p>
            {bundle.refused.length > 0 && (
              <ul className="field-error" aria-label="Not opened">
                {bundle.refused.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
            {bundle.skipped && <p className="field-hint">{bundle.skipped}.</p>}
            {bundle.problems.length > 0 && (
              <ul className="field-hint" aria-label="Notes on the files">
                {bundle.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
            {usable && (
              <p className="field-hint">
                Files with errors still open, with their problems listed. Replacing keeps the
                current design one Undo away.
              </p>
            )}
          </>
        )}
        <div className="simulator-actions">
          <button type="button" disabled={!usable} onClick={() => onChoose('new')}>
            Open as a new design
          </button>
          <button type="button" disabled={!usable} onClick={() => onChoose('replace')}>
            Replace the current design
          </button>
          <button type="button" disabled={!usable} onClick={() => onChoose('merge')}>
            Merge into the current design
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </dialog>
  );
}
