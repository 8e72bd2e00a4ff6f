/**
 * An object with no prototype, for records keyed by user text: `__proto__`, `constructor` or
 * `toString` are then ordinary keys. (`Object.create` is typed `any`; this is the one place that says
 * what it makes.) Entries, when given, are its first keys.
 */
export function nullRecord<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const out: Record<string, V> = Object.create(null);
  for (const [k, v] of entries) out[k] = v;
  return out;
}
