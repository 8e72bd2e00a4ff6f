/**
 * An empty object with no prototype, for records keyed by user text: `__proto__`, `constructor` or
 * `toString` are then ordinary keys. (`Object.create` is typed `any`; this is the one place that says
 * what it makes.)
 */
export function nullRecord<V>(): Record<string, V> {
  return Object.create(null);
}
