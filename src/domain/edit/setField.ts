import { listManifests, parseDesign, type DesignFile } from '../design/design';
import { isPlainObject } from '../../lib/deepEqual';
import type { ValuePath } from '../validation/diagnostic';
import { updateDocument } from './documentEdits';
import type { EditResult } from './designEdits';
import { getOwn, setOwn } from '../../lib/setOwn';

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
        // Own properties only: a field named `__proto__` or `constructor` is a key of the manifest.
        let node: Record<string, unknown> | unknown[] = v;
        for (const seg of path.slice(0, -1)) {
          let next = getOwn(node, seg);
          if (!isPlainObject(next) && !Array.isArray(next)) {
            next = {};
            setOwn(node as Record<string, unknown>, String(seg), next);
          }
          node = next as Record<string, unknown> | unknown[];
        }
        const last = path[path.length - 1] as string | number;
        if (value === undefined) delete (node as Record<string | number, unknown>)[last];
        else setOwn(node as Record<string, unknown>, String(last), value);
        return v;
      },
    ),
  };
}
