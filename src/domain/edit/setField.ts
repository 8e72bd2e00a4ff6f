import { listManifests, parseDesign, type DesignFile } from '../design/design';
import { isPlainObject } from '../../lib/deepEqual';
import type { ValuePath } from '../validation/diagnostic';
import { updateDocument } from './documentEdits';
import type { EditResult } from './designEdits';

/**
 * Sets one field of a resource, creating missing parent mappings; `undefined` removes it. The
 * text changes only at that field.
 */
export function setField(
  files: readonly DesignFile[],
  resource: { kind: string; name: string; namespace: string },
  path: ValuePath,
  value: unknown,
): EditResult {
  const m = listManifests(parseDesign(files)).find(
    (x) =>
      x.kind === resource.kind &&
      x.name === resource.name &&
      (x.namespace ?? '') === resource.namespace,
  );
  if (!m) return { ok: false, reason: `no ${resource.kind} ${resource.name}` };
  if (path.length === 0) return { ok: false, reason: 'no field given' };
  return {
    ok: true,
    files: updateDocument(
      files,
      { fileIndex: m.fileIndex, documentIndex: m.documentIndex },
      (v) => {
        let node: Record<string, unknown> | unknown[] = v;
        for (const seg of path.slice(0, -1)) {
          const next: unknown = (node as Record<string | number, unknown>)[seg];
          if (!isPlainObject(next) && !Array.isArray(next))
            (node as Record<string | number, unknown>)[seg] = {};
          node = (node as Record<string | number, unknown>)[seg] as Record<string, unknown>;
        }
        const last = path[path.length - 1] as string | number;
        if (value === undefined) delete (node as Record<string | number, unknown>)[last];
        else (node as Record<string | number, unknown>)[last] = value;
        return v;
      },
    ),
  };
}
