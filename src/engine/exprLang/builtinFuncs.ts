import { base64Decode, base64Encode, utf8Decode, utf8Encode } from '../../lib/utf8';
import { parseGoFloat } from '../json/goNumbers';
import { GoInt, GoTime } from '../template/values';
import { anyKey, fetch, len } from './access';
import { byteIndex, goReplace, goSplit, simpleCase, trimChars } from './goStrings';
import { exprToJson, parseJsonValue } from './exprJson';
import { parseDate, parseGoDuration } from './timeValues';
import {
  AnyKeyMap,
  assertString,
  compare,
  compareStrings,
  ExprPanic,
  formatV,
  GoDuration,
  goType,
  int,
  isExprMap,
  STRING_SLICES,
  type ExprValue,
} from './values';

const strings = (items: string[]): ExprValue[] => {
  const out: ExprValue[] = [...items];
  STRING_SLICES.add(out);
  return out;
};

/** builtin.Int: numbers truncate, strings go through strconv.Atoi. */
export function builtinInt(x: ExprValue): ExprValue {
  if (x instanceof GoInt) return x;
  if (typeof x === 'number') return int(x);
  if (typeof x === 'string') {
    if (!/^[+-]?\d+$/.test(x)) throw new ExprPanic(`invalid operation: int(${x})`);
    return int(Number(x));
  }
  throw new ExprPanic(`invalid operation: int(${goType(x)})`);
}

/** builtin.Float: numbers widen, strings go through strconv.ParseFloat. */
export function builtinFloat(x: ExprValue): ExprValue {
  if (x instanceof GoInt) return x.v;
  if (typeof x === 'number') return x;
  if (typeof x === 'string') {
    const f = parseGoFloat(x);
    if (f === null) throw new ExprPanic(`invalid operation: float(${x})`);
    return f;
  }
  throw new ExprPanic(`invalid operation: float(${goType(x)})`);
}

/** builtin.Type. */
function typeName(v: ExprValue): string {
  if (v === null) return 'nil';
  if (v instanceof GoTime) return 'time.Time';
  if (v instanceof GoDuration) return 'time.Duration';
  if (typeof v === 'boolean') return 'bool';
  if (v instanceof GoInt) return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string') return 'string';
  if (Array.isArray(v)) return 'array';
  if (isExprMap(v) || v instanceof AnyKeyMap) return 'map';
  return 'func';
}

function numbers(name: string, v: ExprValue): number[] {
  if (!Array.isArray(v))
    throw new ExprPanic(`cannot ${name} ${v === null ? 'invalid' : kindName(v)}`);
  return v.map((x) => {
    if (x instanceof GoInt) return x.v;
    if (typeof x === 'number') return x;
    throw new ExprPanic(`cannot ${name} ${x === null ? 'interface' : kindName(x)}`);
  });
}

/** reflect.Kind's name of a value. */
function kindName(v: ExprValue): string {
  if (v instanceof GoInt) return 'int';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'slice';
  if (v instanceof GoTime) return 'struct';
  if (v instanceof GoDuration) return 'int64';
  if (isExprMap(v) || v instanceof AnyKeyMap) return 'map';
  return 'func';
}

function rounding(name: string, f: (x: number) => number) {
  return (x: ExprValue): ExprValue => {
    if (typeof x === 'number') return f(x);
    if (x instanceof GoInt) return x.v;
    throw new ExprPanic(`invalid argument for ${name} (type ${goType(x)})`);
  };
}

function sorted(items: ExprValue[], desc: boolean, key: (v: ExprValue) => ExprValue): ExprValue[] {
  const keys = items.map(key);
  const kinds = new Set(keys.map(goType));
  if (kinds.size > 1) {
    const [a, b] = [...kinds];
    throw new ExprPanic(`cannot sort array of different types (${b} and ${a})`);
  }
  const kind = [...kinds][0];
  if (kind && !['int', 'float64', 'string'].includes(kind))
    throw new ExprPanic(`sort: unsupported type ${kind === '<nil>' ? 'invalid' : kind}`);
  const order = items.map((v, i) => ({ v, k: keys[i] ?? null }));
  order.sort((x, y) => {
    const d = compare('<', x.k, y.k) ? -1 : compare('>', x.k, y.k) ? 1 : 0;
    return desc ? -d : d;
  });
  return order.map((o) => o.v);
}

function direction(v: ExprValue | undefined): boolean {
  if (v === undefined) return false;
  if (v === 'asc') return false;
  if (v === 'desc') return true;
  throw new ExprPanic(`unknown order ${formatV(v)}, use asc or desc`);
}

function mapKeys(v: ExprValue, what: string): ExprValue[] {
  if (v instanceof AnyKeyMap) return [...v.entries.values()].map(([k]) => k);
  if (isExprMap(v)) return Object.keys(v).sort(compareStrings);
  throw new ExprPanic(`cannot ${what} ${v === null ? 'invalid' : kindName(v)}`);
}

/** The value at a key that mapKeys gave for the map. */
function mapValue(m: ExprValue, k: ExprValue): ExprValue {
  if (m instanceof AnyKeyMap) return m.entries.get(anyKey(k))?.[1] ?? null;
  if (isExprMap(m) && typeof k === 'string') return m[k] ?? null;
  return null;
}

const s = assertString;

/** The builtins other than the predicates, by name (builtin/builtin.go). Keys and values come out sorted. */
export const BUILTIN_FUNCS: ReadonlyMap<string, (args: ExprValue[], now: number) => ExprValue> =
  new Map<string, (args: ExprValue[], now: number) => ExprValue>([
    ['len', ([x]) => int(len(x ?? null))],
    ['type', ([x]) => typeName(x ?? null)],
    [
      'abs',
      ([x]) => {
        if (x instanceof GoInt) return int(Math.abs(x.v));
        if (typeof x === 'number') return Math.abs(x);
        throw new ExprPanic(`invalid argument for abs (type ${goType(x ?? null)})`);
      },
    ],
    ['ceil', ([x]) => rounding('ceil', Math.ceil)(x ?? null)],
    ['floor', ([x]) => rounding('floor', Math.floor)(x ?? null)],
    ['round', ([x]) => rounding('round', (f) => Math.sign(f) * Math.round(Math.abs(f)))(x ?? null)],
    ['int', ([x]) => builtinInt(x ?? null)],
    ['float', ([x]) => builtinFloat(x ?? null)],
    ['string', ([x]) => formatV(x ?? null)],
    [
      'trim',
      (a) =>
        a.length === 1
          ? s(a[0]!).replace(/^[\s\u0085]+|[\s\u0085]+$/gu, '')
          : trimChars(s(a[0]!), s(a[1]!), true, true),
    ],
    [
      'trimPrefix',
      (a) => {
        const p = a.length === 2 ? s(a[1]!) : ' ';
        const x = s(a[0]!);
        return x.startsWith(p) ? x.slice(p.length) : x;
      },
    ],
    [
      'trimSuffix',
      (a) => {
        const p = a.length === 2 ? s(a[1]!) : ' ';
        const x = s(a[0]!);
        return p && x.endsWith(p) ? x.slice(0, x.length - p.length) : x;
      },
    ],
    ['upper', ([x]) => simpleCase(s(x ?? null), true)],
    ['lower', ([x]) => simpleCase(s(x ?? null), false)],
    [
      'split',
      (a) => strings(goSplit(s(a[0]!), s(a[1]!), a.length === 3 ? toCount(a[2]!) : -1, false)),
    ],
    [
      'splitAfter',
      (a) => strings(goSplit(s(a[0]!), s(a[1]!), a.length === 3 ? toCount(a[2]!) : -1, true)),
    ],
    [
      'replace',
      (a) => {
        const [x, from, to] = [s(a[0]!), s(a[1]!), s(a[2]!)];
        const n = a.length === 4 ? toCount(a[3]!) : -1;
        return goReplace(x, from, to, n);
      },
    ],
    [
      'repeat',
      (a) => {
        const n = toCount(a[1]!);
        if (n > 1e6) throw new ExprPanic('memory budget exceeded');
        if (n < 0) throw new ExprPanic('strings: negative Repeat count');
        return s(a[0]!).repeat(n);
      },
    ],
    [
      'join',
      (a) => {
        const items = a[0];
        const glue = a.length === 2 ? s(a[1]!) : '';
        if (!Array.isArray(items))
          throw new ExprPanic(`invalid argument for join (type ${goType(items ?? null)})`);
        return items.map((x) => s(x)).join(glue);
      },
    ],
    ['indexOf', (a) => int(byteIndex(s(a[0]!), s(a[1]!), false))],
    ['lastIndexOf', (a) => int(byteIndex(s(a[0]!), s(a[1]!), true))],
    ['hasPrefix', (a) => s(a[0]!).startsWith(s(a[1]!))],
    ['hasSuffix', (a) => s(a[0]!).endsWith(s(a[1]!))],
    ['max', (a) => a.reduce<ExprValue>((m, x) => (m === null || compare('<', m, x) ? x : m), null)],
    ['min', (a) => a.reduce<ExprValue>((m, x) => (m === null || compare('>', m, x) ? x : m), null)],
    [
      'sum',
      ([v]) => {
        const xs = numbers('sum', v ?? null);
        const floats = Array.isArray(v) && v.some((x) => typeof x === 'number');
        const total = xs.reduce((t, x) => t + x, 0);
        return floats ? total : int(total);
      },
    ],
    [
      'mean',
      ([v]) => {
        const xs = numbers('mean', v ?? null);
        return xs.length ? xs.reduce((t, x) => t + x, 0) / xs.length : 0;
      },
    ],
    [
      'median',
      ([v]) => {
        const xs = numbers('median', v ?? null).sort((x, y) => x - y);
        if (xs.length === 0) return 0;
        const m = Math.floor(xs.length / 2);
        return xs.length % 2 === 0 ? (xs[m - 1]! + xs[m]!) / 2 : xs[m]!;
      },
    ],
    ['toJSON', ([v]) => exprToJson(v ?? null, '  ')],
    ['fromJSON', ([v]) => parseJsonValue(s(v ?? null))],
    ['toBase64', ([v]) => base64Encode(utf8Encode(s(v ?? null)))],
    [
      'fromBase64',
      ([v]) => {
        const r = base64Decode(s(v ?? null));
        if (!r.ok) throw new ExprPanic(r.error);
        return utf8Decode(r.bytes);
      },
    ],
    ['now', (_a, now) => new GoTime(now, 'UTC')],
    ['duration', ([v]) => parseGoDuration(s(v ?? null))],
    ['date', (a) => parseDate(a)],
    ['first', ([v]) => safe(() => fetch(v ?? null, int(0)))],
    ['last', ([v]) => safe(() => fetch(v ?? null, int(-1)))],
    ['get', ([v, k]) => safe(() => fetch(v ?? null, k ?? null))],
    [
      'take',
      ([v, n]) => {
        if (!Array.isArray(v))
          throw new ExprPanic(
            `cannot take from ${v === null || v === undefined ? 'invalid' : kindName(v)}`,
          );
        if (!(n instanceof GoInt))
          throw new ExprPanic(
            `cannot take ${n === null || n === undefined ? 'invalid' : kindName(n)} elements`,
          );
        if (n.v > v.length) return v;
        if (n.v < 0) throw new ExprPanic('reflect: slice index out of range');
        return v.slice(0, n.v);
      },
    ],
    ['keys', ([v]) => mapKeys(v ?? null, 'get keys from')],
    [
      'values',
      ([v]) => {
        const m = v ?? null;
        return mapKeys(m, 'get values from').map((k) => mapValue(m, k));
      },
    ],
    [
      'toPairs',
      ([v]) => {
        const m = v ?? null;
        return mapKeys(m, 'transform').map((k) => [k, mapValue(m, k)]);
      },
    ],
    [
      'fromPairs',
      ([v]) => {
        if (!Array.isArray(v))
          throw new ExprPanic(`cannot transform ${formatV(v ?? null)} from pairs`);
        const out = new AnyKeyMap();
        for (const pair of v) {
          if (!Array.isArray(pair)) throw new ExprPanic(`invalid pair ${formatV(pair)}`);
          if (pair.length !== 2) throw new ExprPanic(`invalid pair length ${formatV(pair)}`);
          out.entries.set(anyKey(pair[0] ?? null), [pair[0] ?? null, pair[1] ?? null]);
        }
        return out;
      },
    ],
    [
      'sort',
      ([v, dir]) => {
        if (!Array.isArray(v))
          throw new ExprPanic(
            `cannot sort ${v === null || v === undefined ? 'invalid' : kindName(v)}`,
          );
        return sorted(v, direction(dir), (x) => x);
      },
    ],
    [
      'sortBy',
      ([v, field, dir]) => {
        if (!Array.isArray(v))
          throw new ExprPanic(
            `cannot sort ${v === null || v === undefined ? 'invalid' : kindName(v)}`,
          );
        if (typeof field !== 'string')
          throw new ExprPanic(
            `invalid argument for sort (expected string, got ${goType(field ?? null)})`,
          );
        return sorted(v, direction(dir), (x) => (isExprMap(x) ? (x[field] ?? null) : x));
      },
    ],
  ]);

function safe(f: () => ExprValue): ExprValue {
  try {
    return f();
  } catch (e) {
    if (e instanceof ExprPanic) return null;
    throw e;
  }
}

function toCount(v: ExprValue): number {
  if (v instanceof GoInt) return v.v;
  if (typeof v === 'number') return Math.trunc(v);
  throw new ExprPanic(`invalid operation: int(${goType(v)})`);
}
