import { compileGoRegex, goRegexMatch } from '../regex/goRegex';
import { formatFloatV } from '../json/goNumbers';
import { GoPattern, GovaluateError, GovaluatePanic, tokenize, type Token } from './govaluateLexer';
import { planStages, type Stage, type Symbol } from './govaluatePlanner';

/** A value in a govaluate expression: what a JSON-decoded Go interface{} can hold. */
export type ExprValue =
  null | boolean | number | string | ExprValue[] | { [key: string]: ExprValue };

/** A parsed expression: govaluate's stage tree, and its VARIABLE tokens in order (Vars()). */
export interface Expr {
  root: Stage | null;
  tokens: Token[];
}

export type ParseResult = { ok: true; expr: Expr; vars: string[] } | { ok: false; error: string };
export type EvalResult = { ok: true; value: ExprValue } | { ok: false; error: string };

type Val = ExprValue | GoPattern | typeof SHORT;
/** govaluate's shortCircuitHolder: the right side was not evaluated. */
const SHORT: unique symbol = Symbol('short-circuit');

const CACHE = new Map<string, ParseResult>();

/**
 * govaluate.NewEvaluableExpression (Knetic/govaluate 9aa4983): tokenise, check the syntax, compile
 * constant patterns, plan the stages. `vars` is Vars(): every VARIABLE token in order, repeats kept.
 */
export function parseExpression(text: string): ParseResult {
  const hit = CACHE.get(text);
  if (hit) return hit;
  let out: ParseResult;
  try {
    const tokens = tokenize(text);
    const root = planStages(tokens);
    const vars = tokens
      .filter((t) => t.kind === 'VARIABLE')
      .flatMap((t) => (typeof t.value === 'string' ? [t.value] : []));
    out = { ok: true, expr: { root, tokens }, vars };
  } catch (e) {
    out = { ok: false, error: failure(e) };
  }
  if (CACHE.size > 1000) CACHE.clear();
  CACHE.set(text, out);
  return out;
}

function failure(e: unknown): string {
  if (e instanceof GovaluateError) return e.message;
  if (e instanceof GovaluatePanic) return `govaluate panicked: ${e.message}`;
  if (e instanceof RangeError) return 'expression too deeply nested';
  throw e;
}

/** EvaluableExpression.Evaluate: govaluate's type checks and Go semantics; errors come back as values. */
export function evaluateExpression(
  expr: Expr,
  params: Readonly<Record<string, ExprValue>>,
): EvalResult {
  if (expr.root === null) return { ok: true, value: null };
  try {
    const v = evaluate(expr.root, params);
    return { ok: true, value: v instanceof GoPattern || v === SHORT ? null : v };
  } catch (e) {
    return { ok: false, error: failure(e) };
  }
}

/** fmt's %v of a govaluate value (used by `+` on strings and in error messages). */
function goV(v: Val): string {
  if (v === null || v === SHORT) return v === null ? '<nil>' : '-1';
  if (typeof v === 'number') return formatFloatV(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof GoPattern) return v.source;
  if (Array.isArray(v)) return `[${v.map(goV).join(' ')}]`;
  return `map[${Object.keys(v)
    .sort()
    .map((k) => `${k}:${goV(v[k] ?? null)}`)
    .join(' ')}]`;
}

const SYMBOL_TEXT: Partial<Record<Symbol, string>> = {
  EQ: '=',
  NEQ: '!=',
  GT: '>',
  LT: '<',
  GTE: '>=',
  LTE: '<=',
  REQ: '=~',
  NREQ: '!~',
  AND: '&&',
  OR: '||',
  IN: 'in',
  BITWISE_AND: '&',
  BITWISE_OR: '|',
  BITWISE_XOR: '^',
  BITWISE_LSHIFT: '<<',
  BITWISE_RSHIFT: '>>',
  PLUS: '+',
  MINUS: '-',
  MULTIPLY: '*',
  DIVIDE: '/',
  MODULUS: '%',
  EXPONENT: '**',
  NEGATE: '-',
  INVERT: '!',
  BITWISE_NOT: '~',
  TERNARY_TRUE: '?',
  TERNARY_FALSE: ':',
  COALESCE: '??',
};

const isNum = (v: Val): v is number => typeof v === 'number';
const isStr = (v: Val): v is string => typeof v === 'string';
const isBool = (v: Val): v is boolean => typeof v === 'boolean';

type Check = (v: Val) => boolean;
type Combined = (l: Val, r: Val) => boolean;

function typeChecks(s: Symbol): { left?: Check; right?: Check; combined?: Combined } {
  switch (s) {
    case 'GT':
    case 'LT':
    case 'GTE':
    case 'LTE':
      return { combined: (l, r) => (isNum(l) && isNum(r)) || (isStr(l) && isStr(r)) };
    case 'REQ':
    case 'NREQ':
      return { left: isStr, right: (v) => isStr(v) || v instanceof GoPattern };
    case 'AND':
    case 'OR':
      return { left: isBool, right: isBool };
    case 'IN':
      return { right: Array.isArray };
    case 'BITWISE_LSHIFT':
    case 'BITWISE_RSHIFT':
    case 'BITWISE_OR':
    case 'BITWISE_AND':
    case 'BITWISE_XOR':
    case 'MINUS':
    case 'MULTIPLY':
    case 'DIVIDE':
    case 'MODULUS':
    case 'EXPONENT':
      return { left: isNum, right: isNum };
    case 'PLUS':
      return { combined: (l, r) => (isNum(l) && isNum(r)) || isStr(l) || isStr(r) };
    case 'NEGATE':
    case 'BITWISE_NOT':
      return { right: isNum };
    case 'INVERT':
      return { right: isBool };
    case 'TERNARY_TRUE':
      return { left: isBool };
    default:
      return {};
  }
}

/*
 * The operands of a stage, read once its type check (typeChecks) has passed; a value of another type
 * would be the planner going wrong, reported as the panic of Go's type assertion in govaluate.
 */
function unchecked(v: Val, want: string): GovaluatePanic {
  return new GovaluatePanic(`interface conversion: interface {} is ${goV(v)}, not ${want}`);
}
function n(v: Val): number {
  if (isNum(v)) return v;
  throw unchecked(v, 'float64');
}
function str(v: Val): string {
  if (isStr(v)) return v;
  throw unchecked(v, 'string');
}
function bool(v: Val): boolean {
  if (isBool(v)) return v;
  throw unchecked(v, 'bool');
}
/** A list member: a compiled pattern or a skipped branch never is one. */
function plain(v: Val): ExprValue {
  if (v instanceof GoPattern || v === SHORT) throw unchecked(v, 'a value');
  return v;
}

function typeError(format: string, v: Val, s: Symbol): GovaluateError {
  const text = format.replace('%v', goV(v)).replace('%v', SYMBOL_TEXT[s] ?? '');
  return new GovaluateError(text);
}

/** Go's int64(float64) on amd64: truncation, with NaN and out-of-range values giving MinInt64. */
function int64(f: number): bigint {
  if (!Number.isFinite(f) || f >= 2 ** 63 || f < -(2 ** 63)) return -(2n ** 63n);
  return BigInt(Math.trunc(f));
}

/** Go's uint64(float64) on amd64 (negative values wrap through int64). */
function uint64(f: number): bigint {
  if (f >= 2 ** 63 && f < 2 ** 64) return BigInt(Math.trunc(f));
  return BigInt.asUintN(64, int64(f));
}

/** reflect.DeepEqual on decoded JSON values (NaN is not equal to itself). */
function deepEqual(a: Val, b: Val): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i] ?? null));
  }
  if (a instanceof GoPattern || b instanceof GoPattern) return a === b;
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k]!, b[k]!))
    );
  }
  return a === b;
}

/** Go's `left == value` on interface{} values: comparing two slices or two maps panics. */
function interfaceEqual(a: Val, b: Val): boolean {
  const kind = (v: Val) =>
    Array.isArray(v) ? 'slice' : v !== null && typeof v === 'object' ? 'map' : typeof v;
  if (kind(a) !== kind(b)) return false;
  if (kind(a) === 'slice' || (kind(a) === 'map' && !(a instanceof GoPattern)))
    throw new GovaluatePanic(`runtime error: comparing uncomparable type`);
  return a === b;
}

function evaluate(stage: Stage, params: Readonly<Record<string, ExprValue>>): Val {
  const { symbol } = stage.p;
  let left: Val = null;
  let right: Val = null;
  if (stage.left) left = evaluate(stage.left, params);
  switch (symbol) {
    case 'AND':
      if (left === false) return false;
      break;
    case 'OR':
      if (left === true) return true;
      break;
    case 'COALESCE':
      if (left !== null) return left;
      break;
    case 'TERNARY_TRUE':
      if (left === false) right = SHORT;
      break;
    case 'TERNARY_FALSE':
      if (left !== null) right = SHORT;
      break;
  }
  if (right !== SHORT && stage.right) right = evaluate(stage.right, params);
  const checks = typeChecks(symbol);
  const format = stage.p.typeErrorFormat;
  if (checks.combined) {
    if (!checks.combined(left, right)) throw typeError(format, left, symbol);
  } else {
    if (checks.left && !checks.left(left)) throw typeError(format, left, symbol);
    if (checks.right && !checks.right(right)) throw typeError(format, right, symbol);
  }
  return operate(stage, left, right, params);
}

function operate(stage: Stage, l: Val, r: Val, params: Readonly<Record<string, ExprValue>>): Val {
  switch (stage.p.symbol) {
    case 'VALUE': {
      const name = String(stage.p.data);
      if (!Object.prototype.hasOwnProperty.call(params, name))
        throw new GovaluateError(`No parameter '${name}' found.`);
      return params[name] ?? null;
    }
    case 'LITERAL':
      return stage.p.data;
    case 'NOOP':
      return r;
    case 'ACCESS': {
      const pair = Array.isArray(stage.p.data) ? stage.p.data : [];
      if (!Object.prototype.hasOwnProperty.call(params, pair[0] ?? ''))
        throw new GovaluateError(`No parameter '${pair[0]}' found.`);
      throw new GovaluateError(`Unable to access '${pair[1]}', '${pair[0]}' is not a struct`);
    }
    case 'PLUS':
      return isStr(l) || isStr(r) ? goV(l) + goV(r) : n(l) + n(r);
    case 'MINUS':
      return n(l) - n(r);
    case 'MULTIPLY':
      return n(l) * n(r);
    case 'DIVIDE':
      return n(l) / n(r);
    case 'EXPONENT':
      return Math.pow(n(l), n(r));
    case 'MODULUS':
      return n(l) % n(r);
    case 'GT':
    case 'LT':
    case 'GTE':
    case 'LTE': {
      const [a, b] = isStr(l) && isStr(r) ? [l, r] : [n(l), n(r)];
      const s = stage.p.symbol;
      return s === 'GT' ? a > b : s === 'LT' ? a < b : s === 'GTE' ? a >= b : a <= b;
    }
    case 'EQ':
      return deepEqual(l, r);
    case 'NEQ':
      return !deepEqual(l, r);
    case 'AND':
      return bool(l) && bool(r);
    case 'OR':
      return bool(l) || bool(r);
    case 'NEGATE':
      return -n(r);
    case 'INVERT':
      return !bool(r);
    case 'BITWISE_NOT':
      return Number(BigInt.asIntN(64, ~int64(n(r))));
    case 'TERNARY_TRUE':
      return l === true ? r : null;
    case 'TERNARY_FALSE':
    case 'COALESCE':
      return l !== null ? l : r;
    case 'REQ':
    case 'NREQ': {
      let re;
      if (r instanceof GoPattern) re = r.re;
      else {
        const source = str(r);
        const c = compileGoRegex(source);
        if (!c.ok)
          throw new GovaluateError(`Unable to compile regexp pattern '${source}': ${c.error}`);
        re = c.re;
      }
      const m = goRegexMatch(re, str(l));
      return stage.p.symbol === 'REQ' ? m : !m;
    }
    case 'BITWISE_OR':
      return Number(BigInt.asIntN(64, int64(n(l)) | int64(n(r))));
    case 'BITWISE_AND':
      return Number(BigInt.asIntN(64, int64(n(l)) & int64(n(r))));
    case 'BITWISE_XOR':
      return Number(BigInt.asIntN(64, int64(n(l)) ^ int64(n(r))));
    case 'BITWISE_LSHIFT': {
      const by = uint64(n(r));
      return Number(by >= 64n ? 0n : BigInt.asUintN(64, uint64(n(l)) << by));
    }
    case 'BITWISE_RSHIFT': {
      const by = uint64(n(r));
      return Number(by >= 64n ? 0n : uint64(n(l)) >> by);
    }
    case 'SEPARATE':
      return Array.isArray(l) ? [...l, plain(r)] : [plain(l), plain(r)];
    case 'IN':
      if (!Array.isArray(r)) throw unchecked(r, '[]interface {}');
      return r.some((x) => interfaceEqual(l, x));
  }
  throw new GovaluateError(`unknown operator ${stage.p.symbol}`);
}
