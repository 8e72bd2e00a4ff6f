/**
 * Plain JSON as the YAML and JSON readers produce it, and guarded readers over it. Manifests are read
 * from user text, so nothing about their shape is assumed: every field is checked where it is read,
 * and an edit that needs a mapping or list where there is none puts an empty one there.
 */

/** A mapping read from YAML or JSON; its values are checked where they are read. */
export type JsonObject = Record<string, unknown>;

/**
 * A part of a manifest as written: the field names of the generated Argo Events type `T`, each value
 * still unchecked (a YAML file may hold anything there). Field-name typos are type errors; a value is
 * narrowed by the reader that uses it.
 */
export type Unchecked<T> = { [K in keyof T]?: unknown };

/**
 * The field `key` of `o` when it is `o`'s own: a manifest's keys are user text, so `constructor` or
 * `__proto__` must never reach a prototype member.
 */
function own(o: JsonObject, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/** Puts `value` under `key` as an own field (a key such as `__proto__` stays a key). */
function put(o: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** True for a mapping: an object that is neither null nor a list. */
export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The string under `key`, or undefined when absent or not a string. */
export function readString(o: JsonObject, key: string): string | undefined {
  const v = own(o, key);
  return typeof v === 'string' ? v : undefined;
}

/** The mapping under `key` (the live object, so callers may edit it), or undefined. */
export function readObject(o: JsonObject, key: string): JsonObject | undefined {
  const v = own(o, key);
  return isJsonObject(v) ? v : undefined;
}

/** The list under `key` (the live list), or undefined. */
export function readArray(o: JsonObject, key: string): unknown[] | undefined {
  const v = own(o, key);
  return Array.isArray(v) ? v : undefined;
}

/** The mapping under `key`; anything else there is replaced by a new empty mapping first. */
export function ensureObject(o: JsonObject, key: string): JsonObject {
  const v = own(o, key);
  if (isJsonObject(v)) return v;
  const created: JsonObject = {};
  put(o, key, created);
  return created;
}

/** The list under `key`; anything else there is replaced by a new empty list first. */
export function ensureArray(o: JsonObject, key: string): unknown[] {
  const v = own(o, key);
  if (Array.isArray(v)) return v;
  const created: unknown[] = [];
  put(o, key, created);
  return created;
}

/** The mappings of a list (the live items), skipping items of any other shape. */
export function objectsOf(list: unknown): JsonObject[] {
  return Array.isArray(list) ? list.filter(isJsonObject) : [];
}

/** True for a list of strings only. */
export function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}
