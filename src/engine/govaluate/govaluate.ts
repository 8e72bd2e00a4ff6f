import { compileGoRegex, goRegexMatch } from '../regex/goRegex';
import { formatFloatV } from '../json/goNumbers';

/** A value in a govaluate expression: what a JSON-decoded Go interface{} can hold. */
export type ExprValue =
  null | boolean | number | string | ExprValue[] | { [key: string]: ExprValue };

export type Expr =
  | { t: 'lit'; v: ExprValue }
  | { t: 'var'; name: string }
  | { t: 'list'; items: Expr[] }
  | { t: 'unary'; op: string; e: Expr }
  | { t: 'bin'; op: string; l: Expr; r: Expr }
  | { t: 'tern'; c: Expr; a: Expr; b: Expr | null };

export type ParseResult = { ok: true; expr: Expr; vars: string[] } | { ok: false; error: string };
export type EvalResult = { ok: true; value: ExprValue } | { ok: false; error: string };

type Tok =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'var'; v: string }
  | { k: 'op'; v: string }
  | { k: 'lp' }
  | { k: 'rp' }
  | { k: 'comma' };

const OPERATORS = [
  '**',
  '<<',
  '>>',
  '&&',
  '||',
  '==',
  '!=',
  '>=',
  '<=',
  '=~',
  '!~',
  '??',
  '+',
  '-',
  '*',
  '/',
  '%',
  '&',
  '|',
  '^',
  '~',
  '!',
  '>',
  '<',
  '?',
  ':',
];

class ExprError extends Error {}

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(') {
      out.push({ k: 'lp' });
      i++;
    } else if (c === ')') {
      out.push({ k: 'rp' });
      i++;
    } else if (c === ',') {
      out.push({ k: 'comma' });
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && j + 1 < src.length) j++;
        s += src[j];
        j++;
      }
      if (j >= src.length) throw new ExprError('Unclosed string literal');
      const date = asDate(s);
      out.push(date === null ? { k: 'str', v: s } : { k: 'num', v: date });
      i = j + 1;
    } else if (c === '[') {
      let j = i + 1;
      let name = '';
      while (j < src.length && src[j] !== ']') {
        if (src[j] === '\\' && j + 1 < src.length) j++;
        name += src[j];
        j++;
      }
      if (j >= src.length) throw new ExprError('Unclosed parameter bracket');
      out.push({ k: 'var', v: name });
      i = j + 1;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^(0x[0-9a-fA-F]+|\d*\.?\d+(?:[eE][+-]?\d+)?|\d+\.)/.exec(src.slice(i));
      const text = m?.[0] ?? c;
      out.push({ k: 'num', v: text.startsWith('0x') ? parseInt(text, 16) : Number(text) });
      i += text.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
      const word = m?.[0] ?? c;
      i += word.length;
      if (word === 'true' || word === 'false') out.push({ k: 'bool', v: word === 'true' });
      else if (word === 'in' || word === 'IN') out.push({ k: 'op', v: 'in' });
      else if (src[i] === '(') throw new ExprError(`No function named '${word}' is available`);
      else out.push({ k: 'var', v: word });
    } else {
      const op = OPERATORS.find((o) => src.startsWith(o, i));
      if (!op) throw new ExprError(`Invalid token: '${c}'`);
      out.push({ k: 'op', v: op });
      i += op.length;
    }
  }
  return out;
}

/** govaluate turns string literals that read as dates into Unix seconds (float64). */
function asDate(s: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(s))
    return null;
  const iso =
    s.length === 10
      ? `${s}T00:00:00Z`
      : /Z|[+-]\d{2}:?\d{2}$/.test(s)
        ? s.replace(' ', 'T')
        : `${s.replace(' ', 'T')}Z`;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms / 1000;
}

// Lowest to highest, as govaluate's planner orders its stages.
const LEVELS: string[][] = [
  ['||'],
  ['&&'],
  ['|', '^', '&'],
  ['<<', '>>'],
  ['==', '!=', '>', '>=', '<', '<=', '=~', '!~', 'in'],
  ['+', '-'],
  ['*', '/', '%'],
  ['**'],
];

function parseTokens(toks: Tok[]): Expr {
  let pos = 0;
  const peek = () => toks[pos];
  const isOp = (v: string) => {
    const t = peek();
    return t?.k === 'op' && t.v === v;
  };
  const ternary = (): Expr => {
    const c = level(0);
    if (isOp('?')) {
      pos++;
      const a = ternary();
      if (isOp(':')) {
        pos++;
        return { t: 'tern', c, a, b: ternary() };
      }
      return { t: 'tern', c, a, b: null };
    }
    if (isOp('??')) {
      pos++;
      return { t: 'bin', op: '??', l: c, r: ternary() };
    }
    return c;
  };
  const level = (n: number): Expr => {
    const ops = LEVELS[n];
    if (!ops) return prefix();
    let left = level(n + 1);
    for (;;) {
      const t = peek();
      if (!t || t.k !== 'op' || !ops.includes(t.v)) return left;
      pos++;
      left = { t: 'bin', op: t.v, l: left, r: level(n + 1) };
    }
  };
  const prefix = (): Expr => {
    const t = peek();
    if (t?.k === 'op' && (t.v === '-' || t.v === '!' || t.v === '~')) {
      pos++;
      return { t: 'unary', op: t.v, e: prefix() };
    }
    return value();
  };
  const value = (): Expr => {
    const t = toks[pos++];
    if (!t) throw new ExprError('Unexpected end of expression');
    switch (t.k) {
      case 'num':
      case 'str':
      case 'bool':
        return { t: 'lit', v: t.v };
      case 'var':
        return { t: 'var', name: t.v };
      case 'lp': {
        const first = ternary();
        if (peek()?.k === 'comma') {
          const items = [first];
          while (peek()?.k === 'comma') {
            pos++;
            items.push(ternary());
          }
          if (peek()?.k !== 'rp') throw new ExprError('Unbalanced parenthesis');
          pos++;
          return { t: 'list', items };
        }
        if (peek()?.k !== 'rp') throw new ExprError('Unbalanced parenthesis');
        pos++;
        return first;
      }
      default:
        throw new ExprError(`Unexpected token ${t.k === 'op' ? `'${t.v}'` : t.k}`);
    }
  };
  const e = ternary();
  if (pos < toks.length) throw new ExprError('Unexpected token after the end of the expression');
  return e;
}

const CACHE = new Map<string, ParseResult>();

/** Parses a govaluate expression (Knetic/govaluate syntax); the result lists its variables in order. */
export function parseExpression(text: string): ParseResult {
  const hit = CACHE.get(text);
  if (hit) return hit;
  let out: ParseResult;
  try {
    const expr = parseTokens(lex(text));
    const vars: string[] = [];
    const walk = (e: Expr): void => {
      if (e.t === 'var' && !vars.includes(e.name)) vars.push(e.name);
      if (e.t === 'unary') walk(e.e);
      if (e.t === 'bin') {
        walk(e.l);
        walk(e.r);
      }
      if (e.t === 'tern') {
        walk(e.c);
        walk(e.a);
        if (e.b) walk(e.b);
      }
      if (e.t === 'list') e.items.forEach(walk);
    };
    walk(expr);
    out = { ok: true, expr, vars };
  } catch (e) {
    out = { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  if (CACHE.size > 1000) CACHE.clear();
  CACHE.set(text, out);
  return out;
}

/** Evaluates with govaluate's type rules; unbound names are errors only when evaluated. */
export function evaluateExpression(
  expr: Expr,
  params: Readonly<Record<string, ExprValue>>,
): EvalResult {
  try {
    return { ok: true, value: evaluate(expr, params) };
  } catch (e) {
    if (e instanceof ExprError) return { ok: false, error: e.message };
    throw e;
  }
}

function show(v: ExprValue): string {
  if (typeof v === 'number') return formatFloatV(v);
  if (v === null) return '<nil>';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function num(v: ExprValue, op: string, kind = 'modifier'): number {
  if (typeof v !== 'number')
    throw new ExprError(
      `Value '${show(v)}' cannot be used with the ${kind} '${op}', it is not a number`,
    );
  return v;
}

function bool(v: ExprValue, op: string): boolean {
  if (typeof v !== 'boolean')
    throw new ExprError(
      `Value '${show(v)}' cannot be used with the logical operator '${op}', it is not a bool`,
    );
  return v;
}

function same(a: ExprValue, b: ExprValue): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => same(x, b[i] ?? null));
  if (a && b && typeof a === 'object' && typeof b === 'object')
    return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

function evaluate(e: Expr, p: Readonly<Record<string, ExprValue>>): ExprValue {
  switch (e.t) {
    case 'lit':
      return e.v;
    case 'var': {
      if (Object.prototype.hasOwnProperty.call(p, e.name)) return p[e.name] ?? null;
      const dot = e.name.indexOf('.');
      if (dot > 0 && Object.prototype.hasOwnProperty.call(p, e.name.slice(0, dot))) {
        throw new ExprError(
          `Unable to access parameter field or method '${e.name.slice(dot + 1)}': '${e.name.slice(0, dot)}' is not a struct`,
        );
      }
      throw new ExprError(`No parameter '${dot > 0 ? e.name.slice(0, dot) : e.name}' found.`);
    }
    case 'list':
      return e.items.map((x) => evaluate(x, p));
    case 'unary': {
      const v = evaluate(e.e, p);
      if (e.op === '!') {
        if (typeof v !== 'boolean')
          throw new ExprError(
            `Value '${show(v)}' cannot be used with the prefix '!', it is not a bool`,
          );
        return !v;
      }
      if (e.op === '-') return -num(v, '-', 'prefix');
      return ~num(v, '~', 'prefix');
    }
    case 'tern': {
      const c = evaluate(e.c, p);
      if (typeof c !== 'boolean')
        throw new ExprError(
          `Value '${show(c)}' cannot be used with the ternary operator '?', it is not a bool`,
        );
      if (c) return evaluate(e.a, p);
      return e.b ? evaluate(e.b, p) : null;
    }
    case 'bin':
      return binary(e.op, e.l, e.r, p);
  }
}

function binary(op: string, le: Expr, re: Expr, p: Readonly<Record<string, ExprValue>>): ExprValue {
  if (op === '&&') return bool(evaluate(le, p), op) ? bool(evaluate(re, p), op) : false;
  if (op === '||') return bool(evaluate(le, p), op) ? true : bool(evaluate(re, p), op);
  const l = evaluate(le, p);
  if (op === '??') return l !== null ? l : evaluate(re, p);
  const r = evaluate(re, p);
  switch (op) {
    case '==':
      return same(l, r);
    case '!=':
      return !same(l, r);
    case '>':
    case '>=':
    case '<':
    case '<=': {
      if (!(typeof l === 'string' && typeof r === 'string')) {
        num(l, op, 'comparator');
        num(r, op, 'comparator');
      }
      const a = l as number | string;
      const b = r as number | string;
      return op === '>' ? a > b : op === '>=' ? a >= b : op === '<' ? a < b : a <= b;
    }
    case '=~':
    case '!~': {
      if (typeof l !== 'string')
        throw new ExprError(
          `Value '${show(l)}' cannot be used with the comparator '${op}', it is not a string`,
        );
      if (typeof r !== 'string')
        throw new ExprError(
          `Value '${show(r)}' cannot be used with the comparator '${op}', it is not a string`,
        );
      const c = compileGoRegex(r);
      if (!c.ok) throw new ExprError(`Unable to compile regexp pattern '${r}': ${c.error}`);
      return goRegexMatch(c.re, l) === (op === '=~');
    }
    case 'in': {
      if (!Array.isArray(r))
        throw new ExprError(
          `Value '${show(r)}' cannot be used with the comparator 'in', it is not an array`,
        );
      return r.some((x) => same(l, x));
    }
    case '+':
      if (typeof l === 'string' || typeof r === 'string') {
        if (
          (typeof l === 'string' || typeof l === 'number') &&
          (typeof r === 'string' || typeof r === 'number')
        )
          return show(l) + show(r);
        throw new ExprError(
          `Value '${show(typeof l === 'string' ? r : l)}' cannot be used with the modifier '+', it is not a number`,
        );
      }
      return num(l, op) + num(r, op);
    case '-':
      return num(l, op) - num(r, op);
    case '*':
      return num(l, op) * num(r, op);
    case '/':
      return num(l, op) / num(r, op);
    case '%':
      return num(l, op) % num(r, op);
    case '**':
      return num(l, op) ** num(r, op);
    case '&':
      return Number(
        BigInt.asIntN(64, BigInt(Math.trunc(num(l, op)))) &
          BigInt.asIntN(64, BigInt(Math.trunc(num(r, op)))),
      );
    case '|':
      return Number(
        BigInt.asIntN(64, BigInt(Math.trunc(num(l, op)))) |
          BigInt.asIntN(64, BigInt(Math.trunc(num(r, op)))),
      );
    case '^':
      return Number(
        BigInt.asIntN(64, BigInt(Math.trunc(num(l, op)))) ^
          BigInt.asIntN(64, BigInt(Math.trunc(num(r, op)))),
      );
    case '<<':
      return Number(
        BigInt.asIntN(64, BigInt(Math.trunc(num(l, op))) << BigInt(Math.trunc(num(r, op)))),
      );
    case '>>':
      return Number(
        BigInt.asIntN(64, BigInt(Math.trunc(num(l, op))) >> BigInt(Math.trunc(num(r, op)))),
      );
    default:
      throw new ExprError(`Unknown operator '${op}'`);
  }
}
