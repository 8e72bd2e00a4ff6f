import { stringEnd } from '../json/jsonScan';
import { isValidJson } from '../json/jsonScan';
import { nullRecord } from '../../lib/nullRecord';

/** Go's textproto.CanonicalMIMEHeaderKey: `x-github-event` → `X-Github-Event`. */
export function canonicalHeaderKey(key: string): string {
  if (!/^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$/.test(key)) return key;
  return key
    .split('-')
    .map((p) => (p ? p[0]?.toUpperCase() + p.slice(1).toLowerCase() : p))
    .join('-');
}

/** Headers as the sensor sees them: canonical keys, each with a list of values, keys sorted. */
export function canonicalHeaders(
  headers: Readonly<Record<string, string | readonly string[]>> | undefined,
): Record<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, v] of Object.entries(headers ?? {})) {
    const key = canonicalHeaderKey(k);
    out.set(key, [...(out.get(key) ?? []), ...(typeof v === 'string' ? [v] : v)]);
  }
  return nullRecord([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * json.Marshal of a json.RawMessage: compacts and HTML-escapes (<, >, & and U+2028/2029 inside
 * strings) while keeping every number exactly as written. Null when the text is not valid JSON.
 */
export function compactGoJson(raw: string): string | null {
  if (!isValidJson(raw)) return null;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] ?? '';
    if (c === '"') {
      const end = stringEnd(raw, i);
      out += raw
        .slice(i, end)
        .replace(
          /[<>&\u2028\u2029]/g,
          (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
        );
      i = end - 1;
    } else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') out += c;
  }
  return out;
}

/** Parses `a=1&b=2&a=3` into Go's url.Values ({key: [values]}), keys sorted. */
export function parseQuery(query: string): Record<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of query.split('&')) {
    if (!part) continue;
    const [k = '', v = ''] = part.split('=', 2).concat(part.includes('=') ? [] : ['']);
    const dec = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        return s;
      }
    };
    const key = dec(k);
    out.set(key, [...(out.get(key) ?? []), dec(v)]);
  }
  return nullRecord([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
