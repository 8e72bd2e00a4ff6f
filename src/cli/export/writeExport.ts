import {
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { DesignFile } from '../../domain/design/design';
import { decodeText, readFileBounded } from '../input/readBounded';
import { asRecord } from '../../lib/jsonValue';

/** Lists what an export wrote, so the next export into the folder removes what it no longer writes. */
export const EXPORT_MANIFEST = '.eventflow-export.json';
const MANIFEST_FORMAT = 'eventflow-export/1';
const LAYOUT_FOLDERS = ['eventbus', 'event-sources', 'sensors', 'other'];

export interface WriteResult {
  written: string[];
  removed: string[];
}

export class ExportWriteError extends Error {}

/**
 * Writes the layout into `dir`. Files a previous export listed in its manifest and this one does
 * not write are removed; with `clean`, every YAML file of the layout's folders (and the root's
 * kustomization and scenarios files) goes first, for folders exported by the app or by hand.
 * Only layout paths are ever removed or written, and never through a symbolic link.
 */
export function writeExport(
  dir: string,
  files: readonly DesignFile[],
  clean: boolean,
): WriteResult {
  mkdirSync(dir, { recursive: true });
  const next = new Set(files.map((f) => f.path));
  const previous = readManifest(dir);
  const stale = new Set(previous.filter((p) => !next.has(p)));
  if (clean) for (const p of layoutFilesIn(dir)) if (!next.has(p)) stale.add(p);
  const removed: string[] = [];
  for (const p of [...stale].sort()) {
    const target = join(dir, p);
    if (!isPlainFileOrLink(target) || !insideRealDirs(dir, p)) continue;
    unlinkSync(target);
    removed.push(p);
  }
  for (const folder of LAYOUT_FOLDERS) removeIfEmpty(join(dir, folder));
  for (const f of files) {
    if (!insideRealDirs(dir, f.path, true))
      throw new ExportWriteError(
        `${f.path}: a folder on the way is a symbolic link; not writing through it`,
      );
    const target = join(dir, f.path);
    mkdirSync(dirname(target), { recursive: true });
    // Write beside and rename: a symbolic link at the target is replaced, never written through.
    const temp = `${target}.eventflow-tmp`;
    writeFileSync(temp, f.text);
    renameSync(temp, target);
  }
  const manifest = `${JSON.stringify({ format: MANIFEST_FORMAT, files: [...next].sort() }, null, 2)}\n`;
  writeFileSync(`${join(dir, EXPORT_MANIFEST)}.eventflow-tmp`, manifest);
  renameSync(`${join(dir, EXPORT_MANIFEST)}.eventflow-tmp`, join(dir, EXPORT_MANIFEST));
  return { written: files.map((f) => f.path), removed };
}

/** A layout path: relative, no `..`, a YAML file at the root or in one of the layout's folders. */
function isLayoutPath(p: string): boolean {
  if (typeof p !== 'string' || p.includes('\\') || posix.isAbsolute(p)) return false;
  const parts = p.split('/');
  if (parts.some((s) => s === '' || s === '.' || s === '..')) return false;
  if (!/\.ya?ml$/.test(p)) return false;
  return parts.length === 1 || (parts.length === 2 && LAYOUT_FOLDERS.includes(parts[0]!));
}

function readManifest(dir: string): string[] {
  const read = readFileBounded(join(dir, EXPORT_MANIFEST), 1024 * 1024);
  if (!read.ok) return [];
  const text = decodeText(read.bytes);
  if (!text.ok) return [];
  try {
    const m = asRecord(JSON.parse(text.text));
    if (m?.format !== MANIFEST_FORMAT || !Array.isArray(m.files)) return [];
    return m.files.filter(isLayoutPath);
  } catch {
    return [];
  }
}

function layoutFilesIn(dir: string): string[] {
  const out: string[] = [];
  const names = (d: string) => {
    try {
      return readdirSync(d);
    } catch {
      return [];
    }
  };
  for (const n of names(dir))
    if (/^kustomization\.ya?ml$|(^|\.)scenarios\.ya?ml$/.test(n)) out.push(n);
  for (const folder of LAYOUT_FOLDERS)
    if (insideRealDirs(dir, `${folder}/x`))
      for (const n of names(join(dir, folder))) if (/\.ya?ml$/.test(n)) out.push(`${folder}/${n}`);
  return out.filter(isLayoutPath);
}

function isPlainFileOrLink(p: string): boolean {
  try {
    const st = lstatSync(p);
    return st.isFile() || st.isSymbolicLink();
  } catch {
    return false;
  }
}

/** True when every folder between `dir` and `rel` that exists is a real folder, not a link. */
function insideRealDirs(dir: string, rel: string, allowMissing = true): boolean {
  const parts = rel.split('/').slice(0, -1);
  let at = dir;
  for (const part of parts) {
    at = join(at, part);
    try {
      if (!lstatSync(at).isDirectory()) return false;
    } catch {
      return allowMissing;
    }
  }
  return true;
}

function removeIfEmpty(p: string): void {
  try {
    if (lstatSync(p).isDirectory() && readdirSync(p).length === 0) rmdirSync(p);
  } catch {
    // absent: nothing to do
  }
}
