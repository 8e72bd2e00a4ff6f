import { parseNodeId } from '../../domain/graph/ids';

/** A row of the file tree as shown: a folder or a file, at its depth. */
export interface TreeRow {
  kind: 'folder' | 'file';
  /** Full path (a folder's without a trailing `/`). */
  path: string;
  name: string;
  /** 1 for the top level (aria-level). */
  level: number;
  /** The folder holding it ('' at the top). */
  parent: string;
  /** For a folder: whether its contents are shown. */
  expanded?: boolean;
}

/**
 * The rows of the design's file tree: folders first, then files, each by name; the contents of
 * collapsed folders are left out. Paths are split on `/` only, so any file name is shown as is.
 */
export function treeRows(paths: readonly string[], collapsed: ReadonlySet<string>): TreeRow[] {
  interface Folder {
    folders: Map<string, Folder>;
    files: string[];
  }
  const root: Folder = { folders: new Map(), files: [] };
  for (const p of paths) {
    const parts = p.split('/');
    let at = root;
    for (const dir of parts.slice(0, -1)) {
      let next = at.folders.get(dir);
      if (!next) at.folders.set(dir, (next = { folders: new Map(), files: [] }));
      at = next;
    }
    at.files.push(p);
  }
  const out: TreeRow[] = [];
  const byName = (a: string, b: string) => a.localeCompare(b);
  const walk = (f: Folder, prefix: string, level: number) => {
    for (const name of [...f.folders.keys()].sort(byName)) {
      const path = prefix ? `${prefix}/${name}` : name;
      const expanded = !collapsed.has(path);
      out.push({ kind: 'folder', path, name, level, parent: prefix, expanded });
      if (expanded) walk(f.folders.get(name)!, path, level + 1);
    }
    for (const path of [...f.files].sort(byName))
      out.push({
        kind: 'file',
        path,
        name: path.slice(path.lastIndexOf('/') + 1),
        level,
        parent: prefix,
      });
  };
  walk(root, '', 1);
  return out;
}

/** How many resources (EventBus, EventSource, Sensor) each file holds, from the node ranges. */
export function resourcesPerFile(
  ranges: ReadonlyMap<string, { file: string }>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, r] of ranges) {
    // Parts (130,000 events in a 10 MB file) are told by their id's kind prefix, without parsing it.
    const prefix = id.slice(0, id.indexOf(':'));
    if (prefix !== 'eventBus' && prefix !== 'eventSource' && prefix !== 'sensor') continue;
    const kind = parseNodeId(id)?.kind;
    if (kind === 'eventBus' || kind === 'eventSource' || kind === 'sensor')
      out.set(r.file, (out.get(r.file) ?? 0) + 1);
  }
  return out;
}

/** Every folder of the design (for the "Move to folder" choices), the top level as ''. */
export function foldersOf(paths: readonly string[]): string[] {
  const out = new Set<string>(['']);
  for (const p of paths) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) out.add(parts.slice(0, i).join('/'));
  }
  return [...out].sort((a, b) => a.localeCompare(b));
}

/** Tab labels: the file name, with its folder when another open file has the same name. */
export function tabLabel(path: string, open: readonly string[]): { name: string; folder: string } {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const same = open.filter((p) => p.slice(p.lastIndexOf('/') + 1) === name);
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  return { name, folder: same.length > 1 ? folder || '(top)' : '' };
}
