/**
 * Sets an own, enumerable property even for keys such as `__proto__`, which a plain assignment would
 * treat as the prototype: a manifest may use any string as a key, and it must come back unchanged.
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * A null-prototype record, optionally filled from entries: for maps keyed by user text (names,
 * header and payload keys), where `constructor` or `toString` must be absent until set and
 * `__proto__` is a key like any other.
 */
export function nullRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** `target[key]` when it is the target's own property: never a prototype member such as `constructor`. */
export function getOwn(target: object, key: string | number): unknown {
  return Object.hasOwn(target, key) ? (target as Record<string | number, unknown>)[key] : undefined;
}
