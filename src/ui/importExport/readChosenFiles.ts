import { readBundle, type ImportedBundle } from '../../domain/bundle/gitLayout';
import { unzipFiles } from '../../domain/bundle/zipBundle';
import type { DesignFile } from '../../domain/design/design';
import { FolderFilter, isIgnoreFilePath, skippedSummary } from '../../domain/design/folderFiles';
import { IGNORE_FILE_BYTES } from '../../domain/design/folderRules';
import { MAX_FILE_BYTES } from '../../domain/yaml/yamlLimits';

/** Largest single file read from disk (the YAML limit, the same in the CLI); bigger ones are refused before reading. */
export const MAX_IMPORT_FILE_BYTES = MAX_FILE_BYTES;
const MiB = 1024 * 1024;

/** A file with the path it had in the chosen or dropped folder (`File.webkitRelativePath` is read-only). */
export interface PathedFile {
  file: File;
  path: string;
}

/** Where a file sits in what the user chose: its folder path when the browser gives one, else its name. */
function chosenPath(item: File | PathedFile): string {
  if ('file' in item) return item.path;
  return (item as File & { webkitRelativePath?: string }).webkitRelativePath || item.name;
}

/** What the import dialog shows: the bundle, a line per file refused, one line for those passed by. */
export type ChosenBundle = ImportedBundle & { refused: string[]; skipped: string | null };

/**
 * Files chosen or dropped by the user → one design bundle, each under its folder path. Inside a
 * folder the CLI's walk rules apply (hidden folders, `node_modules`, lock files, `.eventflowignore`,
 * YAML/JSON only), and what they pass by is summed up in one line. Zips are opened (with their
 * limits), binary and oversized files are refused with a sentence each; YAML that does not parse
 * still opens (its problems are shown), so nothing the user chose is silently dropped.
 * `skippedFolders` are folders a drop was not walked into (droppedFiles).
 */
export async function readChosenFiles(
  list: readonly (File | PathedFile)[],
  skippedFolders: readonly string[] = [],
): Promise<ChosenBundle> {
  const entries: DesignFile[] = [];
  const refused: string[] = [];
  const ignoreTexts = new Map<string, string>();
  for (const item of list) {
    const path = chosenPath(item);
    if (!isIgnoreFilePath(path)) continue;
    const file = 'file' in item ? item.file : item;
    const text = file.size > IGNORE_FILE_BYTES ? null : decodeUtf8(await file.arrayBuffer());
    if (text === null)
      refused.push(`${path}: not read (over 1 MiB, or not UTF-8 text): its patterns do not apply`);
    else ignoreTexts.set(path.slice(0, path.lastIndexOf('/')), text);
  }
  const filter = new FolderFilter(ignoreTexts);
  const passedBy: string[] = [];
  for (const item of list) {
    const file = 'file' in item ? item.file : item;
    const path = chosenPath(item);
    if (isIgnoreFilePath(path)) continue;
    const verdict = filter.verdict(path);
    if (!verdict.read) {
      passedBy.push(verdict.label);
      continue;
    }
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      refused.push(
        `${path}: ${(file.size / MiB).toFixed(1)} MiB is over the ${MAX_IMPORT_FILE_BYTES / MiB} MiB limit`,
      );
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.zip$/i.test(path)) {
      const unzipped = unzipFiles(bytes);
      if (unzipped.ok) entries.push(...unzipped.files);
      else refused.push(`${path}: ${unzipped.message}`);
      continue;
    }
    if (!/\.(ya?ml|json)$/i.test(path)) {
      refused.push(`${path}: not a .yaml, .yml, .json or .zip file`);
      continue;
    }
    if (bytes.includes(0)) {
      refused.push(`${path}: binary data, not YAML text`);
      continue;
    }
    const text = decodeUtf8(bytes);
    if (text === null) refused.push(`${path}: not UTF-8 text`);
    else entries.push({ path, text: text.startsWith('\uFEFF') ? text.slice(1) : text });
  }
  return { ...readBundle(entries), refused, skipped: skippedSummary(passedBy, skippedFolders) };
}

/** Strict UTF-8 text, or null when the bytes are not. */
function decodeUtf8(bytes: ArrayBuffer | Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
