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

/** T when it is made only of what JSON keeps (an undefined member is left out, as it was absent). */
export type JsonSafe<T> = unknown extends T
  ? T // data not yet looked at (a resource from YAML) is JSON data too
  : T extends string | number | boolean | null | undefined
    ? T
    : T extends (...args: never[]) => unknown
      ? never
      : T extends readonly (infer U)[]
        ? readonly JsonSafe<U>[]
        : { [K in keyof T]: JsonSafe<T[K]> };

/**
 * A deep copy of JSON data, such as the simulator's state (which crosses the worker boundary as
 * JSON); the constraint refuses types with functions, so the copy has the type of the original.
 */
export function copyJson<T>(v: T & JsonSafe<T>): T {
  return JSON.parse(JSON.stringify(v));
}
