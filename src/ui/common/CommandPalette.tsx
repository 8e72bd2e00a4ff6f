import { useEffect, useRef, useState } from 'react';
import { COMMANDS, type Command } from './commands';
import type { DesignerStore } from '../../state/createDesignerStore';

/**
 * Ctrl/Cmd+K: every command with its shortcut, filtered as you type; Enter runs, Escape closes.
 * Rendered only while open, so each opening starts with an empty query.
 */
export function CommandPalette({
  store,
  onClose,
  extra = [],
}: {
  store: DesignerStore;
  onClose: () => void;
  extra?: readonly Command[];
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const q = query.trim().toLowerCase();
  const items = [...COMMANDS, ...extra].filter(
    (c) => c.title.toLowerCase().includes(q) || c.id.includes(q),
  );
  const run = (i: number) => {
    const c = items[i];
    if (!c) return;
    onClose();
    void c.run(store);
  };
  return (
    <div className="command-backdrop" onMouseDown={onClose}>
      <div
        role="dialog"
        aria-label="Command palette"
        aria-modal="true"
        className="command-palette"
        onMouseDown={(e) => e.stopPropagation()}
      >
        <input
          ref={input}
          role="combobox"
          aria-expanded="true"
          aria-controls="command-list"
          aria-label="Type a command"
          placeholder="Type a command"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
            else if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, items.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') run(active);
            else return;
            e.preventDefault();
          }}
        />
        <ul id="command-list" role="listbox" aria-label="Commands">
          {items.map((c, i) => (
            <li
              key={c.id}
              role="option"
              aria-selected={i === active}
              onMouseEnter={() => setActive(i)}
              onClick={() => run(i)}
            >
              <span>{c.title}</span>
              {c.shortcut && <kbd>{c.shortcut}</kbd>}
            </li>
          ))}
          {items.length === 0 && <li className="command-empty">No command matches.</li>}
        </ul>
      </div>
    </div>
  );
}
