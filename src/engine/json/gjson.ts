/**
 * tidwall/gjson v1.19.0 `Get`, ported step for step (the sensor reads every dataKey, contextKey,
 * data filter and expr field with it): keys with `\` escapes (a trailing `\` is dropped) and
 * `*`/`?` wildcards, empty keys, array indexes, `#` counts and `#.path` maps, `#(…)`/`#(…)#`
 * queries, `|` and `.` chaining, `[…]`/`{…}` multipaths, `!literals`, `@modifiers` and `..`
 * JSON lines, with gjson's Result fields (Raw, Str, Num, Index, Indexes) as gjson fills them.
 */
import { execModifier, execStatic } from './gjsonModifiers';
import { fillIndex, parseArray, parseObject, type Ctx } from './gjsonObject';
import { isSimpleName, nameOfLast, parseSubSelectors } from './gjsonPath';
import {
  empty,
  exists,
  fresh,
  publicResult,
  resultString,
  viewOf,
  type GjsonResult,
  type Res,
  type View,
} from './gjsonResult';
import { parse } from './gjsonScan';
import { gjsonJsonString } from './goJson';
import { isValidJson } from './jsonScan';

export type { GjsonResult, GjsonType } from './gjsonResult';
export { resultBool, resultFloat, resultString } from './gjsonResult';
export { resultValue } from './gjsonIter';

/** Result.Get: reads `path` from the result's raw text; offsets grow by the result's own. */
function resultGet(t: Res, path: string): Res {
  const r = get(viewOf(t), path);
  if (r.indexes !== null) r.indexes = r.indexes.map((i) => i + t.index);
  else r.index += t.index;
  return r;
}

/** gjson Get over a view of a buffer. */
function get(json: View, path: string): Res {
  if (path.length > 1) {
    if (path[0] === '@' || path[0] === '!') {
      const m = path[0] === '@' ? execModifier(json, path, resultGet) : execStatic(path);
      if (m) {
        const rest = m.pathOut;
        if (rest.length > 0 && (rest[0] === '|' || rest[0] === '.')) {
          const res = get(m.res, rest.slice(1));
          res.index = 0;
          res.indexes = null;
          return res;
        }
        return parse(m.res);
      }
    }
    const kind = path[0];
    if (kind === '[' || kind === '{') {
      const sub = parseSubSelectors(path);
      // gjson assigns the remaining path even when the selectors do not parse (it is then "").
      path = sub.ok ? sub.out : '';
      if (sub.ok && (path.length === 0 || path[0] === '|' || path[0] === '.'))
        return multipath(json, kind, sub.sels, path);
    }
  }
  const c: Ctx = { json, value: empty(), pipe: '', piped: false, calcd: false };
  const s = json.s;
  if (path.length >= 2 && path[0] === '.' && path[1] === '.') {
    parseArray(c, 0, path.slice(2), resultGet);
  } else {
    for (let i = 0; i < s.length; i++) {
      if (s[i] === '{') {
        parseObject(c, i + 1, path, resultGet);
        break;
      }
      if (s[i] === '[') {
        parseArray(c, i + 1, path, resultGet);
        break;
      }
    }
  }
  if (c.piped) {
    const res = resultGet(c.value, c.pipe);
    res.index = 0;
    return res;
  }
  const value = { ...c.value };
  fillIndex(json, value, c.calcd);
  return value;
}

/** A `[…]` or `{…}` multipath: each selector's value, missing ones left out. */
function multipath(
  json: View,
  kind: '[' | '{',
  sels: { name: string; path: string }[],
  after: string,
): Res {
  let out: string = kind;
  let n = 0;
  for (const sub of sels) {
    const res = get(json, sub.path);
    if (!exists(res)) continue;
    if (n > 0) out += ',';
    if (kind === '{') {
      if (sub.name.length > 0) {
        out += sub.name[0] === '"' && isValidJson(sub.name) ? sub.name : gjsonJsonString(sub.name);
      } else {
        const last = nameOfLast(sub.path);
        out += gjsonJsonString(isSimpleName(last) ? last : '_');
      }
      out += ':';
    }
    let raw = res.raw;
    if (raw.length === 0) {
      raw = resultString(res);
      if (raw.length === 0) raw = 'null';
    }
    out += raw;
    n++;
  }
  out += kind === '[' ? ']' : '}';
  let res = empty();
  res.raw = out;
  res.type = 'JSON';
  if (after.length > 0) res = resultGet(res, after.slice(1));
  res.index = 0;
  return res;
}

/** A document as a view of its own buffer. */
function documentView(json: string): View {
  return fresh(json);
}

/** Internal: gjson.Get with the working result (sjson reads Index and Indexes from it). */
export function gjsonGetRes(json: string, path: string): Res {
  return get(documentView(json), path);
}

/**
 * gjson.Get on JSON text. Pure and total: malformed text or a path that finds nothing gives
 * `exists: false`, never an exception.
 */
export function gjsonGet(json: string, path: string): GjsonResult {
  return publicResult(gjsonGetRes(json, path));
}

/** gjson.Parse: the first value of the text (what `.Input` of a parameter template is made of). */
export function gjsonParse(json: string): GjsonResult {
  return publicResult(parse(documentView(json)));
}

/** Convenience: gjson String() of a path, or null when it does not exist. */
export function gjsonString(json: string, path: string): string | null {
  const r = gjsonGet(json, path);
  return r.exists ? resultString(r) : null;
}

/** isSafePathKeyChar: letters, digits, `_ - :`, bytes up to space and everything past `~`. */
function isSafePathKeyChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c <= 32 ||
    c > 126 ||
    c === 95 ||
    c === 45 ||
    c === 58
  );
}

/** gjson.Escape: a path component that reads exactly the key `comp` (every unsafe byte escaped). */
export function gjsonEscape(comp: string): string {
  let out = '';
  for (let i = 0; i < comp.length; i++) {
    if (!isSafePathKeyChar(comp.charCodeAt(i))) out += '\\';
    out += comp[i];
  }
  return out;
}
