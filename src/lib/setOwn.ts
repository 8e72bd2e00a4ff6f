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
