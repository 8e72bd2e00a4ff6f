/**
 * Characters that could change what a terminal or a CI log shows: C0 and C1 controls (escape
 * sequences, carriage returns and new lines that would forge a line), DEL, the Unicode line and
 * paragraph separators, and the bidirectional overrides and isolates that reorder text on screen.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Shows unsafe characters as escapes (`\n`, `\x1b`, `\u202e`), so a name or path prints as one inert line. */
export function escapeControl(text: string): string {
  return text.replace(
    UNSAFE,
    (c) =>
      NAMED[c] ??
      (c.charCodeAt(0) < 0x100
        ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
        : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

/** A message on one line: its own line breaks become spaces, then anything unsafe is escaped. */
export function oneLine(text: string): string {
  return escapeControl(text.replace(/[ \t]*\r?\n[ \t]*/g, ' '));
}

/**
 * JSON text that is safe to print: JSON.stringify leaves DEL, C1 controls, the line separators and
 * bidirectional controls as they are; they become `\uXXXX`, which every JSON reader reads back.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * GitHub workflow command escaping. A message's own line breaks become spaces (as `oneLine`); a
 * property (a file name) keeps them visible as `\n`. Then `%` is escaped in both, and `:` and `,`
 * in properties, which separate them.
 */
export function githubData(text: string): string {
  return oneLine(text).replace(/%/g, '%25');
}

export function githubProperty(text: string): string {
  return escapeControl(text).replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `safeJson` on one line: one JSON object per line (`tap -o json`). */
export function safeJsonLine(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
