import { intParam, values, type TemplateFunc } from './funcs';
import { strval, toFloat64, toGoJson, toInt64 } from './convert';
import {
  fromJson,
  GoInt,
  GoTime,
  goTypeName,
  isMap,
  NO_VALUE,
  TemplateBudgetError,
  TemplateExecError,
  truth,
  type TMap,
  type TValue,
} from './values';
import { nullRecord } from '../../lib/nullRecord';

const int = (n: number) => new GoInt(Math.trunc(n));
const list = (v: TValue | undefined): TValue[] => {
  if (Array.isArray(v)) return v;
  if (v === null || v === undefined) return [];
  throw new TemplateExecError(`Cannot find first on type ${goTypeName(v)}`);
};
/**
 * A missing value passed to a map[string]interface{} parameter is Go's nil map (exec.go
 * validateType gives the zero value of a nil-able type): it reads as empty, and writing to it
 * panics. A JSON null is an interface{} holding nil, which is the wrong type instead.
 */
const NIL_MAP: TMap = Object.freeze(nullRecord<TValue>());
const mapArg = (a: (() => TValue) | undefined): TValue => {
  const v = a ? a() : null;
  return v === NO_VALUE ? NIL_MAP : v;
};
/** The map argument first, then the others as interface{} values. */
const mapFirst = (args: (() => TValue)[]): TValue[] => [mapArg(args[0]), ...values(args.slice(1))];

const dict = (v: TValue | undefined, fn: string): TMap => {
  if (v !== null && v !== undefined && v !== NO_VALUE && isMap(v)) return v;
  throw new TemplateExecError(
    `error calling ${fn}: wrong type for value; expected map[string]interface {}; got ${goTypeName(v ?? null)}`,
  );
};

function deepEqual(a: TValue, b: TValue): boolean {
  if (a instanceof GoInt && b instanceof GoInt) return a.v === b.v;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i] ?? null));
  if (a !== null && b !== null && isMap(a) && isMap(b)) {
    const ka = Object.keys(a);
    return (
      ka.length === Object.keys(b).length &&
      ka.every((k) => k in b && deepEqual(a[k] ?? null, b[k] ?? null))
    );
  }
  return a === b;
}

function kindOf(v: TValue): string {
  if (v === null) return 'invalid';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'string') return 'string';
  if (v instanceof GoInt) return 'int';
  if (v instanceof GoTime) return 'struct';
  if (Array.isArray(v)) return 'slice';
  return 'map';
}

/** Lists longer than this are refused before they are built (until, untilStep, seq). */
const MAX_RANGE = 100_000;

function range(start: number, stop: number, step: number): GoInt[] {
  const out: GoInt[] = [];
  if (step === 0) return out;
  if (Math.abs((stop - start) / step) > MAX_RANGE)
    throw new TemplateBudgetError(
      `range too large: a list of more than ${MAX_RANGE} numbers (the simulator's size budget for one template)`,
    );
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(int(i));
  return out;
}

/** sprig v3 math, list, dict, default, type and JSON functions. */
export const SPRIG_DATA: Record<string, TemplateFunc> = {
  add: (args) => int(values(args).reduce<number>((s, v) => s + toInt64(v), 0)),
  add1: (args) => int(toInt64(values(args)[0] ?? null) + 1),
  sub: (args) => {
    const [a, b] = values(args);
    return int(toInt64(a ?? null) - toInt64(b ?? null));
  },
  mul: (args) => int(values(args).reduce<number>((s, v) => s * toInt64(v), 1)),
  div: (args) => {
    const [a, b] = values(args);
    const d = toInt64(b ?? null);
    if (d === 0)
      throw new TemplateExecError('error calling div: runtime error: integer divide by zero');
    return int(toInt64(a ?? null) / d);
  },
  mod: (args) => {
    const [a, b] = values(args);
    const d = toInt64(b ?? null);
    if (d === 0)
      throw new TemplateExecError('error calling mod: runtime error: integer divide by zero');
    return int(toInt64(a ?? null) % d);
  },
  max: (args) => int(Math.max(...values(args).map(toInt64))),
  min: (args) => int(Math.min(...values(args).map(toInt64))),
  addf: (args) => values(args).reduce<number>((s, v) => s + toFloat64(v), 0),
  add1f: (args) => toFloat64(values(args)[0] ?? null) + 1,
  subf: (args) => {
    const [a, ...rest] = values(args);
    return rest.reduce<number>((s, v) => s - toFloat64(v), toFloat64(a ?? null));
  },
  mulf: (args) => values(args).reduce<number>((s, v) => s * toFloat64(v), 1),
  divf: (args) => {
    const [a, ...rest] = values(args);
    return rest.reduce<number>((s, v) => s / toFloat64(v), toFloat64(a ?? null));
  },
  maxf: (args) => Math.max(...values(args).map(toFloat64)),
  minf: (args) => Math.min(...values(args).map(toFloat64)),
  floor: (args) => Math.floor(toFloat64(values(args)[0] ?? null)),
  ceil: (args) => Math.ceil(toFloat64(values(args)[0] ?? null)),
  round: (args) => {
    const [a, p, r] = values(args);
    const pow = 10 ** intParam(p, 'round');
    const half = r === undefined ? 0.5 : toFloat64(r ?? null);
    const x = toFloat64(a ?? null) * pow;
    const d = x - Math.floor(x);
    return (d >= half ? Math.ceil(x) : Math.floor(x)) / pow;
  },
  int: (args) => int(toInt64(values(args)[0] ?? null)),
  int64: (args) => int(toInt64(values(args)[0] ?? null)),
  float64: (args) => toFloat64(values(args)[0] ?? null),
  toDecimal: (args) => int(parseInt(strval(values(args)[0] ?? null), 8) || 0),
  until: (args) => {
    const n = intParam(values(args)[0], 'until');
    return range(0, n, n < 0 ? -1 : 1);
  },
  untilStep: (args) => {
    const [a, b, c] = values(args).map((v) => intParam(v, 'untilStep'));
    return range(a ?? 0, b ?? 0, c ?? 0);
  },
  seq: (args) => {
    const n = values(args).map((v) => intParam(v, 'seq'));
    const [a, b, c] =
      n.length === 1
        ? [1, n[0] ?? 0, 1]
        : n.length === 2
          ? [n[0] ?? 0, n[1] ?? 0, (n[1] ?? 0) >= (n[0] ?? 0) ? 1 : -1]
          : [n[0] ?? 0, n[2] ?? 0, n[1] ?? 1];
    return range(a, b + (c > 0 ? 1 : -1), c)
      .map((x) => String(x.v))
      .join(' ');
  },
  default: (args) => {
    const [d, given] = values(args);
    return given === undefined || !truth(given) ? (d ?? null) : given;
  },
  empty: (args) => !truth(values(args)[0] ?? null),
  coalesce: (args) => values(args).find((v) => truth(v)) ?? null,
  all: (args) => values(args).every((v) => truth(v)),
  any: (args) => values(args).some((v) => truth(v)),
  ternary: (args) => {
    const [a, b, c] = values(args);
    return truth(c ?? null) ? (a ?? null) : (b ?? null);
  },
  fromJson: (args) => {
    try {
      return fromJson(JSON.parse(strval(values(args)[0] ?? null)));
    } catch {
      return null;
    }
  },
  mustFromJson: (args) => {
    try {
      return fromJson(JSON.parse(strval(values(args)[0] ?? null)));
    } catch (e) {
      throw new TemplateExecError(
        `error calling mustFromJson: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  },
  toJson: (args) => toGoJson(values(args)[0] ?? null),
  mustToJson: (args) => toGoJson(values(args)[0] ?? null),
  toRawJson: (args) => toGoJson(values(args)[0] ?? null, false),
  toPrettyJson: (args) => toGoJson(values(args)[0] ?? null, true, '  '),
  list: (args) => values(args),
  first: (args) => list(values(args)[0]).at(0) ?? null,
  last: (args) => list(values(args)[0]).at(-1) ?? null,
  rest: (args) => list(values(args)[0]).slice(1),
  initial: (args) => list(values(args)[0]).slice(0, -1),
  append: (args) => {
    const [l, v] = values(args);
    return [...list(l), v ?? null];
  },
  push: (args) => {
    const [l, v] = values(args);
    return [...list(l), v ?? null];
  },
  prepend: (args) => {
    const [l, v] = values(args);
    return [v ?? null, ...list(l)];
  },
  concat: (args) => values(args).flatMap((l) => list(l)),
  reverse: (args) => [...list(values(args)[0])].reverse(),
  uniq: (args) =>
    list(values(args)[0]).filter((v, i, all) => all.findIndex((x) => deepEqual(x, v)) === i),
  without: (args) => {
    const [l, ...drop] = values(args);
    return list(l).filter((v) => !drop.some((d) => deepEqual(d, v)));
  },
  has: (args) => {
    const [needle, l] = values(args);
    return list(l).some((v) => deepEqual(v, needle ?? null));
  },
  compact: (args) => list(values(args)[0]).filter((v) => truth(v)),
  chunk: (args) => {
    const [n, l] = values(args);
    const size = intParam(n, 'chunk');
    const items = list(l);
    const out: TValue[] = [];
    for (let i = 0; size > 0 && i < items.length; i += size) out.push(items.slice(i, i + size));
    return out;
  },
  sortAlpha: (args) =>
    list(values(args)[0])
      .map((v) => strval(v))
      .sort(),
  toStrings: (args) => list(values(args)[0]).map((v) => strval(v)),
  join: (args) => {
    const [sep, l] = values(args);
    const items: TValue[] = Array.isArray(l) ? l : l === null || l === undefined ? [] : [l];
    // sprig strslice drops nil elements.
    return items
      .filter((v) => v !== null)
      .map((v) => strval(v))
      .join(strval(sep ?? null));
  },
  dict: (args) => {
    const vs = values(args);
    const out = nullRecord<TValue>();
    for (let i = 0; i < vs.length; i += 2) out[strval(vs[i] ?? null)] = vs[i + 1] ?? null;
    return out;
  },
  get: (args) => {
    const [d, k] = mapFirst(args);
    const m = dict(d, 'get');
    const key = strval(k ?? null);
    return Object.hasOwn(m, key) ? (m[key] ?? null) : '';
  },
  set: (args) => {
    const [d, k, v] = mapFirst(args);
    if (d === NIL_MAP)
      throw new TemplateExecError('error calling set: assignment to entry in nil map');
    return { ...dict(d, 'set'), [strval(k ?? null)]: v ?? null };
  },
  unset: (args) => {
    const [d, k] = mapFirst(args);
    const copy = { ...dict(d, 'unset') };
    delete copy[strval(k ?? null)];
    return copy;
  },
  hasKey: (args) => {
    const [d, k] = mapFirst(args);
    return Object.hasOwn(dict(d, 'hasKey'), strval(k ?? null));
  },
  pluck: (args) => {
    const vs = values(args);
    const key = strval(vs[0] ?? null);
    return vs
      .slice(1)
      .flatMap((d) => (d !== null && isMap(d) && Object.hasOwn(d, key) ? [d[key] ?? null] : []));
  },
  keys: (args) =>
    args
      .map(mapArg)
      .flatMap((d) => Object.keys(dict(d, 'keys')))
      .sort(),
  values: (args) => {
    const m = dict(mapArg(args[0]), 'values');
    return Object.keys(m)
      .sort()
      .map((k) => m[k] ?? null);
  },
  pick: (args) => {
    const [d, ...ks] = mapFirst(args);
    const m = dict(d, 'pick');
    const out = nullRecord<TValue>();
    for (const k of ks.map((x) => strval(x))) if (Object.hasOwn(m, k)) out[k] = m[k] ?? null;
    return out;
  },
  omit: (args) => {
    const [d, ...ks] = mapFirst(args);
    const drop = new Set(ks.map((x) => strval(x)));
    return Object.fromEntries(Object.entries(dict(d, 'omit')).filter(([k]) => !drop.has(k)));
  },
  merge: (args) => {
    const [dst, ...srcs] = values(args);
    const out: TMap = { ...dict(dst, 'merge') };
    for (const s of srcs)
      for (const [k, v] of Object.entries(dict(s, 'merge'))) if (!Object.hasOwn(out, k)) out[k] = v;
    return out;
  },
  mergeOverwrite: (args) => {
    const [dst, ...srcs] = values(args);
    const out: TMap = { ...dict(dst, 'mergeOverwrite') };
    for (const s of srcs) Object.assign(out, dict(s, 'mergeOverwrite'));
    return out;
  },
  dig: (args) => {
    const vs = values(args);
    const d = vs[vs.length - 1];
    const dflt = vs[vs.length - 2] ?? null;
    let cur: TValue = dict(d, 'dig');
    for (const k of vs.slice(0, -2).map((x) => strval(x))) {
      if (cur === null || !isMap(cur) || !Object.hasOwn(cur, k)) return dflt;
      cur = cur[k] ?? null;
    }
    return cur;
  },
  deepCopy: (args) => values(args)[0] ?? null,
  typeOf: (args) => goTypeName(values(args)[0] ?? null),
  typeIs: (args) => {
    const [t, v] = values(args);
    return goTypeName(v ?? null) === strval(t ?? null);
  },
  kindOf: (args) => kindOf(values(args)[0] ?? null),
  kindIs: (args) => {
    const [t, v] = values(args);
    return kindOf(v ?? null) === strval(t ?? null);
  },
  deepEqual: (args) => {
    const [a, b] = values(args);
    return deepEqual(a ?? null, b ?? null);
  },
};
