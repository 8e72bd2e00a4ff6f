import { useCallback, useEffect, useRef, useState } from 'react';
import type { DesignSummary } from '../../state/designLibrary';

interface Props {
  open: boolean;
  currentId: string | null;
  list: () => Promise<DesignSummary[]>;
  onOpen: (id: string) => void;
  onNew: () => void;
  onRename: (id: string, name: string) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  onClose: () => void;
}

/** The designs kept in this browser: open, create, rename and delete (with a confirmation). */
export function DesignsDialog({
  open,
  currentId,
  list,
  onOpen,
  onNew,
  onRename,
  onDelete,
  onClose,
}: Props) {
  const [designs, setDesigns] = useState<DesignSummary[]>([]);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const refresh = useCallback(() => void list().then(setDesigns), [list]);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      refresh();
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open, refresh]);
  return (
    <dialog
      ref={dialog}
      className="designs-dialog"
      aria-labelledby="designs-title"
      onClose={onClose}
    >
      <header className="designs-header">
        <h2 id="designs-title">Designs in this browser</h2>
        <button type="button" onClick={onNew}>
          New design
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <ul className="designs-list">
        {designs.map((d) => (
          <li
            key={d.id}
            aria-label={d.name}
            className={d.id === currentId ? 'is-current' : undefined}
          >
            {renaming === d.id ? (
              <RenameField
                name={d.name}
                onDone={async (name) => {
                  setRenaming(null);
                  if (name !== null && name !== d.name) await onRename(d.id, name);
                  refresh();
                }}
              />
            ) : (
              <button
                type="button"
                className="design-open"
                onClick={() => onOpen(d.id)}
                aria-current={d.id === currentId ? 'true' : undefined}
              >
                {d.name}
              </button>
            )}
            <span className="design-time">{new Date(d.updatedAt).toLocaleString()}</span>
            {confirming === d.id ? (
              <span
                className="design-confirm"
                role="group"
                aria-label={`Confirm deleting ${d.name}`}
              >
                Delete for good?
                <button
                  type="button"
                  className="danger"
                  onClick={async () => {
                    setConfirming(null);
                    await onDelete(d.id);
                    refresh();
                  }}
                >
                  Delete
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  Keep
                </button>
              </span>
            ) : (
              <>
                <button type="button" onClick={() => setRenaming(d.id)}>
                  Rename
                </button>
                <button type="button" onClick={() => setConfirming(d.id)}>
                  Delete
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </dialog>
  );
}

function RenameField({ name, onDone }: { name: string; onDone: (name: string | null) => void }) {
  const [draft, setDraft] = useState(name);
  return (
    <input
      aria-label={`New name for ${name}`}
      value={draft}
      autoFocus
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => onDone(draft.trim() || null)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onDone(draft.trim() || null);
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone(null);
        }
      }}
    />
  );
}
