import { useState } from 'react';
import { joinGjsonPath } from '../../engine/json/payloadPaths';

interface Props {
  /** The sample event data, decoded. */
  data: unknown;
  /** Accessible name of the toggle, e.g. "Pick the dataKey of parameter 1 from the sample event". */
  label: string;
  onPick: (path: string) => void;
}

/**
 * The sample payload as a tree: click a field to use its gjson path. Payload text is rendered as
 * text only (it comes from the user's design or an event, never trusted as markup).
 */
export function FieldPicker({ data, label, onPick }: Props) {
  const [open, setOpen] = useState(false);
  if (data === undefined || data === null) return null;
  return (
    <div className="field-picker">
      <button type="button" aria-expanded={open} aria-label={label} onClick={() => setOpen(!open)}>
        {open ? 'Close sample' : 'Pick from sample'}
      </button>
      {open && (
        <ul className="payload-tree" aria-label="Sample event fields">
          <Branch value={data} path="" depth={0} onPick={(p) => (onPick(p), setOpen(false))} />
        </ul>
      )}
    </div>
  );
}

function Branch({
  value,
  path,
  depth,
  onPick,
}: {
  value: unknown;
  path: string;
  depth: number;
  onPick: (path: string) => void;
}) {
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return (
    <>
      {entries.slice(0, 200).map(([key, child]) => {
        const childPath = joinGjsonPath(path, key);
        const nested = child !== null && typeof child === 'object';
        return (
          <li key={String(key)}>
            <button
              type="button"
              className="payload-key"
              title={childPath}
              aria-label={`Use ${childPath}`}
              onClick={() => onPick(childPath)}
            >
              {String(key)}
            </button>
            {!nested && <span className="payload-value">{preview(child)}</span>}
            {nested && depth < 6 && (
              <ul>
                <Branch value={child} path={childPath} depth={depth + 1} onPick={onPick} />
              </ul>
            )}
          </li>
        );
      })}
    </>
  );
}

function preview(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
