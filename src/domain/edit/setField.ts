import { listManifests, parseDesign, type DesignFile } from '../design/design';
import { isJsonObject, type JsonObject } from '../manifest/jsonValue';
import type { ValuePath } from '../validation/diagnostic';
import { updateDocument, withFileText } from './documentEdits';
import { parseManifests } from '../yaml/parseManifests';
import { placePatch, spliceDocuments } from '../yaml/patchDocument';
import type { EditResult } from './designEdits';

/**
 * Sets one field of a resource, creating missing parent mappings; `undefined` removes it (a list
 * item removed closes the gap). The text changes only at that field.
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
  const file = files[m.fileIndex]!;
  // The text is compared with the new value only where the field is, when the path can be followed.
  const edit = placePatch(
    parseManifests(file.text),
    m.documentIndex,
    path,
    (found, rest) => (rest.length === 0 ? value : withField(found, rest, value)),
    value === undefined,
  );
  if (edit !== undefined) {
    const text = edit ? spliceDocuments(file.text, [edit]) : file.text;
    return { ok: true, files: withFileText(files, m.fileIndex, text) };
  }
  return {
    ok: true,
    files: updateDocument(
      files,
      { fileIndex: m.fileIndex, documentIndex: m.documentIndex },
      (v) => {
        const next = withField(v, path, value);
        return isJsonObject(next) ? next : v;
      },
    ),
  };
}

/**
 * `found` with `value` at `path` (removed when undefined), creating the mappings on the way that are
 * missing (or not mappings); copied along the path only, so what the path does not touch is shared.
 */
function withField(found: unknown, path: readonly (string | number)[], value: unknown): Container {
  const copy: Container = Array.isArray(found)
    ? [...found]
    : isJsonObject(found)
      ? { ...found }
      : {};
  const [seg, ...rest] = path;
  if (seg === undefined) return copy;
  if (rest.length > 0) putField(copy, seg, withField(fieldOf(copy, seg), rest, value));
  // A list item removed closes the gap (a hole is no YAML value).
  else if (value === undefined && Array.isArray(copy) && typeof seg === 'number')
    copy.splice(seg, 1);
  else if (value === undefined) Reflect.deleteProperty(copy, seg);
  else putField(copy, seg, value);
  return copy;
}

/** A mapping or a list: what a value path steps into. */
type Container = JsonObject | unknown[];

/** The own field (or item) `key`; inherited properties such as `constructor` do not count. */
function fieldOf(node: Container, key: string | number): unknown {
  return Object.hasOwn(node, key) ? Reflect.get(node, key) : undefined;
}

/** Sets an own field, so a key such as `__proto__` is a field like any other. */
function putField(node: Container, key: string | number, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}
