import type { DesignFile } from './design';

/** The outcome of a file operation: the new files and the path the file now has, or why not. */
export type FileOpResult =
  { ok: true; files: DesignFile[]; path: string } | { ok: false; reason: string };

const MAX_PATH = 255;

/** The folder part of a path (`''` at the top of the design). */
export function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** The file name without its folder. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Joins a folder (may be `''`) and a file name. */
export function joinPath(folder: string, name: string): string {
  return folder ? `${folder}/${name}` : name;
}

/**
 * Why a path cannot name a design file, or null when it can: a relative path of `/`-separated
 * segments (no `.`, `..` or empty segment, no backslash or control character), ending in `.yaml`,
 * `.yml` or `.json`, as a Git checkout and the export zip could hold it.
 */
export function filePathProblem(path: string): string | null {
  if (path.trim() === '') return 'a file needs a name';
  if (path.length > MAX_PATH) return `a path is at most ${MAX_PATH} characters`;
  if (path.startsWith('/')) return 'a path is relative to the design: it cannot start with /';
  if (path.includes('\\')) return 'folders are separated by /, not \\';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'a path cannot hold control characters';
  const segments = path.split('/');
  if (segments.some((s) => s === '')) return 'a path cannot have an empty folder name (//)';
  if (segments.some((s) => s === '.' || s === '..')) return 'a path cannot hold . or .. folders';
  if (segments.some((s) => s !== s.trim())) return 'names cannot start or end with a space';
  if (!/\.(ya?ml|json)$/i.test(path)) return 'a design file ends in .yaml, .yml or .json';
  return null;
}

/** Normalises what a person typed as a folder: no leading, trailing or doubled `/`. */
function normaliseFolder(folder: string): string {
  return folder
    .trim()
    .split('/')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join('/');
}

/**
 * Gives a file another path (a rename, or a move to another folder). Refused when the path is
 * invalid or already names another file: a file is never overwritten. Case-only renames are
 * allowed (they change nothing else).
 */
export function renameFile(files: readonly DesignFile[], from: string, to: string): FileOpResult {
  const target = to.trim();
  if (!files.some((f) => f.path === from)) return { ok: false, reason: `there is no file ${from}` };
  if (target === from) return { ok: true, files: [...files], path: from };
  const problem = filePathProblem(target);
  if (problem) return { ok: false, reason: `${target}: ${problem}` };
  if (files.some((f) => f.path === target))
    return { ok: false, reason: `${target} already exists: choose another name` };
  // A folder cannot also be a file (a/b.yaml beside a file named a/b.yaml/c.yaml).
  if (files.some((f) => f.path.startsWith(`${target}/`) || target.startsWith(`${f.path}/`)))
    return { ok: false, reason: `${target} clashes with a folder or file of the same name` };
  return {
    ok: true,
    files: files.map((f) => (f.path === from ? { ...f, path: target } : f)),
    path: target,
  };
}

/** Moves a file into another folder (`''` for the top of the design), keeping its name. */
export function moveFile(files: readonly DesignFile[], from: string, folder: string): FileOpResult {
  return renameFile(files, from, joinPath(normaliseFolder(folder), baseName(from)));
}

/** Removes a file from the design. The last file gives way to an empty `design.yaml`. */
export function deleteFile(files: readonly DesignFile[], path: string): FileOpResult {
  if (!files.some((f) => f.path === path)) return { ok: false, reason: `there is no file ${path}` };
  const rest = files.filter((f) => f.path !== path);
  if (rest.length === 0) return { ok: true, files: [{ path: 'design.yaml', text: '' }], path };
  return { ok: true, files: rest, path };
}

/** A path not used by any of `taken`: `name.yaml`, then `name-2.yaml`, `name-3.yaml`… */
export function freePath(path: string, taken: ReadonlySet<string>): string {
  let out = path;
  for (let n = 2; taken.has(out); n++) out = path.replace(/(\.[^./]+)?$/, `-${n}$1`);
  return out;
}
