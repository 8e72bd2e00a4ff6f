/** A JSON object (or any non-array object) whose members are still to be checked. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value as an object whose members are still to be checked, or undefined when it is not one. */
export function asRecord(v: unknown): Record<string, unknown> | undefined {
  return isRecord(v) ? v : undefined;
}

/** What JSON text decodes to. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * JSON.parse, typed: it only ever builds JSON values (lib.d.ts types its result `any`). Throws the
 * SyntaxError JSON.parse throws.
 */
export function parseJson(text: string): JsonValue {
  return JSON.parse(text);
}
