import { decodeString, forEachElement, skipWs, stringEnd, valueEnd } from './jsonScan';
import {
  firstComponent,
  hasWildcard,
  splitAtPipe,
  splitTopLevel,
  unescapeKey,
  wildcardMatch,
} from './gjsonPath';
import { MISSING, resultOf, resultString, type GjsonResult } from './gjsonResult';
import { applyModifier, isModifier } from './gjsonModifiers';
import { matchesQuery, parseQuery } from './gjsonQuery';

export type { GjsonResult, GjsonType, GoValue } from './gjsonResult';
export { resultBool, resultFloat, resultString, resultValue } from './gjsonResult';

/**
 * gjson.Get: reads `path` from JSON text without parsing the rest of the document (tidwall/gjson
 * v1.19 path syntax: keys with `\.` escapes and `*`/`?` wildcards, array indexes, `#` counts and
 * maps, `#(…)` / `#(…)#` queries, `|` pipes, `[…]`/`{…}` multipaths, `!literal`s, `@modifiers`).
 * Pure and total: a missing or unreadable value gives `exists: false`.
 */
export function gjsonGet(json: string, path: string): GjsonResult {
  const start = skipWs(json, 0);
  if (start >= json.length) return MISSING;
  if (path === '') return MISSING;
  return walkAt(json, start, path);
}

/** A path split once into plain key/index steps, and the first complex part (queries, modifiers…). */
interface CompiledPath {
  steps: { key: string; wild: boolean; index: number | null }[];
  rest: string;
}

const COMPILED = new Map<string, CompiledPath>();

function compilePath(path: string): CompiledPath {
  let hit = COMPILED.get(path);
  if (hit) return hit;
  const steps: CompiledPath['steps'] = [];
  let p = path;
  while (p !== '') {
    const c0 = p[0];
    if (c0 === '[' || c0 === '{' || c0 === '!' || c0 === '@' || c0 === '#') break;
    const { comp, rest } = firstComponent(p);
    if (comp.sep === '|') break;
    const wild = hasWildcard(comp.text);
    const index = /^\d+$/.test(comp.text) ? Number(comp.text) : null;
    steps.push({ key: wild ? comp.text : unescapeKey(comp.text), wild, index });
    p = rest;
  }
  hit = { steps, rest: p };
  if (COMPILED.size > 2000) COMPILED.clear();
  COMPILED.set(path, hit);
  return hit;
}

/**
 * Walks keys and indexes by position in the original text, so the common paths (`body.user`,
 * `items.1.name`) never copy or rescan the document; only the value found is sliced. A numeric
 * step is an index on arrays and a key on objects, as in gjson.
 */
function walkAt(json: string, start: number, path: string): GjsonResult {
  const { steps, rest } = compilePath(path);
  let at = start;
  for (const st of steps) {
    const c = json[at];
    let next = -1;
    if (c === '{') next = memberAt(json, at, st.key, st.wild);
    else if (c === '[' && st.index !== null) next = elementAt(json, at, st.index);
    if (next < 0) return MISSING;
    at = next;
  }
  const raw = json.slice(at, valueEnd(json, at));
  return rest === '' ? resultOf(raw) : walk(raw, rest);
}

function walk(raw: string, path: string): GjsonResult {
  if (path === '') return resultOf(raw);
  const c0 = path[0];
  if (c0 === '[' || c0 === '{') return multipath(raw, path);
  if (c0 === '!') return literal(path);
  const { comp, rest } = firstComponent(path);
  const text = comp.text;
  if (text.startsWith('@') && isModifier(text)) {
    const out = applyModifier(raw, text);
    return out === null ? MISSING : walk(out, rest);
  }
  const first = raw[0];
  if (first === '{') {
    if (text.startsWith('#')) return MISSING;
    const wild = hasWildcard(text);
    const found = memberAt(raw, 0, wild ? text : unescapeKey(text), wild);
    return found < 0 ? MISSING : walkAt(raw, found, rest);
  }
  if (first === '[') {
    if (text === '#') {
      if (rest === '') return resultOf(String(count(raw)));
      if (comp.sep === '|') return walk(String(count(raw)), rest);
      return mapElements(raw, rest);
    }
    if (text.startsWith('#(')) return query(raw, text, comp.sep, rest);
    if (/^\d+$/.test(text)) {
      const found = elementAt(raw, 0, Number(text));
      return found < 0 ? MISSING : walkAt(raw, found, rest);
    }
  }
  return MISSING;
}

/** Start of the value of the first member whose key matches; -1 when none. */
function memberAt(json: string, at: number, key: string, wild: boolean): number {
  let j = skipWs(json, at + 1);
  while (j < json.length && json[j] !== '}') {
    if (json[j] !== '"') return -1;
    const kEnd = stringEnd(json, j);
    let match: boolean;
    if (wild) match = wildcardMatch(decodeString(json, j, kEnd), key);
    else if (kEnd - j - 2 === key.length && json.startsWith(key, j + 1)) match = true;
    else match = hasEscape(json, j, kEnd) && decodeString(json, j, kEnd) === key;
    j = skipWs(json, kEnd);
    if (json[j] !== ':') return -1;
    const vs = skipWs(json, j + 1);
    if (match) return vs;
    j = skipWs(json, valueEnd(json, vs));
    if (json[j] === ',') j = skipWs(json, j + 1);
  }
  return -1;
}

function hasEscape(json: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (json.charCodeAt(i) === 92) return true;
  return false;
}

function elementAt(json: string, at: number, index: number): number {
  let found = -1;
  forEachElement(json, at, (s, _e, i) => {
    if (i === index) {
      found = s;
      return true;
    }
  });
  return found;
}

function count(raw: string): number {
  let n = 0;
  forEachElement(raw, 0, () => {
    n++;
  });
  return n;
}

function elements(raw: string): string[] {
  const out: string[] = [];
  forEachElement(raw, 0, (s, e) => {
    out.push(raw.slice(s, e));
  });
  return out;
}

/** `#.rest`: applies the part before the first `|` to each element, then the rest to the array. */
function mapElements(raw: string, rest: string): GjsonResult {
  const [each, after] = splitAtPipe(rest);
  const parts: string[] = [];
  for (const el of elements(raw)) {
    const r = walk(el, each);
    if (r.exists) parts.push(r.raw);
  }
  const arr = `[${parts.join(',')}]`;
  return after === null ? resultOf(arr) : walk(arr, after);
}

function query(raw: string, text: string, sep: string, rest: string): GjsonResult {
  const all = text.endsWith(')#');
  const body = text.slice(2, all ? -2 : -1);
  const q = parseQuery(body);
  const hits = elements(raw).filter((el) => matchesQuery(el, q, walk));
  if (!all) {
    const hit = hits[0];
    return hit === undefined ? MISSING : walkAt(hit, 0, rest);
  }
  if (rest === '') return resultOf(`[${hits.join(',')}]`);
  if (sep === '|') return walk(`[${hits.join(',')}]`, rest);
  return mapElements(`[${hits.join(',')}]`, rest);
}

/** `[a,b]` builds an array and `{a,"k":b}` an object from several paths; missing ones are left out. */
function multipath(raw: string, path: string): GjsonResult {
  const close = path[0] === '[' ? ']' : '}';
  const end = matchingClose(path);
  if (end < 0) return MISSING;
  const body = path.slice(1, end);
  let after = path.slice(end + 1);
  if (after.startsWith('.') || after.startsWith('|')) after = after.slice(1);
  const parts: string[] = [];
  for (const item of splitTopLevel(body)) {
    const p = item.trim();
    if (p === '') continue;
    let key: string | null = null;
    let sub = p;
    const m = /^"((?:[^"\\]|\\.)*)"\s*:\s*([\s\S]*)$/.exec(p);
    if (m) {
      key = JSON.parse(`"${m[1] ?? ''}"`) as string;
      sub = m[2] ?? '';
    }
    const r = walk(raw, sub);
    if (!r.exists) continue;
    if (close === ']') parts.push(r.raw);
    else parts.push(`${JSON.stringify(key ?? lastKey(sub))}:${r.raw}`);
  }
  const built = close === ']' ? `[${parts.join(',')}]` : `{${parts.join(',')}}`;
  return walk(built, after);
}

function lastKey(path: string): string {
  let p = path;
  let last = path;
  while (p !== '') {
    const { comp, rest } = firstComponent(p);
    last = comp.text;
    p = rest;
  }
  return unescapeKey(last);
}

function matchingClose(path: string): number {
  let depth = 0;
  let quote = false;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (quote) {
      if (c === '"') quote = false;
      continue;
    }
    if (c === '"') quote = true;
    else if (c === '[' || c === '{' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** `!true`, `!"text"`, `!{"a":1}`: a JSON literal in the path. */
function literal(path: string): GjsonResult {
  const body = path.slice(1);
  const end = body[0] === '{' || body[0] === '[' ? matchingClose(body) + 1 : valueEnd(body, 0);
  if (end <= 0) return MISSING;
  const raw = body.slice(0, end);
  let after = body.slice(end);
  if (after.startsWith('.') || after.startsWith('|')) after = after.slice(1);
  try {
    JSON.parse(raw);
  } catch {
    return MISSING;
  }
  return walk(raw, after);
}

/** Convenience: gjson String() of a path, or null when it does not exist. */
export function gjsonString(json: string, path: string): string | null {
  const r = gjsonGet(json, path);
  return r.exists ? resultString(r) : null;
}
