import { readBundle, type ImportedBundle } from '../../domain/bundle/gitLayout';
import { unzipFiles } from '../../domain/bundle/zipBundle';
import type { DesignFile } from '../../domain/design/design';
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

/**
 * Files chosen or dropped by the user → one design bundle, each under its folder path. Zips are opened (with their limits),
 * binary and oversized files are refused with a sentence each; YAML that does not parse still opens
 * (its problems are shown), so nothing the user chose is silently dropped.
 */
export async function readChosenFiles(
  list: readonly (File | PathedFile)[],
): Promise<ImportedBundle & { refused: string[] }> {
  const entries: DesignFile[] = [];
  const refused: string[] = [];
  for (const item of list) {
    const file = 'file' in item ? item.file : item;
    const path = chosenPath(item);
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
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      entries.push({ path, text: text.startsWith('\uFEFF') ? text.slice(1) : text });
    } catch {
      refused.push(`${path}: not UTF-8 text`);
    }
  }
  return { ...readBundle(entries), refused };
}
