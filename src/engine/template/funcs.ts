import { utf8Decode, utf8Encode } from '../../lib/utf8';
import {
  GoInt,
  GoTime,
  goTypeName,
  isMap,
  NO_VALUE,
  TemplateBudgetError,
  TemplateExecError,
  truth,
  type TValue,
} from './values';
import { sprint, sprintf, sprintln } from './printf';
import { goStringCompare } from '../json/goStrings';

export interface FuncContext {
  now: number;
  /** Bytes this evaluation may still build (output plus function results). */
  budget: { limit: number; used: number };
}

/**
 * Charges `bytes` about to be built to the evaluation's budget; throws TemplateBudgetError past it.
 * Builders whose result size is known from their arguments call it before building.
 */
export function spend(ctx: FuncContext, bytes: number, what: string): void {
  ctx.budget.used += bytes;
  if (ctx.budget.used > ctx.budget.limit)
    throw new TemplateBudgetError(
      `${what} would build more than ${Math.round(ctx.budget.limit / 1048576)} MiB (the simulator's size budget for one template)`,
    );
}

/** A template function: arguments arrive unevaluated so `and`/`or` can short-circuit as Go does. */
export type TemplateFunc = (args: (() => TValue)[], ctx: FuncContext) => TValue;

/** Arguments as Go passes them to an interface{} parameter: a missing value becomes nil. */
export function values(args: (() => TValue)[]): TValue[] {
  return args.map((a) => {
    const v = a();
    return v === NO_VALUE ? null : v;
  });
}

export function arity(name: string, args: unknown[], n: number): void {
  if (args.length !== n)
    throw new TemplateExecError(`wrong number of args for ${name}: want ${n} got ${args.length}`);
}

/** A string parameter: Go refuses anything but a string. */
export function str(v: TValue | undefined, fn: string): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined || v === NO_VALUE)
    throw new TemplateExecError(`error calling ${fn}: invalid value; expected string`);
  throw new TemplateExecError(
    `error calling ${fn}: wrong type for value; expected string; got ${goTypeName(v)}`,
  );
}

/** An `int` parameter: Go accepts only an int (constants, len, sprig's int results). */
export function intParam(v: TValue | undefined, fn: string): number {
  if (v instanceof GoInt) return v.v;
  if (v === null || v === undefined || v === NO_VALUE)
    throw new TemplateExecError(`error calling ${fn}: invalid value; expected int`);
  throw new TemplateExecError(
    `error calling ${fn}: wrong type for value; expected int; got ${goTypeName(v)}`,
  );
}

type Kind = 'bool' | 'int' | 'float' | 'string' | 'invalid';

/** text/template basicKind (after indirectInterface): maps, slices, times and nil are invalidKind. */
function kind(v: TValue): Kind {
  if (typeof v === 'boolean') return 'bool';
  if (v instanceof GoInt) return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string') return 'string';
  return 'invalid';
}

function scalar(v: TValue): number | string | boolean {
  if (v instanceof GoInt) return v.v;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  throw new TemplateExecError('invalid type for comparison');
}

const isNilValue = (v: TValue) => v === null || v === NO_VALUE;

/**
 * text/template eq for one pair: basic kinds compare by value and must match (int vs float64 is
 * "incompatible types"), except that nil on either side is just unequal; two nils are equal;
 * maps and slices are not comparable.
 */
function eq(a: TValue, b: TValue): boolean {
  const ka = kind(a);
  const kb = kind(b);
  if (ka !== kb) {
    if (!isNilValue(a) && !isNilValue(b))
      throw new TemplateExecError('error calling eq: incompatible types for comparison');
    return false;
  }
  if (ka !== 'invalid') return scalar(a) === scalar(b);
  if (isNilValue(a) || isNilValue(b)) return isNilValue(a) === isNilValue(b);
  if (a instanceof GoTime && b instanceof GoTime) return a.ms === b.ms && a.zone === b.zone;
  throw new TemplateExecError(`error calling eq: non-comparable type ${goTypeName(b)}`);
}

/** text/template lt: both basic kinds, the same kind, and not bool. */
function lt(name: string, a: TValue, b: TValue): boolean {
  const ka = kind(a);
  const kb = kind(b);
  if (ka === 'invalid' || kb === 'invalid')
    throw new TemplateExecError(`error calling ${name}: invalid type for comparison`);
  if (ka !== kb)
    throw new TemplateExecError(`error calling ${name}: incompatible types for comparison`);
  if (ka === 'bool')
    throw new TemplateExecError(`error calling ${name}: invalid type for comparison`);
  if (typeof a === 'string' && typeof b === 'string') return goStringCompare(a, b) < 0;
  return scalar(a) < scalar(b);
}

function length(v: TValue): number {
  if (typeof v === 'string') return utf8Encode(v).length;
  if (Array.isArray(v)) return v.length;
  if (v !== null && isMap(v)) return Object.keys(v).length;
  throw new TemplateExecError(`error calling len: len of type ${goTypeName(v)}`);
}

function index(v: TValue, keys: TValue[]): TValue {
  let cur = v;
  for (const k of keys) {
    if (cur === null) throw new TemplateExecError('error calling index: index of untyped nil');
    if (Array.isArray(cur) || typeof cur === 'string') {
      if (!(k instanceof GoInt))
        throw new TemplateExecError(
          `error calling index: cannot index slice/array with type ${goTypeName(k)}`,
        );
      if (k.v < 0 || k.v >= cur.length)
        throw new TemplateExecError(`error calling index: index out of range: ${k.v}`);
      cur = typeof cur === 'string' ? new GoInt(utf8Encode(cur)[k.v] ?? 0) : (cur[k.v] ?? null);
    } else if (isMap(cur)) {
      if (typeof k !== 'string')
        throw new TemplateExecError(
          `error calling index: value has type ${goTypeName(k)}; should be string`,
        );
      cur = Object.prototype.hasOwnProperty.call(cur, k) ? (cur[k] ?? null) : null;
    } else
      throw new TemplateExecError(
        `error calling index: can't index item of type ${goTypeName(cur)}`,
      );
  }
  return cur;
}

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&#34;')
    .replace(/\0/g, '\uFFFD');
}

/** and/or: at least one argument; the first false (true) one is returned without evaluating the rest. */
function andOr(name: 'and' | 'or', args: (() => TValue)[]): TValue {
  if (args.length === 0)
    throw new TemplateExecError(`wrong number of args for ${name}: want at least 1 got 0`);
  let v: TValue = NO_VALUE;
  for (const a of args) {
    v = a();
    if (truth(v) === (name === 'or')) return v;
  }
  return v;
}

/**
 * text/template evalArgs (html, js, urlquery): one string argument as is; otherwise fmt.Sprint
 * of the arguments, where a nil or missing one is the string "<no value>".
 */
function evalArgs(args: (() => TValue)[]): string {
  const vs = args.map((a) => a());
  if (vs.length === 1 && typeof vs[0] === 'string') return vs[0];
  return sprint(vs.map((v) => (v === null || v === NO_VALUE ? '<no value>' : v)));
}

/** template.JSEscapeString (Go 1.21+): quotes, backslash, <>&= and controls escaped. */
function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '"') out += '\\"';
    else if (ch === '<') out += '\\u003C';
    else if (ch === '>') out += '\\u003E';
    else if (ch === '&') out += '\\u0026';
    else if (ch === '=') out += '\\u003D';
    else if (c < 0x20) out += `\\u00${c.toString(16).toUpperCase().padStart(2, '0')}`;
    else if (c < 0x80 || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch)) out += ch;
    else out += `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return out;
}

/** url.QueryEscape: unreserved bytes kept, space as +, every other byte %XX. */
function queryEscape(s: string): string {
  let out = '';
  for (const b of utf8Encode(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** indexArg: an int within 0..cap. */
function indexArg(fn: string, k: TValue, cap: number): number {
  if (k === null)
    throw new TemplateExecError(`error calling ${fn}: cannot index slice/array with nil`);
  if (!(k instanceof GoInt))
    throw new TemplateExecError(
      `error calling ${fn}: cannot index slice/array with type ${goTypeName(k)}`,
    );
  if (k.v < 0 || k.v > cap)
    throw new TemplateExecError(`error calling ${fn}: index out of range: ${k.v}`);
  return k.v;
}

/**
 * funcs.go slice: x[i:j] (or x[i:j:k]) of a string (by bytes) or a slice. A slice's capacity is
 * taken as its length (what sprig's list gives; gjson arrays may have more room in Go).
 */
function goSlice([v, ...idx]: TValue[]): TValue {
  if (v === null || v === undefined)
    throw new TemplateExecError('error calling slice: slice of untyped nil');
  if (idx.length > 3)
    throw new TemplateExecError(`error calling slice: too many slice indexes: ${idx.length}`);
  let len: number;
  let bytes: Uint8Array | null = null;
  if (typeof v === 'string') {
    if (idx.length === 3)
      throw new TemplateExecError('error calling slice: cannot 3-index slice a string');
    bytes = utf8Encode(v);
    len = bytes.length;
  } else if (Array.isArray(v)) len = v.length;
  else
    throw new TemplateExecError(`error calling slice: can't slice item of type ${goTypeName(v)}`);
  const index = (n: number, dflt: number) =>
    n < idx.length ? indexArg('slice', idx[n] ?? null, len) : dflt;
  const i = index(0, 0);
  const j = index(1, len);
  const k = index(2, len);
  if (i > j) throw new TemplateExecError(`error calling slice: invalid slice index: ${i} > ${j}`);
  if (idx.length === 3 && j > k)
    throw new TemplateExecError(`error calling slice: invalid slice index: ${j} > ${k}`);
  if (bytes) return utf8Decode(bytes.subarray(i, j));
  return v.slice(i, j);
}

/** text/template's predefined functions. */
export const BUILTINS: Record<string, TemplateFunc> = {
  and: (args) => andOr('and', args),
  or: (args) => andOr('or', args),
  not: (args) => {
    arity('not', args, 1);
    return !truth(values(args)[0] ?? null);
  },
  len: (args) => {
    arity('len', args, 1);
    return new GoInt(length(values(args)[0] ?? null));
  },
  index: (args) => {
    if (args.length === 0)
      throw new TemplateExecError('wrong number of args for index: want at least 1 got 0');
    const [v, ...keys] = values(args);
    return index(v ?? null, keys);
  },
  slice: (args) => goSlice(values(args)),
  print: (args) => sprint(values(args)),
  println: (args) => sprintln(values(args)),
  printf: (args, ctx) => {
    const [f, ...rest] = values(args);
    const format = str(f, 'printf');
    // fmt pads to each verb's width and precision: charge them before formatting.
    for (const m of format.matchAll(/%[-+# 0]*(\d*)(?:\.(\d*))?/g))
      spend(ctx, Number(m[1] || 0) + Number(m[2] || 0), 'printf');
    return sprintf(format, rest);
  },
  html: (args) => escapeHtml(evalArgs(args)),
  js: (args) => jsEscape(evalArgs(args)),
  urlquery: (args) => queryEscape(evalArgs(args)),
  eq: (args) => {
    const [a, ...rest] = values(args);
    if (rest.length === 0)
      throw new TemplateExecError('error calling eq: missing argument for comparison');
    return rest.some((b) => eq(a ?? null, b));
  },
  ne: (args) => {
    arity('ne', args, 2);
    const [a, b] = values(args);
    return !eq(a ?? null, b ?? null);
  },
  lt: (args) => {
    arity('lt', args, 2);
    const [a, b] = values(args);
    return lt('lt', a ?? null, b ?? null);
  },
  le: (args) => {
    arity('le', args, 2);
    const [a, b] = values(args);
    return lt('le', a ?? null, b ?? null) || eq(a ?? null, b ?? null);
  },
  gt: (args) => {
    arity('gt', args, 2);
    const [a, b] = values(args);
    return !lt('gt', a ?? null, b ?? null) && !eq(a ?? null, b ?? null);
  },
  ge: (args) => {
    arity('ge', args, 2);
    const [a, b] = values(args);
    return !lt('ge', a ?? null, b ?? null);
  },
  call: () => {
    throw new TemplateExecError('error calling call: functions cannot be called from event data');
  },
};
