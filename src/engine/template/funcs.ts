import { utf8Encode } from '../../lib/utf8';
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

type Kind = 'bool' | 'int' | 'float' | 'string' | 'other';

function kind(v: TValue): Kind {
  if (typeof v === 'boolean') return 'bool';
  if (v instanceof GoInt) return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string') return 'string';
  return 'other';
}

function scalar(v: TValue): number | string | boolean {
  return v instanceof GoInt ? v.v : (v as number | string | boolean);
}

/** text/template's eq: basic kinds must match (int vs float64 is "incompatible types"). */
function eq(a: TValue, b: TValue): boolean {
  const ka = kind(a);
  const kb = kind(b);
  if (ka === 'other' || kb === 'other') {
    if (a === null && b === null) return true;
    if ((a === null) !== (b === null) && ka === 'other' && kb === 'other') return false;
    throw new TemplateExecError('error calling eq: incompatible types for comparison');
  }
  if (ka !== kb) throw new TemplateExecError('error calling eq: incompatible types for comparison');
  return scalar(a) === scalar(b);
}

function lt(name: string, a: TValue, b: TValue): boolean {
  const ka = kind(a);
  const kb = kind(b);
  if (ka === 'other' || kb === 'other' || ka === 'bool')
    throw new TemplateExecError(`error calling ${name}: invalid type for comparison`);
  if (ka !== kb)
    throw new TemplateExecError(`error calling ${name}: incompatible types for comparison`);
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

/** text/template's predefined functions. */
export const BUILTINS: Record<string, TemplateFunc> = {
  and: (args) => {
    let v: TValue = null;
    for (const a of args) {
      v = a();
      if (!truth(v)) return v;
    }
    return v;
  },
  or: (args) => {
    let v: TValue = null;
    for (const a of args) {
      v = a();
      if (truth(v)) return v;
    }
    return v;
  },
  not: (args) => {
    arity('not', args, 1);
    return !truth(values(args)[0] ?? null);
  },
  len: (args) => new GoInt(length(values(args)[0] ?? null)),
  index: (args) => {
    const [v, ...keys] = values(args);
    return index(v ?? null, keys);
  },
  slice: (args) => {
    const [v, ...idx] = values(args);
    const n = idx.map((x) => (x instanceof GoInt ? x.v : NaN));
    if (typeof v === 'string') return v.slice(n[0] ?? 0, n[1] ?? v.length);
    if (Array.isArray(v)) return v.slice(n[0] ?? 0, n[1] ?? v.length);
    throw new TemplateExecError(
      `error calling slice: can't slice item of type ${goTypeName(v ?? null)}`,
    );
  },
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
  html: (args) => escapeHtml(sprint(values(args))),
  js: (args) =>
    sprint(values(args)).replace(
      /[\\'"<>&=\n\r]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    ),
  urlquery: (args) => encodeURIComponent(sprint(values(args))).replace(/%20/g, '+'),
  eq: (args) => {
    const [a, ...rest] = values(args);
    if (rest.length === 0)
      throw new TemplateExecError('error calling eq: missing argument for comparison');
    return rest.some((b) => eq(a ?? null, b));
  },
  ne: (args) => {
    const [a, b] = values(args);
    return !eq(a ?? null, b ?? null);
  },
  lt: (args) => {
    const [a, b] = values(args);
    return lt('lt', a ?? null, b ?? null);
  },
  le: (args) => {
    const [a, b] = values(args);
    return lt('le', a ?? null, b ?? null) || eq(a ?? null, b ?? null);
  },
  gt: (args) => {
    const [a, b] = values(args);
    return !lt('gt', a ?? null, b ?? null) && !eq(a ?? null, b ?? null);
  },
  ge: (args) => {
    const [a, b] = values(args);
    return !lt('ge', a ?? null, b ?? null);
  },
  call: () => {
    throw new TemplateExecError('error calling call: functions cannot be called from event data');
  },
};

export { GoTime };
