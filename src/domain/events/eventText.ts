import { parse, printParseErrorCode, type ParseError, type ParseErrorCode } from 'jsonc-parser';

/** Reading what the user typed into the event composer; every mistake comes with a place. */

/**
 * Strict JSON, with the first mistake located by line and column (the browser's own message has no
 * position in every engine, so a real JSON scanner finds it).
 */
export function parseJsonBody(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: string } {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, {
    allowTrailingComma: false,
    disallowComments: true,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (!first) return { ok: true, value };
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const col = first.offset - before.lastIndexOf('\n');
  return {
    ok: false,
    error: `not valid JSON at line ${line}, column ${col}: ${describe(first.error)}`,
  };
}

function describe(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** `Name: value` lines → headers; a line without a colon is an error naming the line. */
export function parseHeaders(
  text: string,
): { ok: true; headers: Record<string, string> } | { ok: false; error: string } {
  // Null-prototype: a header named `__proto__` is a header like any other.
  const headers = Object.create(null) as Record<string, string>;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) return { ok: false, error: `header line ${i + 1} should be "Name: value"` };
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return { ok: true, headers };
}

/** RFC 9110 token characters: what an HTTP header name may hold. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * One `Name: value` header as given on a command line (`eventflow simulate --header`): the name an
 * HTTP token, the value without control characters (a CR or LF would start another header).
 */
export function readHeaderField(
  text: string,
): { ok: true; name: string; value: string } | { ok: false; error: string } {
  const colon = text.indexOf(':');
  if (colon < 0) return { ok: false, error: 'should look like "Name: value"' };
  const name = text.slice(0, colon).trim();
  const value = text.slice(colon + 1).trim();
  if (name === '') return { ok: false, error: 'has no header name before the colon' };
  if (!TOKEN.test(name))
    return {
      ok: false,
      error: `has a header name ${JSON.stringify(name)} with characters HTTP does not allow in one (letters, digits and !#$%&'*+-.^_\`|~ only)`,
    };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value))
    return { ok: false, error: 'has a control character (a line break?) in its value' };
  return { ok: true, name, value };
}

/** RFC 9110 method: a token (`POST`, `GET`, …); the source compares it as given. */
export function isHttpMethod(text: string): boolean {
  return TOKEN.test(text);
}

export function formatHeaders(headers: Record<string, string | string[]> | undefined): string {
  return Object.entries(headers ?? {})
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v}`)
    .join('\n');
}

/** True when the text is one JSON value (a sample body may be a form instead). */
export function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Pretty-prints a JSON body for editing; other text stays as it is. */
export function prettyBody(body: string | undefined): string {
  if (!body) return '{}';
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}
