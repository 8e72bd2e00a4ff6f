import type { ExprLocation } from '../../domain/exprLang/ast';
import { formatFloatV } from '../json/goNumbers';
import { GoInt, GoTime, printV, type TValue } from '../template/values';
import { nullRecord } from '../../lib/nullRecord';

/** A Go time.Duration (nanoseconds). */
export class GoDuration {
  constructor(readonly ns: number) {}
}

/** A function value: an environment helper, a sprig function, or a bound time method. */
export class ExprFunc {
  constructor(
    readonly name: string,
    /** The Go signature, for "%T" in messages. */
    readonly goType: string,
    readonly call: (args: ExprValue[]) => ExprValue,
  ) {}
}

/** A map with keys of any type (groupBy's map[interface{}][]interface{}, fromPairs' map). */
export class AnyKeyMap {
  readonly entries = new Map<string, [ExprValue, ExprValue]>();
}

/** A map[string]interface{}: always a null-prototype object, so any key is an ordinary key. */
export interface ExprMap {
  [key: string]: ExprValue;
}

/**
 * What expressions compute with, as Go values: nil, bool, int (GoInt), float64 (number), string,
 * time.Time, time.Duration, []interface{}, map[string]interface{} and functions. The same classes
 * as the template engine's, so sprig functions take these values directly.
 */
export type ExprValue =
  | null
  | boolean
  | number
  | string
  | GoInt
  | GoTime
  | GoDuration
  | ExprValue[]
  | ExprMap
  | AnyKeyMap
  | ExprFunc;

/** A Go panic inside the VM: the message upstream would report, at the node that raised it. */
export class ExprPanic extends Error {}

/** A Go panic with the location of the node that raised it (vm.Run's recover). */
export class LocatedPanic extends Error {
  constructor(
    message: string,
    readonly loc: ExprLocation,
  ) {
    super(message);
  }
}

/** Arrays that are Go []string (split's result): reflect.DeepEqual tells them from []interface{}. */
export const STRING_SLICES = new WeakSet<ExprValue[]>();

export function newMap(): ExprMap {
  return nullRecord<ExprValue>();
}

export function isExprMap(v: ExprValue): v is ExprMap {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof GoInt) &&
    !(v instanceof GoTime) &&
    !(v instanceof GoDuration) &&
    !(v instanceof AnyKeyMap) &&
    !(v instanceof ExprFunc)
  );
}

const isNumeric = (v: ExprValue): v is number | GoInt =>
  typeof v === 'number' || v instanceof GoInt;

/** fmt's %T. */
export function goType(v: ExprValue): string {
  if (v === null) return '<nil>';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'string') return 'string';
  if (v instanceof GoInt) return 'int';
  if (v instanceof GoTime) return 'time.Time';
  if (v instanceof GoDuration) return 'time.Duration';
  if (v instanceof ExprFunc) return v.goType;
  if (v instanceof AnyKeyMap) return 'map[interface {}]interface {}';
  if (Array.isArray(v)) return STRING_SLICES.has(v) ? '[]string' : '[]interface {}';
  return 'map[string]interface {}';
}

/** The dynamic type named in "interface conversion" panics (nil is "nil" there). */
function convType(v: ExprValue): string {
  return v === null ? 'nil' : goType(v);
}

/** A type assertion `v.(bool)`, `v.(string)`: panics as Go does when it does not hold. */
export function assertBool(v: ExprValue): boolean {
  if (typeof v === 'boolean') return v;
  throw new ExprPanic(`interface conversion: interface {} is ${convType(v)}, not bool`);
}

export function assertString(v: ExprValue): string {
  if (typeof v === 'string') return v;
  throw new ExprPanic(`interface conversion: interface {} is ${convType(v)}, not string`);
}

function num(v: number | GoInt): number {
  return v instanceof GoInt ? v.v : v;
}

/** Go int arithmetic wraps at 64 bits; numbers beyond 2^53 lose precision here. */
export function int(n: number): GoInt {
  return new GoInt(Number.isFinite(n) ? Math.trunc(n) : 0);
}

/** runtime.IsNil: nil, and nil maps, slices and functions (JSON null only gives plain nil). */
export function isNil(v: ExprValue): boolean {
  return v === null;
}

/** Go string comparison: byte order of UTF-8, which is code point order. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]!.codePointAt(0) ?? 0) - (y[i]!.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** runtime.Equal: numbers across int/float, strings, times, durations, nils, else reflect.DeepEqual. */
export function goEqual(a: ExprValue, b: ExprValue): boolean {
  if (isNumeric(a) && isNumeric(b)) return num(a) === num(b);
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  if (a instanceof GoTime && b instanceof GoTime) return a.ms === b.ms;
  if (a instanceof GoDuration && b instanceof GoDuration) return a.ns === b.ns;
  if (isNil(a) && isNil(b)) return true;
  return deepEqual(a, b);
}

/** reflect.DeepEqual: the same Go type, then equal contents (no int/float mixing inside). */
function deepEqual(a: ExprValue, b: ExprValue): boolean {
  if (goType(a) !== goType(b)) return false;
  if (a === null || typeof a !== 'object') return a === b;
  // The same Go type: each `b instanceof` below holds; it narrows b.
  if (a instanceof GoInt) return b instanceof GoInt && a.v === b.v;
  if (a instanceof GoTime) return b instanceof GoTime && a.ms === b.ms && a.zone === b.zone;
  if (a instanceof GoDuration) return b instanceof GoDuration && a.ns === b.ns;
  if (a instanceof ExprFunc) return false;
  if (Array.isArray(a)) {
    const y = b;
    if (!Array.isArray(y)) return false;
    return a.length === y.length && a.every((x, i) => deepEqual(x, y[i] ?? null));
  }
  if (a instanceof AnyKeyMap) {
    const y = b;
    if (!(y instanceof AnyKeyMap)) return false;
    if (a.entries.size !== y.entries.size) return false;
    for (const [k, [, v]] of a.entries) {
      const other = y.entries.get(k);
      if (!other || !deepEqual(v, other[1])) return false;
    }
    return true;
  }
  const y = b;
  if (!isExprMap(y)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(y).length) return false;
  return ka.every(
    (k) => Object.prototype.hasOwnProperty.call(y, k) && deepEqual(a[k] ?? null, y[k] ?? null),
  );
}

type Cmp = '<' | '>' | '<=' | '>=';

/** runtime.Less/More/LessOrEqual/MoreOrEqual. */
export function compare(op: Cmp, a: ExprValue, b: ExprValue): boolean {
  let d: number | null = null;
  if (isNumeric(a) && isNumeric(b)) d = num(a) - num(b);
  else if (typeof a === 'string' && typeof b === 'string') d = compareStrings(a, b);
  else if (a instanceof GoTime && b instanceof GoTime) d = a.ms - b.ms;
  else if (a instanceof GoDuration && b instanceof GoDuration) d = a.ns - b.ns;
  if (d === null || Number.isNaN(d)) {
    if (d !== null) return false;
    throw new ExprPanic(`invalid operation: ${goType(a)} ${op} ${goType(b)}`);
  }
  return op === '<' ? d < 0 : op === '>' ? d > 0 : op === '<=' ? d <= 0 : d >= 0;
}

const bothInt = (a: ExprValue, b: ExprValue) => a instanceof GoInt && b instanceof GoInt;

/** runtime.Add/Subtract/Multiply/Divide/Modulo and Exponent. */
export function arithmetic(op: string, a: ExprValue, b: ExprValue): ExprValue {
  if (isNumeric(a) && isNumeric(b)) {
    const x = num(a);
    const y = num(b);
    switch (op) {
      case '+':
        return bothInt(a, b) ? int(x + y) : x + y;
      case '-':
        return bothInt(a, b) ? int(x - y) : x - y;
      case '*':
        return bothInt(a, b) ? int(x * y) : x * y;
      case '/':
        return x / y;
      case '%':
        if (!bothInt(a, b)) break;
        if (y === 0) throw new ExprPanic('runtime error: integer divide by zero');
        return int(x % y);
      case '**':
      case '^':
        return x ** y;
    }
  }
  if (op === '**' || op === '^') {
    for (const v of [a, b])
      if (!isNumeric(v)) throw new ExprPanic(`invalid operation: float(${goType(v)})`);
  }
  if (op === '+') {
    if (typeof a === 'string' && typeof b === 'string') return a + b;
    if (a instanceof GoTime && b instanceof GoDuration)
      return new GoTime(a.ms + b.ns / 1e6, a.zone);
    if (a instanceof GoDuration && b instanceof GoTime)
      return new GoTime(b.ms + a.ns / 1e6, b.zone);
    if (a instanceof GoDuration && b instanceof GoDuration) return new GoDuration(a.ns + b.ns);
  }
  if (op === '-') {
    if (a instanceof GoTime && b instanceof GoTime) return new GoDuration((a.ms - b.ms) * 1e6);
    if (a instanceof GoTime && b instanceof GoDuration)
      return new GoTime(a.ms - b.ns / 1e6, a.zone);
    if (a instanceof GoDuration && b instanceof GoDuration) return new GoDuration(a.ns - b.ns);
  }
  if (op === '*') {
    const d = a instanceof GoDuration ? a : b instanceof GoDuration ? b : null;
    const o = d === a ? b : a;
    if (d && (o instanceof GoDuration || isNumeric(o))) {
      const other = o instanceof GoDuration ? o.ns : num(o);
      return typeof o === 'number' ? d.ns * other : new GoDuration(Math.trunc(d.ns * other));
    }
  }
  const sym = op === '%' ? '%' : op;
  throw new ExprPanic(`invalid operation: ${goType(a)} ${sym} ${goType(b)}`);
}

/** runtime.Negate. */
export function negate(v: ExprValue): ExprValue {
  if (v instanceof GoInt) return int(-v.v);
  if (typeof v === 'number') return -v;
  throw new ExprPanic(`invalid operation: - ${goType(v)}`);
}

/** runtime.ToInt. */
export function toInt(v: ExprValue): number {
  if (v instanceof GoInt) return v.v;
  if (typeof v === 'number') return Math.trunc(v);
  throw new ExprPanic(`invalid operation: int(${goType(v)})`);
}

/** The value as a template value (sprig's argument), or a panic for what sprig cannot take. */
export function toTemplateValue(v: ExprValue): TValue {
  if (v instanceof GoDuration) return new GoInt(v.ns);
  if (v instanceof ExprFunc || v instanceof AnyKeyMap)
    throw new ExprPanic(`a ${goType(v)} cannot be passed to a sprig function in the simulator`);
  if (Array.isArray(v)) return v.map(toTemplateValue);
  if (isExprMap(v)) {
    const out: Record<string, TValue> = nullRecord<TValue>();
    for (const k of Object.keys(v)) out[k] = toTemplateValue(v[k] ?? null);
    return out;
  }
  return v;
}

/** A template value back as an expression value. */
export function fromTemplateValue(v: TValue): ExprValue {
  if (typeof v === 'symbol') return null;
  if (Array.isArray(v)) return v.map(fromTemplateValue);
  if (v !== null && typeof v === 'object' && !(v instanceof GoInt) && !(v instanceof GoTime)) {
    const out = newMap();
    for (const k of Object.keys(v)) out[k] = fromTemplateValue(v[k] ?? null);
    return out;
  }
  return v;
}

/** fmt's %v of a value (the `string()` builtin). */
export function formatV(v: ExprValue): string {
  if (v instanceof GoDuration) return durationString(v.ns);
  if (v instanceof ExprFunc) return `0x${v.name.length.toString(16)}`;
  if (v instanceof AnyKeyMap)
    return `map[${[...v.entries.values()].map(([k, x]) => `${formatV(k)}:${formatV(x)}`).join(' ')}]`;
  if (Array.isArray(v)) return `[${v.map(formatV).join(' ')}]`;
  if (isExprMap(v))
    return `map[${Object.keys(v)
      .sort(compareStrings)
      .map((k) => `${k}:${formatV(v[k] ?? null)}`)
      .join(' ')}]`;
  if (typeof v === 'number') return formatFloatV(v);
  return printV(v, false);
}

/** fmt's %s, as EvalBool prints a non-bool result. */
export function formatS(v: ExprValue): string {
  if (typeof v === 'string') return v;
  if (v === null) return '%!s(<nil>)';
  if (typeof v === 'boolean' || isNumeric(v)) return `%!s(${goType(v)}=${formatV(v)})`;
  return formatV(v);
}

/** time.Duration.String(): "1h0m0s", "1.5s", "250ms", "0s". */
export function durationString(ns: number): string {
  if (ns === 0) return '0s';
  const neg = ns < 0;
  let u = Math.abs(ns);
  let out: string;
  if (u < 1e9) {
    const [unit, div]: [string, number] = u < 1e3 ? ['ns', 1] : u < 1e6 ? ['µs', 1e3] : ['ms', 1e6];
    out = `${trimFloat(u / div)}${unit}`;
  } else {
    const h = Math.floor(u / 3.6e12);
    u -= h * 3.6e12;
    const m = Math.floor(u / 6e10);
    u -= m * 6e10;
    const s = `${trimFloat(u / 1e9)}s`;
    out = h > 0 ? `${h}h${m}m${s}` : m > 0 ? `${m}m${s}` : s;
  }
  return neg ? `-${out}` : out;
}

function trimFloat(f: number): string {
  return String(Number(f.toFixed(9)));
}
