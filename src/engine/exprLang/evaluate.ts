import type { ExprLocation, ExprNode, ExprNodeOf } from '../../domain/exprLang/ast';
import { compileGoRegex, goRegexMatch } from '../regex/goRegex';
import { anyKey, fetch, inOp, inSet, iterable, len, slice } from './access';
import { BUILTIN_FUNCS } from './builtinFuncs';
import {
  AnyKeyMap,
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
  type ExprMap,
  type ExprValue,
} from './values';

/** A Go panic with the location of the node that raised it (vm.Run's recover). */
export class LocatedPanic extends Error {
  constructor(
    message: string,
    readonly loc: ExprLocation,
  ) {
    super(message);
  }
}

/** Upstream's VM stops at a memory budget (1e6 cells); the step budget keeps runaway folds finite too. */
const MEMORY_BUDGET = 1e6;
const STEP_BUDGET = 5_000_000;

interface Scope {
  items: { length: number; at: (i: number) => ExprValue };
  index: number;
  acc: ExprValue;
}

/** Evaluates an optimized expression tree against an environment, with the VM's semantics. */
export function evaluate(node: ExprNode, env: ExprMap, nowMs: number): ExprValue {
  return new Evaluator(env, nowMs).eval(node);
}

class Evaluator {
  private vars = new Map<string, ExprValue>();
  private scopes: Scope[] = [];
  private memory = 0;
  private steps = 0;

  constructor(
    private readonly env: ExprMap,
    private readonly now: number,
  ) {}

  eval(n: ExprNode): ExprValue {
    if (++this.steps > STEP_BUDGET)
      throw new LocatedPanic('the simulator stopped a runaway expression', n.loc);
    try {
      return this.node(n);
    } catch (e) {
      if (e instanceof ExprPanic) throw new LocatedPanic(e.message, n.loc);
      throw e;
    }
  }

  private grow(size: number, loc: ExprLocation): void {
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
        const v = this.eval(n.node);
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
        const base = this.eval(n.node);
        const to = n.to ? this.eval(n.to) : int(len(base));
        const from = n.from ? this.eval(n.from) : int(0);
        return slice(base, from, to);
      }
      case 'call':
        return this.call(n);
      case 'builtin':
        return this.builtin(n);
      case 'closure':
        return this.eval(n.node);
      case 'pointer': {
        const s = this.scopes[this.scopes.length - 1];
        if (!s) throw new ExprPanic('cannot use pointer accessor outside closure');
        if (n.name === 'index') return int(s.index);
        if (n.name === 'acc') return s.acc;
        return s.items.at(s.index);
      }
      case 'conditional':
        return assertBool(this.eval(n.cond)) ? this.eval(n.exp1) : this.eval(n.exp2);
      case 'let': {
        this.vars.set(n.name, this.eval(n.value));
        const v = this.eval(n.expr);
        this.vars.delete(n.name);
        return v;
      }
      case 'array': {
        const out = n.nodes.map((x) => this.eval(x));
        this.grow(out.length, n.loc);
        return out;
      }
      case 'map': {
        const out = newMap();
        const pairs = n.pairs.map((p) => [this.eval(p.key), this.eval(p.value)] as const);
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
          : this.eval(n);
    return marker.nil ? null : v;
  }

  private member(n: ExprNodeOf<'member'>, chain: { nil: boolean } | null): ExprValue {
    const base = this.base(n.node, chain);
    if (chain?.nil) return null;
    if (n.optional && isNil(base)) {
      if (chain) chain.nil = true;
      return null;
    }
    const prop = this.eval(n.property);
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
    return this.eval(n);
  }

  private binary(n: ExprNodeOf<'binary'>): ExprValue {
    const op = n.operator;
    if (op === 'and' || op === '&&' || op === 'or' || op === '||') {
      const l = this.eval(n.left);
      const stop = op === 'and' || op === '&&' ? !assertBool(l) : assertBool(l);
      return stop ? l : this.eval(n.right);
    }
    if (op === '??') {
      const l = this.eval(n.left);
      return isNil(l) ? this.eval(n.right) : l;
    }
    const l = this.eval(n.left);
    if (op === 'in' && n.right.kind === 'constant') return inSet(l, n.right.value);
    if (op === 'matches' && n.right.kind === 'string') {
      const re = compileGoRegex(n.right.value);
      if (!re.ok) throw new ExprPanic(re.error);
      return goRegexMatch(re.re, assertString(l));
    }
    const r = this.eval(n.right);
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
    const args = n.args.map((a) => this.eval(a));
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
    const [coll, closure, init] = n.args;
    switch (n.name) {
      case 'all':
      case 'none':
      case 'any':
        return this.loop(
          coll!,
          n.loc,
          (done) => {
            const v = assertBool(this.eval(closure!));
            if (n.name === 'all' && !v) return done(false);
            if (n.name === 'none' && v) return done(false);
            if (n.name === 'any' && v) return done(true);
            return undefined;
          },
          n.name !== 'any',
        );
      case 'one':
      case 'count':
      case 'filter': {
        let count = 0;
        const kept: ExprValue[] = [];
        this.loop(
          coll!,
          n.loc,
          () => {
            if (assertBool(this.eval(closure!))) {
              count++;
              if (n.name === 'filter') kept.push(this.current());
            }
            return undefined;
          },
          null,
        );
        if (n.name === 'one') return goEqual(int(count), int(1));
        if (n.name === 'count') return int(count);
        this.grow(kept.length, n.loc);
        return kept;
      }
      case 'map': {
        const out: ExprValue[] = [];
        this.loop(coll!, n.loc, () => (out.push(this.eval(closure!)), undefined), null);
        this.grow(out.length, n.loc);
        return out;
      }
      case 'find':
      case 'findIndex':
      case 'findLast':
      case 'findLastIndex':
        return this.find(n, coll!, closure!);
      case 'groupBy': {
        const out = new AnyKeyMap();
        this.loop(
          coll!,
          n.loc,
          () => {
            const key = this.eval(closure!);
            const k = anyKey(key);
            const group = out.entries.get(k)?.[1] as ExprValue[] | undefined;
            if (group) group.push(this.current());
            else out.entries.set(k, [key, [this.current()]]);
            return undefined;
          },
          null,
        );
        return out;
      }
      case 'reduce': {
        const items = iterable(this.eval(coll!));
        const scope: Scope = { items, index: 0, acc: null };
        this.scopes.push(scope);
        try {
          if (init) scope.acc = this.eval(init);
          else {
            if (items.length === 0)
              throw new LocatedPanic('reflect: slice index out of range', n.loc);
            scope.acc = items.at(0);
            scope.index = 1;
          }
          for (; scope.index < items.length; scope.index++) scope.acc = this.eval(closure!);
          return scope.acc;
        } finally {
          this.scopes.pop();
        }
      }
    }
    const f = BUILTIN_FUNCS.get(n.name);
    if (!f) throw new LocatedPanic(`unknown builtin ${n.name}`, n.loc);
    const args = n.args.map((a) => this.eval(a));
    try {
      return f(args, this.now);
    } catch (e) {
      if (e instanceof ExprPanic) throw new LocatedPanic(e.message, n.loc);
      throw e;
    }
  }

  private current(): ExprValue {
    const s = this.scopes[this.scopes.length - 1]!;
    return s.items.at(s.index);
  }

  /** Iterates a predicate's collection; `body` may end the loop early with a result. */
  private loop(
    coll: ExprNode,
    loc: ExprLocation,
    body: (done: (v: ExprValue) => ExprValue) => ExprValue | undefined,
    fallthrough: ExprValue | null,
  ): ExprValue {
    let items: Scope['items'];
    try {
      items = iterable(this.eval(coll));
    } catch (e) {
      if (e instanceof ExprPanic) throw new LocatedPanic(e.message, loc);
      throw e;
    }
    const scope: Scope = { items, index: 0, acc: null };
    this.scopes.push(scope);
    try {
      const STOP = { value: null as ExprValue, stopped: false };
      const done = (v: ExprValue) => ((STOP.value = v), (STOP.stopped = true), v);
      for (; scope.index < items.length; scope.index++) {
        body(done);
        if (STOP.stopped) return STOP.value;
      }
      return fallthrough;
    } catch (e) {
      if (e instanceof ExprPanic) throw new LocatedPanic(e.message, loc);
      throw e;
    } finally {
      this.scopes.pop();
    }
  }

  private find(n: ExprNodeOf<'builtin'>, coll: ExprNode, closure: ExprNode): ExprValue {
    const items = iterable(this.eval(coll));
    const scope: Scope = { items, index: 0, acc: null };
    const last = n.name === 'findLast' || n.name === 'findLastIndex';
    const wantIndex = n.name === 'findIndex' || n.name === 'findLastIndex';
    this.scopes.push(scope);
    try {
      for (let k = 0; k < items.length; k++) {
        scope.index = last ? items.length - 1 - k : k;
        if (assertBool(this.eval(closure)))
          return wantIndex ? int(scope.index) : items.at(scope.index);
      }
      return null;
    } catch (e) {
      if (e instanceof ExprPanic) throw new LocatedPanic(e.message, n.loc);
      throw e;
    } finally {
      this.scopes.pop();
    }
  }
}
