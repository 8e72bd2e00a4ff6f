import { useEffect, useRef } from 'react';

export interface MenuItem {
  label: string;
  run: () => void;
}

/** A small context menu at the pointer: arrows move, Enter runs, Escape or a click elsewhere closes. */
export function NodeContextMenu({
  x,
  y,
  title,
  items,
  onClose,
}: {
  x: number;
  y: number;
  title: string;
  items: MenuItem[];
  onClose: () => void;
}) {
  const menu = useRef<HTMLUListElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (e: MouseEvent) => !menu.current?.contains(e.target as Node) && onClose();
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [onClose]);
  return (
    <ul
      ref={menu}
      role="menu"
      aria-label={title}
      className="context-menu"
      style={{ left: x, top: y }}
      onKeyDown={(e) => {
        const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
        const i = items.indexOf(document.activeElement as HTMLElement);
        if (e.key === 'Escape') onClose();
        if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus();
        if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus();
      }}
    >
      {items.map((item) => (
        <li key={item.label} role="none">
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              onClose();
              item.run();
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
