import { EXPR_BUILTINS } from '../../domain/sensor/conditionNames';
import { formatFloatV } from '../json/goNumbers';
import { ExprError, lex, type Kind, type Tok } from './exprLexer';

/**
 * The part of antonmedv/expr v1.15.5 the sensor's getDependencyExpression needs: its lexer
 * (parser/lexer/state.go), its precedence-climbing parser (parser/parser.go) and its type checker
 * (checker/checker.go) over an environment of string variables, then evaluation and fmt's %v of
 * the result. Member access, calls, closures, pipes and `let` cannot come out of the rewritten
 * text in a useful way; they are reported as unsupported, which, like a compile error, stops the
 * trigger.
 */
type Node =
  | { t: 'ident'; name: string }
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'string'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'nil' }
  | { t: 'unary'; op: string; e: Node }
  | { t: 'binary'; op: string; l: Node; r: Node }
  | { t: 'cond'; c: Node; a: Node; b: Node }
  | { t: 'array'; items: Node[] }
  | { t: 'map'; pairs: [Node, Node][] }
  | { t: 'unsupported'; what: string };

const UNARY: Record<string, number> = { not: 50, '!': 50, '-': 90, '+': 90 };
const BINARY: Record<string, [number, 'L' | 'R']> = {
  '|': [0, 'L'],
  or: [10, 'L'],
  '||': [10, 'L'],
  and: [15, 'L'],
  '&&': [15, 'L'],
  '==': [20, 'L'],
  '!=': [20, 'L'],
  '<': [20, 'L'],
  '>': [20, 'L'],
  '>=': [20, 'L'],
  '<=': [20, 'L'],
  in: [20, 'L'],
  matches: [20, 'L'],
  contains: [20, 'L'],
  startsWith: [20, 'L'],
  endsWith: [20, 'L'],
  '..': [25, 'L'],
  '+': [30, 'L'],
  '-': [30, 'L'],
  '*': [60, 'L'],
  '/': [60, 'L'],
  '%': [60, 'L'],
  '**': [100, 'R'],
  '^': [100, 'R'],
  '??': [500, 'L'],
};

function describe(t: Tok): string {
  return t.kind === 'EOF' ? 'EOF' : `${t.kind}("${t.value}")`;
}

function parse(tokens: Tok[]): Node {
  let pos = 0;
  let cur = tokens[0]!;
  const is = (kind: Kind, value?: string) =>
    cur.kind === kind && (value === undefined || cur.value === value);
  const next = () => {
    pos++;
    if (pos >= tokens.length) throw new ExprError('unexpected end of expression');
    cur = tokens[pos]!;
  };
  const expect = (kind: Kind, value?: string) => {
    if (!is(kind, value)) throw new ExprError(`unexpected token ${describe(cur)}`);
    next();
  };
  const expression = (precedence: number): Node => {
    if (precedence === 0 && is('Operator', 'let')) return { t: 'unsupported', what: 'let' };
    let left = primary();
    let prev = '';
    let op = cur;
    while (op.kind === 'Operator') {
      let negate = false;
      if (op.value === 'not') {
        next();
        negate = true;
        op = cur;
      }
      const info = BINARY[op.value];
      if (!info || info[0] < precedence) break;
      next();
      if (op.value === '|') return { t: 'unsupported', what: 'a pipe' };
      if (prev === '??' && op.value !== '??')
        throw new ExprError(
          `Operator (${op.value}) and coalesce expressions (??) cannot be mixed. Wrap either by parentheses.`,
        );
      const right = expression(info[1] === 'L' ? info[0] + 1 : info[0]);
      left = { t: 'binary', op: op.value, l: left, r: right };
      if (negate) left = { t: 'unary', op: 'not', e: left };
      prev = op.value;
      op = cur;
    }
    if (precedence === 0) {
      while (is('Operator', '?')) {
        next();
        let a: Node;
        if (!is('Operator', ':')) {
          a = expression(0);
          expect('Operator', ':');
        } else {
          next();
          a = left;
        }
        left = { t: 'cond', c: left, a, b: expression(0) };
      }
    }
    return left;
  };
  const primary = (): Node => {
    if (cur.kind === 'Operator' && UNARY[cur.value] !== undefined) {
      const op = cur.value;
      next();
      return postfix({ t: 'unary', op, e: expression(UNARY[op]!) });
    }
    if (is('Bracket', '(')) {
      next();
      const e = expression(0);
      expect('Bracket', ')');
      return postfix(e);
    }
    if (is('Operator', '#') || is('Operator', '.'))
      throw new ExprError('cannot use pointer accessor outside closure');
    return secondary();
  };
  const secondary = (): Node => {
    const t = cur;
    let node: Node;
    if (t.kind === 'Identifier') {
      next();
      if (t.value === 'true' || t.value === 'false') return { t: 'bool', v: t.value === 'true' };
      if (t.value === 'nil') return { t: 'nil' };
      node = is('Bracket', '(')
        ? { t: 'unsupported', what: 'a call' }
        : { t: 'ident', name: t.value };
      if (node.t === 'unsupported') return node;
    } else if (t.kind === 'Number') {
      next();
      const v = t.value.replace(/_/g, '');
      if (v.includes('x')) {
        if (!/^0[xX][0-9a-fA-F]+$/.test(v)) throw new ExprError('invalid hex literal');
        return intNode(BigInt(v));
      }
      if (/[.eE]/.test(v)) {
        const f = Number(v);
        if (Number.isNaN(f) || !/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v))
          throw new ExprError('invalid float literal');
        return { t: 'float', v: f };
      }
      if (/^0[oO]/.test(v)) return intNode(BigInt(`0o${v.slice(2)}`));
      if (/^0[bB]/.test(v)) return intNode(BigInt(`0b${v.slice(2)}`));
      if (!/^\d+$/.test(v)) throw new ExprError('invalid integer literal');
      return intNode(BigInt(v));
    } else if (t.kind === 'String') {
      next();
      return { t: 'string', v: t.value };
    } else if (is('Bracket', '[')) {
      next();
      const items: Node[] = [];
      while (!is('Bracket', ']')) {
        if (items.length > 0) {
          expect('Operator', ',');
          if (is('Bracket', ']')) break;
        }
        items.push(expression(0));
      }
      expect('Bracket', ']');
      node = { t: 'array', items };
    } else if (is('Bracket', '{')) {
      next();
      const pairs: [Node, Node][] = [];
      while (!is('Bracket', '}')) {
        if (pairs.length > 0) {
          expect('Operator', ',');
          if (is('Bracket', '}')) break;
        }
        let key: Node;
        if (is('Number') || is('String') || is('Identifier')) {
          key = { t: 'string', v: cur.value };
          next();
        } else if (is('Bracket', '(')) key = expression(0);
        else
          throw new ExprError(
            `a map key must be a quoted string, a number, a identifier, or an expression enclosed in parentheses (unexpected token ${describe(cur)})`,
          );
        expect('Operator', ':');
        pairs.push([key, expression(0)]);
      }
      expect('Bracket', '}');
      node = { t: 'map', pairs };
    } else throw new ExprError(`unexpected token ${describe(t)}`);
    return postfix(node);
  };
  const postfix = (node: Node): Node => {
    if (is('Operator', '.') || is('Operator', '?.') || is('Bracket', '['))
      return { t: 'unsupported', what: 'member access' };
    return node;
  };
  const root = expression(0);
  if (!is('EOF')) throw new ExprError(`unexpected token ${describe(cur)}`);
  return root;
}

const MAX_INT = 2n ** 63n - 1n;
function intNode(v: bigint): Node {
  if (v > MAX_INT) throw new ExprError('integer literal is too large');
  return { t: 'int', v };
}

type Type = 'string' | 'int' | 'float' | 'bool' | 'nil' | 'func' | 'array' | 'map' | 'any';
const GO_TYPE: Record<Type, string> = {
  string: 'string',
  int: 'int',
  float: 'float64',
  bool: 'bool',
  nil: '<nil>',
  func: 'func(...interface {}) (interface {}, error)',
  array: '[]interface {}',
  map: 'map[string]interface {}',
  any: 'interface {}',
};

const isNum = (t: Type) => t === 'int' || t === 'float';

/** checker.Check: the static type, or an ExprError with expr's message. */
function check(n: Node, env: ReadonlyMap<string, string>): Type {
  const mismatched = (op: string, l: Type, r: Type) =>
    new ExprError(`invalid operation: ${op} (mismatched types ${GO_TYPE[l]} and ${GO_TYPE[r]})`);
  switch (n.t) {
    case 'unsupported':
      throw new ExprError(`${n.what} is not supported in conditions by the simulator`);
    case 'ident':
      if (EXPR_BUILTINS.has(n.name)) return 'func';
      if (n.name === '$env') return 'map';
      if (env.has(n.name)) return 'string';
      throw new ExprError(`unknown name ${n.name}`);
    case 'int':
      return 'int';
    case 'float':
      return 'float';
    case 'string':
      return 'string';
    case 'bool':
      return 'bool';
    case 'nil':
      return 'nil';
    case 'array':
      n.items.forEach((x) => check(x, env));
      return 'array';
    case 'map':
      n.pairs.forEach(([k, v]) => {
        check(k, env);
        check(v, env);
      });
      return 'map';
    case 'unary': {
      const t = check(n.e, env);
      if ((n.op === '!' || n.op === 'not') && t === 'bool') return 'bool';
      if ((n.op === '-' || n.op === '+') && isNum(t)) return t;
      throw new ExprError(`invalid operation: ${n.op} (mismatched type ${GO_TYPE[t]})`);
    }
    case 'cond': {
      const c = check(n.c, env);
      if (c !== 'bool')
        throw new ExprError(`non-bool expression (type ${GO_TYPE[c]}) used as condition`);
      const a = check(n.a, env);
      const b = check(n.b, env);
      return a === b ? a : 'any';
    }
    case 'binary': {
      const l = check(n.l, env);
      const r = check(n.r, env);
      const op = n.op;
      const combined = (): Type => (l === r ? l : 'float');
      if (l === 'any' || r === 'any')
        return ['==', '!=', '<', '>', '<=', '>=', 'in', 'and', 'or', '&&', '||'].includes(op)
          ? 'bool'
          : 'any';
      switch (op) {
        case '==':
        case '!=':
          if (l === r || l === 'nil' || r === 'nil' || (isNum(l) && isNum(r))) return 'bool';
          break;
        case 'or':
        case '||':
        case 'and':
        case '&&':
          if (l === 'bool' && r === 'bool') return 'bool';
          break;
        case '<':
        case '>':
        case '>=':
        case '<=':
          if ((isNum(l) && isNum(r)) || (l === 'string' && r === 'string')) return 'bool';
          break;
        case '-':
        case '*':
          if (isNum(l) && isNum(r)) return combined();
          break;
        case '/':
        case '**':
        case '^':
          if (isNum(l) && isNum(r)) return 'float';
          break;
        case '%':
          if (l === 'int' && r === 'int') return 'int';
          break;
        case '+':
          if (isNum(l) && isNum(r)) return combined();
          if (l === 'string' && r === 'string') return 'string';
          break;
        case 'in':
          if (r === 'array' || r === 'map') return 'bool';
          break;
        case 'matches':
        case 'contains':
        case 'startsWith':
        case 'endsWith':
          if (l === 'string' && r === 'string') return 'bool';
          break;
        case '..':
          if (l === 'int' && r === 'int') return 'array';
          break;
        case '??':
          return l === 'nil' ? r : l;
      }
      throw mismatched(op, l, r);
    }
  }
}

type Value = string | bigint | number | boolean | null | Value[] | Map<string, Value>;

function evaluate(n: Node, env: ReadonlyMap<string, string>): Value {
  switch (n.t) {
    case 'ident':
      return env.get(n.name) ?? null;
    case 'int':
    case 'float':
    case 'string':
    case 'bool':
      return n.v;
    case 'nil':
      return null;
    case 'array':
      return n.items.map((x) => evaluate(x, env));
    case 'map':
      return new Map(n.pairs.map(([k, v]) => [String(evaluate(k, env)), evaluate(v, env)]));
    case 'unary': {
      const v = evaluate(n.e, env);
      if (n.op === '!' || n.op === 'not') return !v;
      if (n.op === '-') return typeof v === 'bigint' ? BigInt.asIntN(64, -v) : -num(v);
      return v;
    }
    case 'cond':
      return evaluate(n.c, env) === true ? evaluate(n.a, env) : evaluate(n.b, env);
    case 'binary':
      return binary(n.op, n.l, n.r, env);
    case 'unsupported':
      throw new ExprError(n.what);
  }
}

function binary(op: string, ln: Node, rn: Node, env: ReadonlyMap<string, string>): Value {
  if (op === '&&' || op === 'and') return evaluate(ln, env) === true && evaluate(rn, env) === true;
  if (op === '||' || op === 'or') return evaluate(ln, env) === true || evaluate(rn, env) === true;
  const l = evaluate(ln, env);
  if (op === '??') return l !== null ? l : evaluate(rn, env);
  const r = evaluate(rn, env);
  const ints = typeof l === 'bigint' && typeof r === 'bigint';
  switch (op) {
    case '==':
      return equal(l, r);
    case '!=':
      return !equal(l, r);
    case '<':
      return typeof l === 'string' ? l < str(r) : num(l) < num(r);
    case '>':
      return typeof l === 'string' ? l > str(r) : num(l) > num(r);
    case '<=':
      return typeof l === 'string' ? l <= str(r) : num(l) <= num(r);
    case '>=':
      return typeof l === 'string' ? l >= str(r) : num(l) >= num(r);
    case '+':
      if (typeof l === 'string') return l + str(r);
      return ints ? BigInt.asIntN(64, l + r) : num(l) + num(r);
    case '-':
      return ints ? BigInt.asIntN(64, l - r) : num(l) - num(r);
    case '*':
      return ints ? BigInt.asIntN(64, l * r) : num(l) * num(r);
    case '/':
      return num(l) / num(r);
    case '%':
      if (r === 0n) throw new ExprError('runtime error: integer divide by zero');
      return int(l) % int(r);
    case '**':
    case '^':
      return Math.pow(num(l), num(r));
    case 'in':
      if (r instanceof Map) return r.has(String(l));
      return list(r).some((x) => equal(l, x));
    case 'contains':
      return str(l).includes(str(r));
    case 'startsWith':
      return str(l).startsWith(str(r));
    case 'endsWith':
      return str(l).endsWith(str(r));
    case '..': {
      const out: Value[] = [];
      const last = int(r);
      for (let i = int(l); i <= last && out.length < 10_000; i++) out.push(i);
      return out;
    }
    default:
      throw new ExprError(`${op} is not supported in conditions by the simulator`);
  }
}

/*
 * The checker's types make these hold, except for values of type `any` (a conditional whose branches
 * differ), which expr also refuses at run time.
 */
function runtimeMismatch(want: string, v: Value): ExprError {
  return new ExprError(`invalid operation: ${want} expected, got ${goV(v)}`);
}
function num(v: Value): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  throw runtimeMismatch('a number', v);
}
function int(v: Value): bigint {
  if (typeof v === 'bigint') return v;
  throw runtimeMismatch('an int', v);
}
function str(v: Value): string {
  if (typeof v === 'string') return v;
  throw runtimeMismatch('a string', v);
}
function list(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  throw runtimeMismatch('an array', v);
}

function equal(a: Value, b: Value): boolean {
  if (
    (typeof a === 'bigint' || typeof a === 'number') &&
    (typeof b === 'bigint' || typeof b === 'number')
  )
    return Number(a) === Number(b);
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => equal(x, b[i] ?? null));
  return a === b;
}

/** fmt.Sprintf("%v", result). */
function goV(v: Value): string {
  if (v === null) return '<nil>';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return formatFloatV(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return `[${v.map(goV).join(' ')}]`;
  return `map[${[...v.keys()]
    .sort()
    .map((k) => `${k}:${goV(v.get(k) ?? null)}`)
    .join(' ')}]`;
}

export type ExprRun = { ok: true; text: string } | { ok: false; error: string };

/** expr.Compile(text, expr.Env(env)) then expr.Run, printed with %v. */
export function runExpr(text: string, env: ReadonlyMap<string, string>): ExprRun {
  try {
    const tree = parse(lex(text));
    check(tree, env);
    return { ok: true, text: goV(evaluate(tree, env)) };
  } catch (e) {
    if (e instanceof ExprError) return { ok: false, error: e.message };
    if (e instanceof RangeError) return { ok: false, error: 'expression too deeply nested' };
    throw e;
  }
}
