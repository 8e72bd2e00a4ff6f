import { useState } from 'react';

/** A JSON value as an expandable tree; values are rendered as text, never as markup. */
export function JsonTree({
  value,
  label,
  depth = 0,
}: {
  value: unknown;
  label?: string;
  depth?: number;
}) {
  const [open, setOpen] = useState(depth < 2);
  const isList = Array.isArray(value);
  if (value === null || typeof value !== 'object') {
    return (
      <div className="json-leaf">
        {label !== undefined && <span className="json-key">{label}: </span>}
        <span className={`json-${value === null ? 'null' : typeof value}`}>
          {JSON.stringify(value)}
        </span>
      </div>
    );
  }
  const entries = isList ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return (
    <div className="json-node">
      <button
        type="button"
        className="json-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {label !== undefined ? `${label}: ` : ''}
        {isList ? `[${entries.length}]` : `{${entries.length}}`}
      </button>
      {open && (
        <div className="json-children">
          {entries.map(([k, v]) => (
            <JsonTree key={k} label={k} value={v} depth={depth + 1} />
          ))}
        </div>
      )}
    </div>
  );
}

/** Copies text to the clipboard and says so on the button. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      onClick={() =>
        void navigator.clipboard.writeText(text).then(
          () => {
            setDone(true);
            setTimeout(() => setDone(false), 1500);
          },
          () => setDone(false),
        )
      }
    >
      {done ? 'Copied' : label}
    </button>
  );
}
