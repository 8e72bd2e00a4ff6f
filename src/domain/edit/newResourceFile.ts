import type { DesignFile } from '../design/design';
import { folderOf, freePath, joinPath } from '../design/fileOps';
import { LAYOUT_FOLDER, layoutBaseName } from '../bundle/gitLayout';
import { isPlainObject } from '../../lib/deepEqual';
import { appendDocument } from './documentEdits';

/**
 * Where a new resource (palette, quick-fix, paste) is written: at the end of a given file (created
 * when the design has no such file), or `own-file`, a file of its own laid out as the export lays
 * out resources (`event-sources/<name>.yaml`…). Without one, the first file (the one-file design).
 */
export type NewResourceFile = { file: string } | 'own-file';

/**
 * The path the export layout gives a resource, in this design: an existing folder of the same name
 * is reused (`deploy/event-sources/` when the design keeps its sources there), and a path already
 * taken is numbered (`-2`), so no file is ever written over.
 */
export function ownFilePath(
  files: readonly DesignFile[],
  kind: string,
  name: string,
  namespace: string | null,
): string {
  const folder = LAYOUT_FOLDER[kind] ?? 'other';
  const existing = files
    .map((f) => folderOf(f.path))
    .find((d) => d === folder || d.endsWith(`/${folder}`));
  const base = layoutBaseName(
    namespace,
    kind in LAYOUT_FOLDER ? name : `${kind.toLowerCase()}-${name}`,
  );
  return freePath(joinPath(existing ?? folder, `${base}.yaml`), new Set(files.map((f) => f.path)));
}

/** Appends a manifest where `into` says; returns the files and the path it was written to. */
export function appendResource(
  files: readonly DesignFile[],
  value: Record<string, unknown>,
  into?: NewResourceFile,
): { files: DesignFile[]; file: string } {
  if (!into) {
    const out = appendDocument(files, value);
    return { files: out, file: out[0]!.path };
  }
  let path: string;
  if (into === 'own-file') {
    const meta = isPlainObject(value.metadata) ? value.metadata : {};
    path = ownFilePath(
      files,
      String(value.kind ?? 'resource'),
      typeof meta.name === 'string' ? meta.name : 'resource',
      typeof meta.namespace === 'string' ? meta.namespace : null,
    );
  } else path = into.file;
  const index = files.findIndex((f) => f.path === path);
  if (index >= 0) return { files: appendDocument(files, value, index), file: path };
  // A new file: appended to an empty file of that path, then placed after the others.
  const [created] = appendDocument([{ path, text: '' }], value);
  return { files: [...files, created!], file: path };
}
