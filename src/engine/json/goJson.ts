import { isRecord } from '../../lib/jsonValue';

/**
 * Go encoding/json string quoting (json.Marshal): escapes quotes, backslashes and control
 * characters, and HTML-escapes <, > and & as \u003c, \u003e, \u0026 (plus U+2028/U+2029).
 */
export function goMarshalString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029)
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s.slice(i, i + 2);
        i++;
      } else out += '\\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\\ufffd';
    else out += s[i];
  }
  return `${out}"`;
}

/** sjson's string encoding: plain quoting for printable ASCII, json.Marshal otherwise. */
export function sjsonString(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7f || c === 0x22 || c === 0x5c) return goMarshalString(s);
  }
  return `"${s}"`;
}

/** A JSON-like value as Go's encoding/json marshals `interface{}`: maps with sorted keys. */
export type MarshalValue =
  null | boolean | number | string | MarshalValue[] | { [key: string]: MarshalValue };

/**
 * encoding/json Marshal: sorted map keys, HTML-escaped strings, float64 text as Go writes it. Takes
 * any decoded value (a MarshalValue, or YAML/JSON not yet checked); what JSON has no form for (a
 * missing member, a function) marshals as null.
 */
export function goMarshal(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return goJsonNumber(v);
  if (typeof v === 'string') return goMarshalString(v);
  if (Array.isArray(v)) return `[${v.map(goMarshal).join(',')}]`;
  if (!isRecord(v)) return 'null';
  return `{${Object.keys(v)
    .sort()
    .map((k) => `${goMarshalString(k)}:${goMarshal(v[k] ?? null)}`)
    .join(',')}}`;
}

/** encoding/json float64: shortest digits; exponent form below 1e-6 or from 1e21 ("1e+21"). */
export function goJsonNumber(f: number): string {
  if (!Number.isFinite(f)) return 'null';
  const a = Math.abs(f);
  if (a !== 0 && (a < 1e-6 || a >= 1e21))
    return f.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
  return String(f);
}

const HEX = '0123456789abcdef';
const hex4 = (c: number) =>
  `${HEX[(c >> 12) & 15]}${HEX[(c >> 8) & 15]}${HEX[(c >> 4) & 15]}${HEX[c & 15]}`;

/**
 * gjson AppendJSONString (used by `@tostr` and multipath keys): control characters as \b \f \n
 * \r \t or \u00XX, `<`, `>` and `&` as \u003c…, U+2028/U+2029 escaped, a lone surrogate (a byte
 * that is not UTF-8 in Go) as \ufffd, everything else as is.
 */
export function gjsonJsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) {
      const short = { 8: 'b', 12: 'f', 10: 'n', 13: 'r', 9: 't' }[c];
      out += short ? `\\${short}` : `\\u${hex4(c)}`;
    } else if (c === 0x3e || c === 0x3c || c === 0x26) out += `\\u${hex4(c)}`;
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x22) out += '\\"';
    else if (c === 0x2028 || c === 0x2029) out += `\\u${hex4(c)}`;
    else if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out += s.slice(i, i + 2);
      i++;
    } else if (c >= 0xd800 && c < 0xe000) out += '\\ufffd';
    else out += s[i];
  }
  return `${out}"`;
}
