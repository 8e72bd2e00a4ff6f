import type { PathedFile } from './readChosenFiles';

/** Most entries a dropped folder is walked for: far more than the zip limit, so nothing real is cut. */
const MAX_DROPPED_ENTRIES = 5_000;

/**
 * The files of a drop, folders walked (`webkitGetAsEntry`), each with its path inside what was
 * dropped (`deploy/sensors/minio.yaml`), so same-named files in different folders stay apart.
 * Browsers without entries give the flat file list.
 */
export async function droppedFiles(data: DataTransfer): Promise<PathedFile[]> {
  const entries = [...data.items]
    .filter((i) => i.kind === 'file')
    .map((i) => i.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null))
    return [...data.files].map((file) => ({ file, path: file.name }));
  const out: PathedFile[] = [];
  let budget = MAX_DROPPED_ENTRIES;
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (budget-- <= 0) return;
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) =>
        (entry as FileSystemFileEntry).file(resolve, reject),
      );
      out.push({ file, path: entry.fullPath.replace(/^\/+/, '') || file.name });
      return;
    }
    if (!entry.isDirectory) return;
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
  for (const e of entries) await walk(e!);
  return out;
}
