/**
 * gjson's object and array walkers (tidwall/gjson v1.19.0 parseObject, parseArray and the query
 * matcher), ported step for step: they scan the text once, descend only into the member or
 * element the path names, and leave the value found in the parse context.
 */
import { matchLimit } from './gjsonMatch';
import { parseArrayPath, parseObjectPath, splitPossiblePipe } from './gjsonPath';
import { empty, exists, setRaw, resultString, type Res, type View } from './gjsonResult';
import {
  parseAny,
  parseLiteral,
  parseNumber,
  parseSquash,
  parseString,
  stringResult,
  unescape,
} from './gjsonScan';
import { parseGoFloatValue } from './goNumbers';
import { queryMatches } from './gjsonQuery';

/** gjson's parseContext: the text, the value found, and a pipe to apply to it afterwards. */
export interface Ctx {
  json: View;
  value: Res;
  pipe: string;
  piped: boolean;
  calcd: boolean;
}

/** Result.Get, supplied by gjson.ts (the walkers call back into the full path reader). */
export type ResultGet = (t: Res, path: string) => Res;

/** gjson fillIndex: where the value's raw text sits in the context's text, 0 when elsewhere. */
export function fillIndex(json: View, value: Res, calcd = false): void {
  if (value.raw.length > 0 && !calcd) {
    let idx = value.src === json.src ? value.at - json.base : -1;
    if (idx < 0 || idx >= json.s.length) idx = 0;
    value.index = idx;
  }
}

function setHit(c: Ctx, type: Res['type'], a: number, b: number): void {
  const v = { ...c.value, type };
  setRaw(v, c.json, a, b);
  if (type === 'Number') v.num = parseGoFloatValue(v.raw);
  c.value = v;
}

const isNumStart = (ch: string | undefined) =>
  ch !== undefined && ((ch >= '0' && ch <= '9') || ch === '+' || ch === '-' || 'iIN'.includes(ch));

/** gjson parseObject: reads members from `i` (just after `{`); true when the path was found. */
export function parseObject(c: Ctx, i: number, path: string, get: ResultGet): [number, boolean] {
  const s = c.json.s;
  let key = '';
  let kesc = false;
  let ok = false;
  const rp = parseObjectPath(path);
  if (!rp.more && rp.piped) {
    c.pipe = rp.pipe;
    c.piped = true;
  }
  while (i < s.length) {
    for (; i < s.length; i++) {
      if (s[i] === '"') {
        i++;
        const start = i;
        ok = false;
        kesc = false;
        scan: for (; i < s.length; i++) {
          const ch = s.charCodeAt(i);
          if (ch > 92) continue;
          if (ch === 34) {
            [key, ok] = [s.slice(start, i), true];
            i++;
            break scan;
          }
          if (ch === 92) {
            i++;
            for (; i < s.length; i++) {
              const d = s.charCodeAt(i);
              if (d > 92) continue;
              if (d === 34) {
                if (s.charCodeAt(i - 1) === 92) {
                  let n = 0;
                  for (let j = i - 2; j > 0; j--) {
                    if (s.charCodeAt(j) !== 92) break;
                    n++;
                  }
                  if (n % 2 === 0) continue;
                }
                [key, kesc, ok] = [s.slice(start, i), true, true];
                i++;
                break scan;
              }
            }
            break;
          }
        }
        if (!ok) key = s.slice(start);
        break;
      }
      if (s[i] === '}') return [i + 1, false];
    }
    if (!ok) return [i, false];
    const k = kesc ? unescape(key) : key;
    const pmatch = rp.wild ? matchLimit(k, rp.part) : rp.part === k;
    let hit = pmatch && !rp.more;
    for (; i < s.length; i++) {
      const ch = s[i];
      let num = false;
      if (ch === '"') {
        const p = parseString(s, i + 1);
        i = p.i;
        if (!p.ok) return [i, false];
        if (hit) {
          const r = stringResult(c.json, p.start, p.end, p.esc);
          c.value = { ...c.value, type: r.type, raw: r.raw, str: r.str, src: r.src, at: r.at };
          return [i, true];
        }
      } else if (ch === '{' || ch === '[') {
        if (pmatch && !hit) {
          [i, hit] =
            ch === '{' ? parseObject(c, i + 1, rp.path, get) : parseArray(c, i + 1, rp.path, get);
          if (hit) return [i, true];
        } else {
          const start = i;
          i = parseSquash(s, i);
          if (hit) {
            setHit(c, 'JSON', start, i);
            return [i, true];
          }
        }
      } else if (ch === 'n' && i + 1 < s.length && s[i + 1] !== 'u') num = true;
      else if (ch === 't' || ch === 'f' || ch === 'n') {
        const p = parseLiteral(s, i);
        i = p.i;
        if (hit) {
          setHit(c, ch === 't' ? 'True' : ch === 'f' ? 'False' : 'Null', p.start, p.i);
          return [i, true];
        }
      } else if (isNumStart(ch)) num = true;
      else continue;
      if (num) {
        const p = parseNumber(s, i);
        i = p.i;
        if (hit) {
          setHit(c, 'Number', p.start, p.i);
          return [i, true];
        }
      }
      break;
    }
  }
  return [i, false];
}

/** strconv-free parseUint as gjson writes it: digits only, wrapping at 2^64 like uint64. */
function parseUint(s: string): number {
  if (s === '' || !/^[0-9]+$/.test(s)) return -1;
  if (s.length < 16) return Number(s);
  const n = Number(BigInt.asIntN(64, BigInt(s)));
  return Number.isSafeInteger(n) ? n : -1;
}

function elementResult(v: View, type: Res['type'], a: number, b: number): Res {
  const r = empty();
  r.type = type;
  setRaw(r, v, a, b);
  if (type === 'Number') r.num = parseGoFloatValue(r.raw);
  return r;
}

/**
 * gjson parseArray: reads elements from `i` (just after `[`, or 0 for `..` JSON lines, where the
 * end of the text closes the array); handles indexes, `#` counts, `#.path` maps and queries.
 */
export function parseArray(c: Ctx, i: number, path: string, get: ResultGet): [number, boolean] {
  const s = c.json.s;
  let pmatch = false;
  let hit = false;
  let h = 0;
  const alog: number[] = [];
  let partidx = 0;
  let multires = '';
  const queryIndexes: number[] = [];
  const rp = parseArrayPath(path);
  if (!rp.arrch) partidx = parseUint(rp.part);
  if (!rp.more && rp.piped) {
    c.pipe = rp.pipe;
    c.piped = true;
  }
  const procQuery = (qval: Res): boolean => {
    if (rp.query.all && multires.length === 0) multires = '[';
    const tmp = { ...qval };
    fillIndex(c.json, tmp);
    const parentIndex = tmp.index;
    let res: Res;
    if (qval.type === 'JSON') res = get(qval, rp.query.path);
    else {
      if (rp.query.path !== '') return false;
      res = qval;
    }
    if (!queryMatches(rp.query, res)) return false;
    if (rp.more) {
      const split = splitPossiblePipe(rp.path);
      if (split) {
        rp.path = split[0];
        c.pipe = split[1];
        c.piped = true;
      }
      res = get(qval, rp.path);
    } else res = qval;
    if (!rp.query.all) {
      c.value = res;
      return true;
    }
    const raw = res.raw.length === 0 ? resultString(res) : res.raw;
    if (raw !== '') {
      if (multires.length > 1) multires += ',';
      multires += raw;
      queryIndexes.push(res.index + parentIndex);
    }
    return false;
  };
  while (i < s.length + 1) {
    if (!rp.arrch) {
      pmatch = partidx === h;
      hit = pmatch && !rp.more;
    }
    h++;
    if (rp.alogok) alog.push(i);
    for (; ; i++) {
      if (i > s.length) break;
      const ch = i === s.length ? ']' : s[i]!;
      let num = false;
      if (ch === '"') {
        const p = parseString(s, i + 1);
        i = p.i;
        if (!p.ok) return [i, false];
        if (rp.query.on) {
          if (procQuery(stringResult(c.json, p.start, p.end, p.esc))) return [i, true];
        } else if (hit && !rp.alogok) {
          const r = stringResult(c.json, p.start, p.end, p.esc);
          c.value = { ...c.value, type: r.type, raw: r.raw, str: r.str, src: r.src, at: r.at };
          return [i, true];
        }
      } else if (ch === '{' || ch === '[') {
        if (pmatch && !hit) {
          [i, hit] =
            ch === '{' ? parseObject(c, i + 1, rp.path, get) : parseArray(c, i + 1, rp.path, get);
          if (hit && !rp.alogok) return [i, true];
        } else {
          const start = i;
          i = parseSquash(s, i);
          if (rp.query.on) {
            if (procQuery(elementResult(c.json, 'JSON', start, i))) return [i, true];
          } else if (hit && !rp.alogok) {
            setHit(c, 'JSON', start, i);
            return [i, true];
          }
        }
      } else if (ch === 'n' && i + 1 < s.length && s[i + 1] !== 'u') num = true;
      else if (ch === 't' || ch === 'f' || ch === 'n') {
        const p = parseLiteral(s, i);
        i = p.i;
        const type = ch === 't' ? 'True' : ch === 'f' ? 'False' : 'Null';
        if (rp.query.on) {
          if (procQuery(elementResult(c.json, type, p.start, p.i))) return [i, true];
        } else if (hit && !rp.alogok) {
          setHit(c, type, p.start, p.i);
          return [i, true];
        }
      } else if (isNumStart(ch)) num = true;
      else if (ch === ']') return closeArray(c, i, rp, h, alog, multires, queryIndexes, get);
      else continue;
      if (num) {
        const p = parseNumber(s, i);
        i = p.i;
        if (rp.query.on) {
          if (procQuery(elementResult(c.json, 'Number', p.start, p.i))) return [i, true];
        } else if (hit && !rp.alogok) {
          setHit(c, 'Number', p.start, p.i);
          return [i, true];
        }
      }
      break;
    }
  }
  return [i, false];
}

/** The `]` of parseArray: `#` counts, `#.path` collections and the `#(…)#` result. */
function closeArray(
  c: Ctx,
  i: number,
  rp: ReturnType<typeof parseArrayPath>,
  h: number,
  alog: number[],
  multires: string,
  queryIndexes: number[],
  get: ResultGet,
): [number, boolean] {
  const s = c.json.s;
  if (rp.arrch && rp.part === '#') {
    if (rp.alogok) {
      const split = splitPossiblePipe(rp.alogkey);
      if (split) {
        rp.alogkey = split[0];
        c.pipe = split[1];
        c.piped = true;
      }
      const indexes: number[] = [];
      const parts: string[] = [];
      for (let idx of alog) {
        while (idx < s.length && ' \t\r\n'.includes(s[idx]!)) idx++;
        if (idx < s.length && s[idx] !== ']') {
          const { res: el, ok } = parseAnyAt(c.json, idx);
          if (ok) {
            const res = get(el, rp.alogkey);
            if (exists(res)) {
              parts.push(res.raw.length === 0 ? resultString(res) : res.raw);
              indexes.push(res.index);
            }
          }
        }
      }
      const v = empty();
      v.type = 'JSON';
      v.raw = `[${parts.join(',')}]`;
      v.indexes = indexes;
      c.value = v;
      return [i + 1, true];
    }
    c.value = { ...c.value, type: 'Number', num: h - 1, raw: String(h - 1), src: null };
    c.calcd = true;
    return [i + 1, true];
  }
  if (!exists(c.value)) {
    if (multires.length > 0) {
      const v = empty();
      v.type = 'JSON';
      v.raw = `${multires}]`;
      v.indexes = queryIndexes;
      c.value = v;
    } else if (rp.query.all) {
      const v = empty();
      v.type = 'JSON';
      v.raw = '[]';
      c.value = v;
    }
  }
  return [i + 1, false];
}

function parseAnyAt(v: View, i: number): { res: Res; ok: boolean } {
  const p = parseAny(v, i, true);
  return { res: p.res, ok: p.ok };
}
