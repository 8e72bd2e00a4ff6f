import { useRef, useState, type KeyboardEvent } from 'react';
import { treeRows, type TreeRow } from './fileTree';

interface Props {
  paths: readonly string[];
  /** The file shown in the editor. */
  active: string;
  counts: ReadonlyMap<string, number>;
  onOpen: (path: string) => void;
  onRename: (path: string) => void;
  onDelete: (path: string) => void;
}

/**
 * The design's files as a tree (WAI-ARIA tree pattern): one tab stop, arrows move, Right/Left open
 * and close folders, Enter shows a file, F2 renames it and Delete deletes it.
 */
export function FileTree({ paths, active, counts, onOpen, onRename, onDelete }: Props) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const rows = treeRows(paths, collapsed);
  const current = rows.find((r) => r.path === focused) ?? rows.find((r) => r.path === active);
  const tabStop = current?.path ?? rows[0]?.path;

  const toggle = (path: string, open?: boolean) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (open ?? next.has(path)) next.delete(path);
      else next.add(path);
      return next;
    });
  const focusRow = (row: TreeRow | undefined) => {
    if (!row) return;
    setFocused(row.path);
    // The row exists once React renders it; focus it on the next frame.
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLElement>(`[data-path="${CSS.escape(row.path)}"]`)?.focus(),
    );
  };

  const onKey = (e: KeyboardEvent, row: TreeRow) => {
    const i = rows.indexOf(row);
    const key = e.key;
    let handled = true;
    if (key === 'ArrowDown') focusRow(rows[i + 1]);
    else if (key === 'ArrowUp') focusRow(rows[i - 1]);
    else if (key === 'Home') focusRow(rows[0]);
    else if (key === 'End') focusRow(rows.at(-1));
    else if (key === 'ArrowRight' && row.kind === 'folder') {
      if (row.expanded) focusRow(rows[i + 1]);
      else toggle(row.path, true);
    } else if (key === 'ArrowLeft') {
      if (row.kind === 'folder' && row.expanded) toggle(row.path, false);
      else focusRow(rows.find((r) => r.path === row.parent));
    } else if (key === 'Enter' || key === ' ') {
      if (row.kind === 'folder') toggle(row.path);
      else onOpen(row.path);
    } else if (key === 'F2' && row.kind === 'file') onRename(row.path);
    else if (key === 'Delete' && row.kind === 'file') onDelete(row.path);
    else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  return (
    <ul ref={list} role="tree" aria-label="Design files" className="file-tree">
      {rows.map((row) => {
        const count = counts.get(row.path) ?? 0;
        return (
          <li
            key={`${row.kind}:${row.path}`}
            role="treeitem"
            data-path={row.path}
            aria-level={row.level}
            aria-expanded={row.kind === 'folder' ? row.expanded : undefined}
            aria-selected={row.kind === 'file' ? row.path === active : undefined}
            aria-label={
              row.kind === 'folder'
                ? `${row.name} folder`
                : `${row.name}, ${count} resource${count === 1 ? '' : 's'}`
            }
            title={row.path}
            tabIndex={row.path === tabStop ? 0 : -1}
            className={`file-tree-row ${row.kind}${row.path === active ? ' active' : ''}`}
            style={{ paddingInlineStart: `${(row.level - 1) * 14 + 6}px` }}
            onFocus={() => setFocused(row.path)}
            onKeyDown={(e) => onKey(e, row)}
            onClick={() => (row.kind === 'folder' ? toggle(row.path) : onOpen(row.path))}
          >
            <span aria-hidden="true" className="file-tree-mark">
              {row.kind === 'folder' ? (row.expanded ? '▾' : '▸') : ''}
            </span>
            <span className="file-tree-name">{row.name}</span>
            {row.kind === 'file' && (
              <span aria-hidden="true" className="file-tree-count">
                {count}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
