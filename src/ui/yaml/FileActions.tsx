import { useContext, useEffect, useRef, useState, type FormEvent } from 'react';
import { DesignerStoreContext, useDesignerStore } from '../../state/useDesignerStore';
import type { DesignAction } from '../../state/designActions';
import type { AddTarget } from '../../state/newResourceTarget';
import { baseName, folderOf } from '../../domain/design/fileOps';
import { foldersOf } from './fileTree';

export type FileEditing = { mode: 'rename' | 'move' | 'delete'; path: string } | null;

interface Props {
  /** The file the buttons act on (the one shown). */
  path: string;
  paths: readonly string[];
  counts: ReadonlyMap<string, number>;
  editing: FileEditing;
  setEditing: (e: FileEditing) => void;
  readOnly: boolean;
}

/** Rename, move and delete for the shown file, and where new resources go. */
export function FileActions({ path, paths, counts, editing, setEditing, readOnly }: Props) {
  const store = useContext(DesignerStoreContext);
  // A refusal belongs to the form it answered: another form starts without it.
  const [refusal, setRefusal] = useState<{ for: FileEditing; text: string } | null>(null);
  const error = refusal && refusal.for === editing ? refusal.text : '';
  const run = (action: DesignAction) => {
    if (!store) return;
    if (store.getState().dispatch(action)) setEditing(null);
    else setRefusal({ for: editing, text: store.getState().notice?.text ?? 'That did not work.' });
  };
  const askDelete = (p: string) => {
    if ((counts.get(p) ?? 0) === 0) run({ type: 'deleteFile', path: p });
    else setEditing({ mode: 'delete', path: p });
  };

  return (
    <div className="file-actions">
      <div className="file-actions-row" role="group" aria-label={`File ${path}`}>
        <button
          type="button"
          disabled={readOnly}
          onClick={() => setEditing({ mode: 'rename', path })}
          title="F2 in the file list"
        >
          Rename…
        </button>
        <button
          type="button"
          disabled={readOnly}
          onClick={() => setEditing({ mode: 'move', path })}
        >
          Move…
        </button>
        <button
          type="button"
          className="danger"
          disabled={readOnly}
          onClick={() => askDelete(path)}
          title="Delete in the file list"
        >
          Delete…
        </button>
      </div>
      {editing?.mode === 'rename' && (
        <PathForm
          label={`New path for ${editing.path}`}
          initial={editing.path}
          select={[editing.path.length - baseName(editing.path).length, editing.path.length]}
          submit="Rename"
          onSubmit={(to) => run({ type: 'renameFile', path: editing.path, to })}
          onCancel={() => setEditing(null)}
        />
      )}
      {editing?.mode === 'move' && (
        <PathForm
          label={`Move ${editing.path} to the folder (empty for the top)`}
          initial={folderOf(editing.path)}
          folders={foldersOf(paths)}
          submit="Move"
          onSubmit={(folder) => run({ type: 'moveFile', path: editing.path, folder })}
          onCancel={() => setEditing(null)}
        />
      )}
      {editing?.mode === 'delete' && (
        <div className="file-confirm" role="alertdialog" aria-label="Delete file">
          <p>
            Delete {editing.path} and the {counts.get(editing.path) ?? 0} resource
            {(counts.get(editing.path) ?? 0) === 1 ? '' : 's'} in it? Undo (Ctrl+Z) brings it back.
          </p>
          <button
            type="button"
            className="danger"
            autoFocus
            onClick={() => run({ type: 'deleteFile', path: editing.path })}
          >
            Delete file
          </button>
          <button type="button" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <AddTargetSelect paths={paths} />
    </div>
  );
}

/** Opens the delete confirmation (or deletes an empty file at once), for the tree's Delete key. */
export function deleteOrAsk(
  counts: ReadonlyMap<string, number>,
  path: string,
  dispatch: (a: DesignAction) => boolean,
  setEditing: (e: FileEditing) => void,
): void {
  if ((counts.get(path) ?? 0) === 0) dispatch({ type: 'deleteFile', path });
  else setEditing({ mode: 'delete', path });
}

function PathForm(props: {
  label: string;
  initial: string;
  select?: [number, number];
  folders?: readonly string[];
  submit: string;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(props.initial);
  const input = useRef<HTMLInputElement>(null);
  const { select } = props;
  useEffect(() => {
    input.current?.focus();
    if (select) input.current?.setSelectionRange(select[0], select[1]);
    else input.current?.select();
  }, [select]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit(value);
  };
  return (
    <form className="file-form" onSubmit={onSubmit}>
      <label>
        {props.label}
        <input
          ref={input}
          value={value}
          list={props.folders ? 'design-folders' : undefined}
          spellCheck={false}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), props.onCancel())}
        />
      </label>
      {props.folders && (
        <datalist id="design-folders">
          {props.folders.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
      )}
      <button type="submit">{props.submit}</button>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}

const OWN = 'own-file';
const AUTO = 'auto';

/** Where the palette, quick-fixes and paste write new resources. */
function AddTargetSelect({ paths }: { paths: readonly string[] }) {
  const target = useDesignerStore((s) => s.addTarget);
  const setTarget = useDesignerStore((s) => s.setAddTarget);
  const value = typeof target === 'object' ? `file:${target.file}` : target;
  return (
    <label
      className="add-target"
      title="Automatic: the selected node’s file; with nothing selected, the design’s only file, or a file per resource in a design of several files"
    >
      New resources to
      <select
        value={value}
        onChange={(e) => {
          const v = e.target.value;
          const next: AddTarget =
            v === OWN ? 'own-file' : v === AUTO ? 'auto' : { file: v.slice('file:'.length) };
          setTarget(next);
        }}
      >
        <option value={AUTO}>automatic</option>
        <option value={OWN}>a file each (export layout)</option>
        {paths.map((p) => (
          <option key={p} value={`file:${p}`}>
            {p}
          </option>
        ))}
      </select>
    </label>
  );
}
