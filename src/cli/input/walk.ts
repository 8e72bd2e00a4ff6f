import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeText, readFileBounded } from './readBounded';
import {
  hasManifestExtension,
  IGNORE_FILE,
  IGNORE_FILE_BYTES,
  ignoreRules,
  ignoresRelative,
  passedByName,
  type IgnoreRules,
} from '../../domain/design/folderRules';
import { errorText } from '../../lib/errorText';

export interface WalkProblem {
  path: string;
  code: string;
  message: string;
}

/**
 * One directory as a walk sees it: its YAML/JSON files and subdirectories after the skip rules
 * (hidden entries, `node_modules`, lock files, `--exclude` patterns and `.eventflowignore` files).
 */
export interface Listing {
  files: string[];
  dirs: string[];
}

export class Walker {
  private readonly ignoreCache = new Map<string, IgnoreRules | null>();
  readonly problems: WalkProblem[] = [];
  private readonly seenDirs = new Set<string>();

  /** `exclude` patterns use gitignore syntax, relative to `root` (the folder named on the command line). */
  constructor(
    private readonly root: string,
    exclude: readonly string[],
  ) {
    if (exclude.length) this.ignoreCache.set(`--exclude:${root}`, ignoreRules(root, exclude));
  }

  /** The entries of `dir` that pass the skip rules, sorted by name. */
  list(dir: string): Listing {
    const files: string[] = [];
    const dirs: string[] = [];
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      this.problems.push({
        path: dir,
        code: 'input.unreadable',
        message: `cannot list this folder: ${errorText(e).split('\n')[0]}`,
      });
      return { files, dirs };
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const rules = this.rulesFor(dir);
    for (const entry of entries) {
      const name = entry.name;
      const p = join(dir, name);
      // A symbolic link counts as what it points to; a dangling one is read (and reported) as a file.
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = statSync(p).isDirectory();
        } catch {
          isDir = false;
        }
      }
      if (passedByName(name, isDir) !== null) continue;
      if (rules.some((r) => ignored(r, p, isDir))) continue;
      if (isDir) dirs.push(p);
      // Anything else with a manifest extension is a candidate, including devices and FIFOs named
      // `.yaml`: reading refuses them with a sentence rather than skipping them silently.
      else if (hasManifestExtension(name)) files.push(p);
    }
    return { files, dirs };
  }

  /** Every candidate file under `dir`, depth first; symbolic-link loops are walked once. */
  walk(dir: string): string[] {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      real = dir;
    }
    if (this.seenDirs.has(real)) return [];
    this.seenDirs.add(real);
    const { files, dirs } = this.list(dir);
    return [...files, ...dirs.flatMap((d) => this.walk(d))];
  }

  /** The ignore rules that apply in `dir`: `--exclude`, then every `.eventflowignore` from the root down. */
  private rulesFor(dir: string): IgnoreRules[] {
    const out: IgnoreRules[] = [];
    const excluded = this.ignoreCache.get(`--exclude:${this.root}`);
    if (excluded) out.push(excluded);
    const rel = relative(this.root, dir);
    const parts = rel && !rel.startsWith('..') ? rel.split(sep) : [];
    let at = this.root;
    for (let i = 0; i <= parts.length; i++) {
      const r = this.ignoreFileIn(at);
      if (r) out.push(r);
      if (i < parts.length) at = join(at, parts[i]!);
    }
    if (rel.startsWith('..')) {
      const r = this.ignoreFileIn(dir);
      if (r) out.push(r);
    }
    return out;
  }

  private ignoreFileIn(dir: string): IgnoreRules | null {
    if (this.ignoreCache.has(dir)) return this.ignoreCache.get(dir) ?? null;
    const path = join(dir, IGNORE_FILE);
    let found: IgnoreRules | null = null;
    const read = readFileBounded(path, IGNORE_FILE_BYTES);
    if (read.ok) {
      const text = decodeText(read.bytes);
      if (text.ok) found = ignoreRules(dir, text.text);
      else this.problems.push({ path, code: text.problem.code, message: text.problem.message });
    } else if (read.problem.code !== 'input.not-found')
      this.problems.push({ path, code: read.problem.code, message: read.problem.message });
    this.ignoreCache.set(dir, found);
    return found;
  }
}

function ignored(r: IgnoreRules, path: string, isDir: boolean): boolean {
  const rel = relative(r.base, path);
  if (!rel || rel.startsWith('..')) return false;
  return ignoresRelative(r, rel.split(sep).join('/'), isDir);
}
