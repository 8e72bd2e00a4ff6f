import { passedByName } from '../../domain/design/folderRules';
import type { PathedFile } from './readChosenFiles';

/** Most entries a dropped folder is walked for: far more than the zip limit, so nothing real is cut. */
const MAX_DROPPED_ENTRIES = 5_000;

export interface DroppedFiles {
  files: PathedFile[];
  /** Folders not walked into, as the CLI passes them by (`node_modules`, `.git`): paths in the drop. */
  skippedFolders: string[];
}

/**
 * The files of a drop, folders walked (`webkitGetAsEntry`), each with its path inside what was
 * dropped (`deploy/sensors/minio.yaml`), so same-named files in different folders stay apart.
 * Folders the CLI passes by are not entered (a `node_modules` would use up the entry budget).
 * Browsers without entries give the flat file list.
 */
export async function droppedFiles(data: DataTransfer): Promise<DroppedFiles> {
  const entries = [...data.items]
    .filter((i) => i.kind === 'file')
    .map((i) => i.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null))
    return {
      files: [...data.files].map((file) => ({ file, path: file.name })),
      skippedFolders: [],
    };
  const out: PathedFile[] = [];
  const skippedFolders: string[] = [];
  let budget = MAX_DROPPED_ENTRIES;
  const walk = async (entry: FileSystemEntry, top = false): Promise<void> => {
    if (budget-- <= 0) return;
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) =>
        (entry as FileSystemFileEntry).file(resolve, reject),
      );
      out.push({ file, path: entry.fullPath.replace(/^\/+/, '') || file.name });
      return;
    }
    if (!entry.isDirectory) return;
    // The dropped folder itself is walked whatever its name, as a folder named to the CLI is.
    if (!top && passedByName(entry.name, true) !== null) {
      skippedFolders.push(entry.fullPath.replace(/^\/+/, ''));
      return;
    }
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries hands out a directory in batches; an empty batch is the end.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
        reader.readEntries(resolve, reject),
      );
      if (batch.length === 0) break;
      for (const child of batch.sort((a, b) => a.name.localeCompare(b.name))) await walk(child);
    }
  };
  for (const e of entries) await walk(e!, true);
  return { files: out, skippedFolders };
}
