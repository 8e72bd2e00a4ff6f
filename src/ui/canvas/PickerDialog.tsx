import { useEffect, useId, useRef, useState } from 'react';

export interface PickerOption {
  id: string;
  label: string;
  /** A second, dimmer part: the kind, the owner, why it cannot be picked. */
  detail?: string;
  disabled?: boolean;
}

/**
 * A modal list to pick one thing from, filtered as you type: arrows move, Enter picks, Escape or a
 * click outside closes. The text field is a combobox over the listbox, so the whole dialog works
 * from the keyboard and screen readers announce the active option.
 */
export function PickerDialog({
  title,
  placeholder,
  options,
  empty,
  onPick,
  onClose,
}: {
  title: string;
  placeholder: string;
  options: readonly PickerOption[];
  empty: string;
  onPick: (id: string) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const base = useId();
  useEffect(() => {
    // Back to where the user was (a node, the inspector) when the dialog closes.
    const before = document.activeElement as HTMLElement | null;
    input.current?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);
  const q = query.trim().toLowerCase();
  const shown = q
    ? options.filter((o) => `${o.label} ${o.detail ?? ''}`.toLowerCase().includes(q))
    : options;
  const at = Math.min(active, Math.max(0, shown.length - 1));
  useEffect(() => {
    list.current?.children[at]?.scrollIntoView({ block: 'nearest' });
  }, [at]);
  const pick = (i: number) => {
    const o = shown[i];
    if (!o || o.disabled) return;
    onClose();
    onPick(o.id);
  };
  return (
    <div className="command-backdrop" onMouseDown={onClose}>
      <div
        role="dialog"
        aria-label={title}
        aria-modal="true"
        className="command-palette picker-dialog"
        onMouseDown={(e) => e.stopPropagation()}
      >
        <h2 className="picker-title">{title}</h2>
        <input
          ref={input}
          role="combobox"
          aria-expanded="true"
          aria-controls={`${base}-list`}
          aria-autocomplete="list"
          aria-activedescendant={shown[at] ? `${base}-${at}` : undefined}
          aria-label={placeholder}
          placeholder={placeholder}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
            else if (e.key === 'ArrowDown') setActive(Math.min(at + 1, shown.length - 1));
            else if (e.key === 'ArrowUp') setActive(Math.max(at - 1, 0));
            else if (e.key === 'Home') setActive(0);
            else if (e.key === 'End') setActive(shown.length - 1);
            else if (e.key === 'Enter') pick(at);
            else return;
            e.preventDefault();
          }}
        />
        <ul ref={list} id={`${base}-list`} role="listbox" aria-label={title}>
          {shown.map((o, i) => (
            <li
              key={o.id}
              id={`${base}-${i}`}
              role="option"
              aria-selected={i === at}
              aria-disabled={o.disabled || undefined}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(i)}
            >
              <span>{o.label}</span>
              {o.detail && <span className="picker-detail">{o.detail}</span>}
            </li>
          ))}
          {shown.length === 0 && <li className="command-empty">{empty}</li>}
        </ul>
      </div>
    </div>
  );
}
