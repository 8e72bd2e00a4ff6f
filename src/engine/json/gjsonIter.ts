/**
 * Iterating gjson results (tidwall/gjson v1.19.0 Result.ForEach, Array and Value through
 * arrayOrMap), with gjson's leniency: unknown characters between values are skipped, an object
 * takes its keys from every other value, and Value() keeps the first of duplicate keys.
 */
import { empty, exists, viewOf, type GoValue, type Res } from './gjsonResult';
import { parseAny, parseString, squash, stringResult, tolit, tonum, tostr } from './gjsonScan';
import { parseGoFloatValue } from './goNumbers';
import { nullRecord } from '../../lib/nullRecord';

/** Result.ForEach: (key, value) pairs of an object, (index key, value) of an array, or the value. */
export function forEach(t: Res, visit: (key: Res, value: Res) => boolean): void {
  if (!exists(t)) return;
  if (t.type !== 'JSON') {
    visit(empty(), t);
    return;
  }
  const v = viewOf(t);
  const s = v.s;
  let obj = false;
  let i = 0;
  const key = empty();
  for (; i < s.length; i++) {
    if (s[i] === '{') {
      i++;
      key.type = 'String';
      obj = true;
      break;
    } else if (s[i] === '[') {
      i++;
      key.type = 'Number';
      key.num = -1;
      break;
    }
    if (s.charCodeAt(i) > 32) return;
  }
  let idx = 0;
  for (; i < s.length; i++) {
    if (obj) {
      if (s[i] !== '"') continue;
      const start = i;
      const p = parseString(s, i + 1);
      i = p.i;
      if (!p.ok) return;
      const k = stringResult(v, p.start, p.end, p.esc);
      key.raw = k.raw;
      key.str = k.str;
      key.index = start + t.index;
    } else key.num += 1;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c <= 32 || c === 44 || c === 58) continue;
      break;
    }
    const start = i;
    const p = parseAny(v, i, true);
    i = p.i;
    if (!p.ok) return;
    const value = p.res;
    if (t.indexes !== null) {
      if (idx < t.indexes.length) value.index = t.indexes[idx]!;
    } else value.index = start + t.index;
    if (!visit({ ...key }, value)) return;
    idx++;
  }
}

interface ArrayOrMap {
  vc: string;
  a: Res[];
  pairs: [string, Res][];
}

/** gjson arrayOrMap: the elements of `[…]` or the key/value pairs of `{…}`, leniently. */
function arrayOrMap(t: Res, want: '' | '{' | '['): ArrayOrMap {
  const s = t.raw;
  const r: ArrayOrMap = { vc: '', a: [], pairs: [] };
  let i = 0;
  let found = false;
  for (; i < s.length; i++) {
    if (want === '' ? s[i] === '{' || s[i] === '[' : s[i] === want) {
      r.vc = s[i]!;
      i++;
      found = true;
      break;
    }
    if (s.charCodeAt(i) > 32) break;
  }
  if (!found) return r;
  let count = 0;
  let key: Res = empty();
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (s.charCodeAt(i) <= 32) continue;
    if (c === ']' || c === '}') break;
    const value = empty();
    const rest = s.slice(i);
    if (c === '{' || c === '[') {
      value.type = 'JSON';
      value.raw = rest.slice(0, squash(rest));
    } else if (c === 'n' || c === 't' || c === 'f') {
      value.type = c === 'n' ? 'Null' : c === 't' ? 'True' : 'False';
      value.raw = rest.slice(0, tolit(rest));
    } else if (c === '"') {
      const ts = tostr(rest);
      value.type = 'String';
      value.raw = rest.slice(0, ts.len);
      value.str = ts.str;
    } else if ((c >= '0' && c <= '9') || c === '-') {
      value.type = 'Number';
      value.raw = rest.slice(0, tonum(rest));
      value.num = parseGoFloatValue(value.raw);
    } else continue;
    value.index = i + t.index;
    if (t.src) {
      value.src = t.src;
      value.at = t.at + i;
    }
    i += value.raw.length - 1;
    if (r.vc === '{') {
      if (count % 2 === 0) key = value;
      else r.pairs.push([key.str, value]);
      count++;
    } else r.a.push(value);
  }
  if (t.indexes !== null) {
    const same = t.indexes.length === r.a.length;
    r.a.forEach((el, n) => {
      el.index = same ? t.indexes![n]! : 0;
    });
  }
  return r;
}

/** Result.Array(): elements of an array, [] for null or missing, else the value alone. */
export function arrayOf(t: Res): Res[] {
  if (t.type === 'Null') return [];
  if (!(t.type === 'JSON' && t.raw[0] === '[')) return [t];
  return arrayOrMap(t, '[').a;
}

/**
 * Result.Value(): strings, float64 numbers, booleans, nil, and objects (first duplicate key
 * wins, null-prototype so any key is plain data) and arrays built the same way.
 */
export function resultValue(t: Pick<Res, 'type' | 'raw' | 'str' | 'num'>): GoValue {
  switch (t.type) {
    case 'String':
      return t.str;
    case 'Number':
      return t.num;
    case 'True':
      return true;
    case 'False':
      return false;
    case 'JSON': {
      const r = arrayOrMap({ ...empty(), ...t, src: null }, '');
      if (r.vc === '{') {
        const o = nullRecord<GoValue>();
        for (const [k, v] of r.pairs) if (!Object.hasOwn(o, k)) o[k] = resultValue(v);
        return o;
      }
      if (r.vc === '[') return r.a.map(resultValue);
      return null;
    }
    default:
      return null;
  }
}
