// The app's side of a folder walk: the browser hands over every file of a chosen or dropped folder
// (node_modules and .git included), each with its `/`-separated path whose first part is the folder
// itself. The CLI's rules (folderRules.ts) decide which of them are read.
import {
  hasManifestExtension,
  IGNORE_FILE,
  ignoreRules,
  ignoresRelative,
  extensionOf,
  passedByName,
  type IgnoreRules,
} from './folderRules';

/** What a folder walk does with one file: read it, or pass it by for a reason (a summary label). */
export type FolderVerdict = { read: true } | { read: false; label: string };

const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.svg',
  '.webp',
  '.ico',
  '.bmp',
  '.avif',
]);

/** The parent folder of a `/`-separated path ('' for a top-level name). */
const parentOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

/** True when `path` is the path of an {@link IGNORE_FILE} inside a folder (its rules, not a design file). */
export function isIgnoreFilePath(path: string): boolean {
  return path.includes('/') && path.slice(path.lastIndexOf('/') + 1) === IGNORE_FILE;
}

/**
 * Decides, for files of chosen or dropped folders, what `eventflow` would read in the same folder:
 * hidden entries, `node_modules` and lock files are passed by, the {@link IGNORE_FILE} of each
 * folder applies to what is under it, and only YAML/JSON is read. `ignoreTexts` maps a folder path
 * (`deploy`, `deploy/sensors`) to the text of its ignore file. A top-level name (a file chosen on its
 * own) is always read, as the CLI reads a file named on the command line; the chosen folder itself
 * (the first part of a path) is never passed by for its name.
 */
export class FolderFilter {
  private readonly rules = new Map<string, IgnoreRules>();

  constructor(ignoreTexts: ReadonlyMap<string, string>) {
    for (const [dir, text] of ignoreTexts) this.rules.set(dir, ignoreRules(dir, text));
  }

  verdict(path: string): FolderVerdict {
    const parts = path.split('/');
    if (parts.length === 1) return { read: true };
    // Folders first, from the chosen one down: a walk never enters a folder it passes by.
    for (let i = 1; i < parts.length; i++) {
      const isDir = i < parts.length - 1;
      const label = passedByName(parts[i]!, isDir);
      if (label !== null) return { read: false, label };
      const here = parts.slice(0, i + 1).join('/');
      if (this.ignored(here, isDir)) return { read: false, label: IGNORE_FILE };
    }
    const name = parts[parts.length - 1]!;
    if (hasManifestExtension(name)) return { read: true };
    return { read: false, label: kindOfFile(name) };
  }

  /** Every ignore file from the chosen folder down to the entry's parent applies to it. */
  private ignored(path: string, isDir: boolean): boolean {
    for (let dir = parentOf(path); dir; dir = parentOf(dir)) {
      const r = this.rules.get(dir);
      if (r && ignoresRelative(r, path.slice(dir.length + 1), isDir)) return true;
    }
    return false;
  }
}

/** A label for a file that is not YAML: `images`, its extension (`.md`), or `files without extension`. */
function kindOfFile(name: string): string {
  const ext = extensionOf(name);
  if (IMAGE_EXTENSIONS.has(ext)) return 'images';
  return ext || 'files without extension';
}

/** Labels shown in a summary before it ends with an ellipsis. */
const SHOWN_LABELS = 3;

/**
 * One line for what a folder walk passed by, the most common reasons first:
 * "Skipped 212 files that are not design YAML (node_modules, .git, images…)"; null for nothing.
 * `folders` are folders passed by without being entered (a dropped folder's `node_modules`): their
 * files are not counted, the folders are.
 */
export function skippedSummary(
  labels: readonly string[],
  folders: readonly string[] = [],
): string | null {
  if (labels.length === 0 && folders.length === 0) return null;
  const counts = new Map<string, number>();
  for (const l of [...labels, ...folders.map(folderLabel)]) counts.set(l, (counts.get(l) ?? 0) + 1);
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l);
  const shown = ordered.slice(0, SHOWN_LABELS).join(', ');
  const more = ordered.length > SHOWN_LABELS ? '…' : '';
  const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const what = [
    ...(labels.length ? [plural(labels.length, 'file')] : []),
    ...(folders.length ? [plural(folders.length, 'folder')] : []),
  ].join(' and ');
  const are = labels.length + folders.length === 1 ? 'is' : 'are';
  return `Skipped ${what} that ${are} not design YAML (${shown}${more})`;
}

/** A passed-by folder's label: its name (`node_modules`, `.git`). */
const folderLabel = (path: string) => path.slice(path.lastIndexOf('/') + 1);
