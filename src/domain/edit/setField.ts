import { listManifests, parseDesign, type DesignFile } from '../design/design';
import { isJsonObject, type JsonObject } from '../manifest/jsonValue';
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
        let node: Container = v;
        for (const seg of path.slice(0, -1)) {
          const next = fieldOf(node, seg);
          if (isContainer(next)) node = next;
          else {
            const created: JsonObject = {};
            putField(node, seg, created);
            node = created;
          }
        }
        const last = path[path.length - 1];
        if (last === undefined) return v;
        if (value === undefined) Reflect.deleteProperty(node, last);
        else putField(node, last, value);
        return v;
      },
    ),
  };
}

/** A mapping or a list: what a value path steps into. */
type Container = JsonObject | unknown[];

function isContainer(v: unknown): v is Container {
  return isJsonObject(v) || Array.isArray(v);
}

/** The own field (or item) `key`; inherited properties such as `constructor` do not count. */
function fieldOf(node: Container, key: string | number): unknown {
  return Object.hasOwn(node, key) ? Reflect.get(node, key) : undefined;
}

/** Sets an own field, so a key such as `__proto__` is a field like any other. */
function putField(node: Container, key: string | number, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}
