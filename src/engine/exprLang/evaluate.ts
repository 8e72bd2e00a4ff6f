import type { ExprLocation, ExprNode, ExprNodeOf } from '../../domain/exprLang/ast';
import { compileGoRegex, goRegexMatch } from '../regex/goRegex';
import { fetch, inOp, inSet, len, slice } from './access';
import { evalBuiltin } from './predicates';
import {
  arithmetic,
  assertBool,
  assertString,
  compare,
  ExprFunc,
  ExprPanic,
  goEqual,
  goType,
  int,
  isNil,
  negate,
  newMap,
  toInt,
  LocatedPanic,
  type ExprMap,
  type ExprValue,
} from './values';
import type { EvalContext, Scope } from './evalContext';

export { LocatedPanic };

/** Upstream's VM stops at a memory budget (1e6 cells); the step budget keeps runaway folds finite too. */
const MEMORY_BUDGET = 1e6;
const STEP_BUDGET = 5_000_000;

/** Evaluates an optimized expression tree against an environment, with the VM's semantics. */
export function evaluate(node: ExprNode, env: ExprMap, nowMs: number): ExprValue {
  return new Evaluator(env, nowMs).evalNode(node);
}

class Evaluator implements EvalContext {
  private vars = new Map<string, ExprValue>();
  readonly scopes: Scope[] = [];
  private memory = 0;
  private steps = 0;

  constructor(
    private readonly env: ExprMap,
    readonly now: number,
  ) {}

  evalNode(n: ExprNode): ExprValue {
    if (++this.steps > STEP_BUDGET)
      throw new LocatedPanic('the simulator stopped a runaway expression', n.loc);
    try {
      return this.node(n);
    } catch (e) {
      if (e instanceof ExprPanic) throw new LocatedPanic(e.message, n.loc);
      throw e;
    }
  }

  grow(size: number, loc: ExprLocation): void {
    this.memory += Math.max(0, size);
    if (this.memory >= MEMORY_BUDGET) throw new LocatedPanic('memory budget exceeded', loc);
  }

  private node(n: ExprNode): ExprValue {
    switch (n.kind) {
      case 'nil':
        return null;
      case 'identifier':
        if (this.vars.has(n.name)) return this.vars.get(n.name) ?? null;
        if (n.name === '$env') return this.env;
        return fetch(this.env, n.name);
      case 'integer':
        return int(n.value);
      case 'float':
        return n.value;
      case 'bool':
        return n.value;
      case 'string':
        return n.value;
      case 'constant':
        throw new ExprPanic('a constant set outside an in test');
      case 'unary': {
        const v = this.evalNode(n.node);
        if (n.operator === '!' || n.operator === 'not') return !assertBool(v);
        return n.operator === '-' ? negate(v) : v;
      }
      case 'binary':
        return this.binary(n);
      case 'chain':
        return this.chain(n.node);
      case 'member':
        return this.member(n, null);
      case 'slice': {
        const base = this.evalNode(n.node);
        const to = n.to ? this.evalNode(n.to) : int(len(base));
        const from = n.from ? this.evalNode(n.from) : int(0);
        return slice(base, from, to);
      }
      case 'call':
        return this.call(n);
      case 'builtin':
        return this.builtin(n);
      case 'closure':
        return this.evalNode(n.node);
      case 'pointer': {
        const s = this.scopes[this.scopes.length - 1];
        if (!s) throw new ExprPanic('cannot use pointer accessor outside closure');
        if (n.name === 'index') return int(s.index);
        if (n.name === 'acc') return s.acc;
        return s.items.at(s.index);
      }
      case 'conditional':
        return assertBool(this.evalNode(n.cond)) ? this.evalNode(n.exp1) : this.evalNode(n.exp2);
      case 'let': {
        this.vars.set(n.name, this.evalNode(n.value));
        const v = this.evalNode(n.expr);
        this.vars.delete(n.name);
        return v;
      }
      case 'array': {
        const out = n.nodes.map((x) => this.evalNode(x));
        this.grow(out.length, n.loc);
        return out;
      }
      case 'map': {
        const out = newMap();
        const pairs = n.pairs.map((p) => [this.evalNode(p.key), this.evalNode(p.value)] as const);
        this.grow(pairs.length, n.loc);
        for (const [k, v] of pairs) out[assertString(k)] = v;
        return out;
      }
    }
  }

  /** A `?.` chain: a nil base anywhere in it makes the whole chain nil. */
  private chain(n: ExprNode): ExprValue {
    const marker = { nil: false };
    const v =
      n.kind === 'member'
        ? this.member(n, marker)
        : n.kind === 'call'
          ? this.call(n, marker)
          : this.evalNode(n);
    return marker.nil ? null : v;
  }

  private member(n: ExprNodeOf<'member'>, chain: { nil: boolean } | null): ExprValue {
    const base = this.base(n.node, chain);
    if (chain?.nil) return null;
    if (n.optional && isNil(base)) {
      if (chain) chain.nil = true;
      return null;
    }
    const prop = this.evalNode(n.property);
    try {
      return fetch(base, prop);
    } catch (e) {
      if (e instanceof ExprPanic) throw new LocatedPanic(e.message, n.loc);
      throw e;
    }
  }

  private base(n: ExprNode, chain: { nil: boolean } | null): ExprValue {
    if (chain && n.kind === 'member') return this.member(n, chain);
    if (chain && n.kind === 'call') return this.call(n, chain);
    return this.evalNode(n);
  }

  private binary(n: ExprNodeOf<'binary'>): ExprValue {
    const op = n.operator;
    if (op === 'and' || op === '&&' || op === 'or' || op === '||') {
      const l = this.evalNode(n.left);
      const stop = op === 'and' || op === '&&' ? !assertBool(l) : assertBool(l);
      return stop ? l : this.evalNode(n.right);
    }
    if (op === '??') {
      const l = this.evalNode(n.left);
      return isNil(l) ? this.evalNode(n.right) : l;
    }
    const l = this.evalNode(n.left);
    if (op === 'in' && n.right.kind === 'constant') return inSet(l, n.right.value);
    if (op === 'matches' && n.right.kind === 'string') {
      const re = compileGoRegex(n.right.value);
      if (!re.ok) throw new ExprPanic(re.error);
      return goRegexMatch(re.re, assertString(l));
    }
    const r = this.evalNode(n.right);
    switch (op) {
      case '==':
        return goEqual(l, r);
      case '!=':
        return !goEqual(l, r);
      case '<':
      case '>':
      case '<=':
      case '>=':
        return compare(op, l, r);
      case 'in':
        return inOp(l, r);
      case 'matches': {
        const pattern = assertString(r);
        const re = compileGoRegex(pattern);
        if (!re.ok) throw new ExprPanic(re.error);
        return goRegexMatch(re.re, assertString(l));
      }
      case 'contains':
        return assertString(l).includes(assertString(r));
      case 'startsWith':
        return assertString(l).startsWith(assertString(r));
      case 'endsWith':
        return assertString(l).endsWith(assertString(r));
      case '..': {
        const from = toInt(l);
        const to = toInt(r);
        const size = Math.max(0, to - from + 1);
        this.grow(size, n.loc);
        return Array.from({ length: size }, (_, i) => int(from + i));
      }
      default:
        return arithmetic(op, l, r);
    }
  }

  private call(n: ExprNodeOf<'call'>, chain: { nil: boolean } | null = null): ExprValue {
    const args = n.args.map((a) => this.evalNode(a));
    const fn = this.base(n.callee, chain);
    if (chain?.nil) return null;
    if (fn === null)
      throw new LocatedPanic('reflect: call of reflect.Value.Call on zero Value', n.loc);
    if (!(fn instanceof ExprFunc))
      throw new LocatedPanic(`reflect: call of reflect.Value.Call on ${goType(fn)} Value`, n.loc);
    try {
      return fn.call(args);
    } catch (e) {
      if (e instanceof ExprPanic) throw new LocatedPanic(e.message, n.loc);
      throw e;
    }
  }

  private builtin(n: ExprNodeOf<'builtin'>): ExprValue {
    return evalBuiltin(this, n);
  }
}
