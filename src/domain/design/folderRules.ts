// What a folder walk reads and what it passes by: one set of rules for `eventflow` (src/cli/input/walk.ts)
// and the app's Open folder… and folder drops, so both see the same design in the same folder.
import ignore from 'ignore';

/** Files a folder walk reads: manifests, scenarios and lessons are YAML or JSON. */
const MANIFEST_EXTENSIONS: ReadonlySet<string> = new Set(['.yaml', '.yml', '.json']);

/** gitignore-style patterns, in any folder of a walk, for the files under that folder. */
export const IGNORE_FILE = '.eventflowignore';

/** Most bytes of an {@link IGNORE_FILE} that are read. */
export const IGNORE_FILE_BYTES = 1024 * 1024;

/**
 * Lock files are JSON/YAML, often over the size limit, and never manifests; like `node_modules` and
 * hidden folders (`.git`, `.github`), a walk passes them by.
 */
const NEVER_MANIFESTS: ReadonlySet<string> = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
]);

/**
 * Why a walk passes an entry by its name alone, as a short label for a summary (`.git`,
 * `node_modules`, `lock files`), or null when the name is walked.
 */
export function passedByName(name: string, isDir: boolean): string | null {
  if (name === 'node_modules') return 'node_modules';
  if (name.startsWith('.')) return isDir ? name : 'hidden files';
  if (!isDir && NEVER_MANIFESTS.has(name)) return 'lock files';
  return null;
}

/** The lower-cased extension of a file name with its dot (`.yaml`), or '' when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** True for the names a walk reads (`.yaml`, `.yml`, `.json`, in any case). */
export function hasManifestExtension(name: string): boolean {
  return MANIFEST_EXTENSIONS.has(extensionOf(name));
}

/** The patterns of one ignore file (or `--exclude`), for the paths under `base`. */
export interface IgnoreRules {
  /** The folder the patterns are relative to, in the walk's own path form. */
  base: string;
  matcher: ReturnType<typeof ignore>;
}

/** Compiles gitignore-style patterns (the text of an {@link IGNORE_FILE}, or `--exclude` values). */
export function ignoreRules(base: string, patterns: string | readonly string[]): IgnoreRules {
  return { base, matcher: ignore().add(typeof patterns === 'string' ? patterns : [...patterns]) };
}

/**
 * True when `relative` (a `/`-separated path under the rules' base, not empty, not going up) is
 * ignored by them; folders are matched as `dir/` so `build/` patterns apply to them.
 */
export function ignoresRelative(r: IgnoreRules, relative: string, isDir: boolean): boolean {
  if (!relative || relative.startsWith('../') || relative === '..') return false;
  return r.matcher.ignores(isDir ? `${relative}/` : relative);
}
