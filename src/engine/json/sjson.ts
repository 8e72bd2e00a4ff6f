import { forEachElement, forEachMember, skipWs, valueEnd } from './jsonScan';
import { sjsonString } from './goJson';

export type SjsonResult = { ok: true; json: string } | { ok: false; error: string };

/**
 * sjson.Set / SetRaw (tidwall/sjson v1.2.5) on JSON text: writes `valueRaw` (JSON text) at `path`,
 * creating missing objects (and arrays for numeric parts), padding arrays with null past their end,
 * appending with `-1`, and leaving every other byte of the document as it was. `\.` escapes a dot;
 * a leading `:` forces an object key. Pure; never throws.
 */
export function sjsonSetRaw(json: string, path: string, valueRaw: string): SjsonResult {
  if (path === '') return { ok: false, error: 'path cannot be empty' };
  const parts = splitPath(path);
  if (parts.some((p) => p.key === '' && !p.forced))
    return { ok: false, error: `invalid path "${path}"` };
  return set(json, parts, valueRaw);
}

/** sjson.Set with a string value (quoted the way sjson quotes it). */
export function sjsonSetString(json: string, path: string, value: string): SjsonResult {
  return sjsonSetRaw(json, path, sjsonString(value));
}

interface Part {
  key: string;
  /** Written with a leading ':' — always an object key, never an index. */
  forced: boolean;
}

function splitPath(path: string): Part[] {
  const parts: Part[] = [];
  let cur = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '\\' && i + 1 < path.length) cur += path[++i];
    else if (c === '.') {
      parts.push(part(cur));
      cur = '';
    } else cur += c;
  }
  parts.push(part(cur));
  return parts;
}

function part(text: string): Part {
  return text.startsWith(':') ? { key: text.slice(1), forced: true } : { key: text, forced: false };
}

const isIndex = (p: Part) => !p.forced && (/^\d+$/.test(p.key) || p.key === '-1');

function set(doc: string, parts: Part[], value: string): SjsonResult {
  const start = skipWs(doc, 0);
  const [head, ...rest] = parts;
  if (!head) return { ok: true, json: value };
  const c = doc[start];
  if (c === '{') return setInObject(doc, start, head, rest, value);
  if (c === '[' && isIndex(head)) return setInArray(doc, start, head, rest, value);
  if (c === '[') return { ok: false, error: `cannot set key "${head.key}" on an array` };
  // Missing or scalar: build the structure from here.
  return {
    ok: true,
    json:
      doc.slice(0, start) +
      build(parts, value) +
      doc.slice(start === doc.length ? start : valueEnd(doc, start)),
  };
}

function setInObject(
  doc: string,
  start: number,
  head: Part,
  rest: Part[],
  value: string,
): SjsonResult {
  let hit: { start: number; end: number } | null = null;
  forEachMember(doc, start, (m) => {
    if (m.key === head.key) {
      hit = { start: m.start, end: m.end };
      return true;
    }
  });
  const end = valueEnd(doc, start);
  if (hit) {
    const { start: s, end: e } = hit;
    const inner = rest.length
      ? set(doc.slice(s, e), rest, value)
      : ({ ok: true, json: value } as SjsonResult);
    if (!inner.ok) return inner;
    return { ok: true, json: doc.slice(0, s) + inner.json + doc.slice(e) };
  }
  const close = end - 1;
  const empty = skipWs(doc, start + 1) === close;
  const member = `${sjsonString(head.key)}:${build(rest, value)}`;
  return {
    ok: true,
    json: `${doc.slice(0, close)}${empty ? '' : ','}${member}${doc.slice(close)}`,
  };
}

function setInArray(
  doc: string,
  start: number,
  head: Part,
  rest: Part[],
  value: string,
): SjsonResult {
  const els: { start: number; end: number }[] = [];
  forEachElement(doc, start, (s, e) => {
    els.push({ start: s, end: e });
  });
  const index = head.key === '-1' ? els.length : Number(head.key);
  const target = els[index];
  if (target) {
    const inner = rest.length
      ? set(doc.slice(target.start, target.end), rest, value)
      : ({ ok: true, json: value } as SjsonResult);
    if (!inner.ok) return inner;
    return { ok: true, json: doc.slice(0, target.start) + inner.json + doc.slice(target.end) };
  }
  const close = valueEnd(doc, start) - 1;
  const pad = Array.from({ length: index - els.length }, () => 'null');
  const added = [...pad, build(rest, value)].join(',');
  return {
    ok: true,
    json: `${doc.slice(0, close)}${els.length ? ',' : ''}${added}${doc.slice(close)}`,
  };
}

/** Builds the JSON for a path that does not exist yet. */
function build(parts: Part[], value: string): string {
  const [head, ...rest] = parts;
  if (!head) return value;
  if (isIndex(head)) {
    const n = head.key === '-1' ? 0 : Number(head.key);
    return `[${[...Array.from({ length: n }, () => 'null'), build(rest, value)].join(',')}]`;
  }
  return `{${sjsonString(head.key)}:${build(rest, value)}}`;
}
