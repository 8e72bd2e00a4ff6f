import type { ExprError, ExprNode } from './ast';
import { BUILTIN_NAMES } from './builtins';
import { binaryType } from './binaryTypes';
import { BUILTIN_RULES } from './builtinTypes';
import { DURATION_METHODS, TIME_METHODS } from './methods';
import {
  ANY,
  ARRAY,
  assignable,
  BOOL,
  FLOAT,
  FUNC,
  INT,
  isAny,
  isArray,
  isBool,
  isFunc,
  isInteger,
  isMap,
  isNumber,
  isString,
  MAP,
  NIL_T,
  sameKind,
  STRING,
  typeName,
  type ExprType,
} from './types';

/** Static types of the checked tree, for the optimizer (which rewrites only int-typed `in`). */
export type ExprTypes = WeakMap<ExprNode, ExprType>;

export type CheckResult = { ok: true; types: ExprTypes } | { ok: false; error: ExprError };

/**
 * expr-lang's type checker (checker/checker.go) for an environment of unknown type, which is how
 * Argo Events compiles filter expressions: it refuses what cannot work whatever the event holds,
 * such as `1 + "a"`, `type == "x"` (a builtin's name is a function) or `#` outside a predicate.
 */
export function checkExpr(node: ExprNode): CheckResult {
  const c = new Checker();
  try {
    c.visit(node);
  } catch (e) {
    if (e instanceof RangeError)
      return {
        ok: false,
        error: { message: 'the expression nests too deeply', line: 1, column: 0 },
      };
    throw e;
  }
  return c.err ? { ok: false, error: c.err } : { ok: true, types: c.types };
}

type Scope = { elem: ExprType; vars: Map<string, ExprType> };

class Checker {
  err: ExprError | null = null;
  types: ExprTypes = new WeakMap();
  private predicates: Scope[] = [];
  private vars: { name: string; type: ExprType }[] = [];
  /** Element type of array literals whose elements share a kind (checker info.elem). */
  private elems = new WeakMap<ExprNode, ExprType | null>();

  error(node: ExprNode, message: string): ExprType {
    if (!this.err) this.err = { message, line: node.loc.line, column: node.loc.column };
    return ANY;
  }

  visit(node: ExprNode): ExprType {
    const t = this.visitNode(node);
    this.types.set(node, t);
    return t;
  }

  private visitNode(n: ExprNode): ExprType {
    switch (n.kind) {
      case 'nil':
        return NIL_T;
      case 'identifier': {
        const v = this.lookup(n.name);
        if (v) return v;
        if (n.name === '$env') return MAP;
        return BUILTIN_NAMES.has(n.name) ? FUNC : ANY;
      }
      case 'integer':
        return INT;
      case 'float':
        return FLOAT;
      case 'bool':
        return BOOL;
      case 'string':
        return STRING;
      case 'constant':
        return ANY;
      case 'unary':
        return this.unary(n);
      case 'binary':
        return this.binary(n);
      case 'chain':
        return this.visit(n.node);
      case 'member':
        return this.member(n);
      case 'slice': {
        const t = this.visit(n.node);
        if (!isAny(t) && !isString(t) && !isArray(t))
          return this.error(n, `cannot slice ${typeName(t)}`);
        for (const x of [n.from, n.to]) {
          if (!x) continue;
          const it = this.visit(x);
          if (!isInteger(it) && !isAny(it))
            return this.error(x, `non-integer slice index ${typeName(it)}`);
        }
        return t;
      }
      case 'call':
        return this.call(n);
      case 'builtin':
        return this.builtin(n);
      case 'closure': {
        const t = this.visit(n.node);
        return t.k === 'nil' ? this.error(n.node, 'closure cannot be nil') : t;
      }
      case 'pointer': {
        const scope = this.predicates[this.predicates.length - 1];
        if (!scope) return this.error(n, 'cannot use pointer accessor outside closure');
        if (n.name === '') return scope.elem;
        return scope.vars.get(n.name) ?? this.error(n, `unknown pointer #${n.name}`);
      }
      case 'let': {
        if (BUILTIN_NAMES.has(n.name)) return this.error(n, `cannot redeclare builtin ${n.name}`);
        if (this.lookup(n.name)) return this.error(n, `cannot redeclare variable ${n.name}`);
        const vt = this.visit(n.value);
        this.vars.push({ name: n.name, type: vt });
        const t = this.visit(n.expr);
        this.vars.pop();
        return t;
      }
      case 'conditional': {
        const c = this.visit(n.cond);
        if (!isBool(c) && !isAny(c))
          return this.error(n.cond, `non-bool expression (type ${typeName(c)}) used as condition`);
        const t1 = this.visit(n.exp1);
        const t2 = this.visit(n.exp2);
        if (t1.k === 'nil') return t2;
        if (t2.k === 'nil') return t1;
        return assignable(t1, t2) ? t1 : ANY;
      }
      case 'array': {
        let prev: ExprType | null = null;
        let same = true;
        for (const x of n.nodes) {
          const t = this.visit(x);
          if (prev && (t.k === 'nil' || prev.k === 'nil' || !sameKind(t, prev))) same = false;
          prev = t;
        }
        this.elems.set(n, same && prev && prev.k !== 'nil' ? prev : null);
        return ARRAY;
      }
      case 'map':
        for (const p of n.pairs) {
          this.visit(p.key);
          this.visit(p.value);
        }
        return MAP;
    }
  }

  private lookup(name: string): ExprType | undefined {
    for (let i = this.vars.length - 1; i >= 0; i--)
      if (this.vars[i]!.name === name) return this.vars[i]!.type;
    return undefined;
  }

  private unary(n: Extract<ExprNode, { kind: 'unary' }>): ExprType {
    const t = this.visit(n.node);
    if (n.operator === '!' || n.operator === 'not') {
      if (isBool(t) || isAny(t)) return BOOL;
    } else if (isNumber(t)) return t;
    else if (isAny(t)) return ANY;
    return this.error(n, `invalid operation: ${n.operator} (mismatched type ${typeName(t)})`);
  }

  private binary(n: Extract<ExprNode, { kind: 'binary' }>): ExprType {
    const l = this.visit(n.left);
    const r = this.visit(n.right);
    const t = binaryType(n.operator, l, r, this.elems.get(n.right) ?? null);
    return typeof t === 'string' ? this.error(n, t) : t;
  }

  private member(n: Extract<ExprNode, { kind: 'member' }>): ExprType {
    const base = this.visit(n.node);
    const prop = this.visit(n.property);
    const name = n.property.kind === 'string' ? n.property.value : null;
    if (n.node.kind === 'identifier' && n.node.name === '$env' && !this.lookup('$env'))
      return name !== null && BUILTIN_NAMES.has(name) ? FUNC : ANY;
    if (name !== null) {
      if (base.k === 'nil') return this.error(n, `type ${typeName(base)} has no field ${name}`);
      const method = (
        base.k === 'time' ? TIME_METHODS : base.k === 'duration' ? DURATION_METHODS : null
      )?.get(name);
      if (method) return { k: 'method', params: method.params, out: method.out };
    }
    switch (base.k) {
      case 'any':
        return ANY;
      case 'map':
        if (!isAny(prop) && !isString(prop) && prop.k !== 'nil')
          return this.error(
            n.property,
            `cannot use ${typeName(prop)} to get an element from ${typeName(base)}`,
          );
        return base.elem;
      case 'array':
        if (!isInteger(prop) && !isAny(prop))
          return this.error(
            n.property,
            `array elements can only be selected using an integer (got ${typeName(prop)})`,
          );
        return base.elem;
      case 'time':
        if (name !== null) return this.error(n, `type time.Time has no field ${name}`);
    }
    return this.error(n, `type ${typeName(base)}[${typeName(prop)}] is undefined`);
  }

  private call(n: Extract<ExprNode, { kind: 'call' }>): ExprType {
    const fn = this.visit(n.callee);
    const name =
      n.callee.kind === 'identifier'
        ? n.callee.name
        : n.callee.kind === 'member' && n.callee.property.kind === 'string'
          ? n.callee.property.value
          : 'function';
    // `$env.len(x)` and the like reach a builtin through the environment.
    if (fn.k === 'func' && n.callee.kind === 'member' && BUILTIN_NAMES.has(name))
      return this.callBuiltin(name, n, n.args);
    if (fn.k === 'nil') return this.error(n, `${name} is nil; cannot call nil as function`);
    if (isAny(fn) || fn.k === 'func') {
      for (const a of n.args) this.visit(a);
      return ANY;
    }
    if (fn.k === 'method') {
      if (n.args.length > fn.params.length)
        return this.error(n, `too many arguments to call ${name}`);
      if (n.args.length < fn.params.length)
        return this.error(n, `not enough arguments to call ${name}`);
      for (const [i, a] of n.args.entries()) {
        const t = this.visit(a);
        const want = fn.params[i]!;
        if (
          t.k === 'nil' ||
          isAny(t) ||
          assignable(t, want) ||
          (want.k === 'float' && isInteger(t))
        )
          continue;
        return this.error(
          a,
          `cannot use ${typeName(t)} as argument (type ${typeName(want)}) to call ${name} `,
        );
      }
      return fn.out;
    }
    return this.error(n, `${typeName(fn)} is not callable`);
  }

  private builtin(n: Extract<ExprNode, { kind: 'builtin' }>): ExprType {
    const [first, second, third] = n.args;
    switch (n.name) {
      case 'all':
      case 'none':
      case 'any':
      case 'one':
      case 'filter':
      case 'count':
      case 'find':
      case 'findLast':
      case 'findIndex':
      case 'findLastIndex':
      case 'map':
      case 'groupBy':
      case 'reduce': {
        const coll = this.visit(first!);
        if (!isArray(coll) && !isAny(coll))
          return this.error(first!, `builtin ${n.name} takes only array (got ${typeName(coll)})`);
        const elem = coll.k === 'array' ? coll.elem : ANY;
        const vars = new Map<string, ExprType>();
        if (n.name === 'map' || n.name === 'reduce') vars.set('index', INT);
        if (n.name === 'reduce') vars.set('acc', ANY);
        this.predicates.push({ elem, vars });
        const out = this.visit(second!);
        this.predicates.pop();
        if (n.name === 'reduce') {
          if (third) this.visit(third);
          return out;
        }
        if (n.name === 'map') return { k: 'array', elem: out };
        if (n.name === 'groupBy') return { k: 'map', elem: ARRAY, anyKey: true };
        if (!isBool(out) && !isAny(out))
          return this.error(second!, `predicate should return boolean (got ${typeName(out)})`);
        if (n.name === 'filter') return isAny(coll) ? ARRAY : coll;
        if (n.name === 'count' || n.name === 'findIndex' || n.name === 'findLastIndex') return INT;
        if (n.name === 'find' || n.name === 'findLast') return elem;
        return BOOL;
      }
      case 'get': {
        if (n.args.length !== 2)
          return this.error(n, `invalid number of arguments (expected 2, got ${n.args.length})`);
        if (first!.kind === 'identifier' && first!.name === '$env') return ANY;
        const t = this.visit(first!);
        if (isAny(t)) return ANY;
        const p = this.visit(second!);
        if (isArray(t)) {
          if (p.k === 'nil') return this.error(second!, 'cannot use nil as slice index');
          if (!isInteger(p) && !isAny(p))
            return this.error(second!, `non-integer slice index ${typeName(p)}`);
          return t.k === 'array' ? t.elem : ANY;
        }
        if (isMap(t)) {
          if (p.k === 'nil') return this.error(second!, 'cannot use nil as map index');
          if (!isString(p) && !isAny(p))
            return this.error(
              second!,
              `cannot use ${typeName(p)} to get an element from ${typeName(t)}`,
            );
          return t.k === 'map' ? t.elem : ANY;
        }
        return this.error(first!, `type ${typeName(t)} does not support indexing`);
      }
    }
    return this.callBuiltin(n.name, n, n.args);
  }

  private callBuiltin(name: string, node: ExprNode, args: ExprNode[]): ExprType {
    const rule = BUILTIN_RULES.get(name);
    if (!rule) return this.error(node, `unknown builtin ${name}`);
    if ('validate' in rule) {
      const r = rule.validate(args.map((a) => this.visit(a)));
      return typeof r === 'string' ? this.error(node, r) : r;
    }
    let last: { node: ExprNode; message: string } | null = null;
    for (const o of rule.overloads) {
      const problem = this.arguments(name, o.params, args, node);
      if (!problem) return o.out;
      last = problem;
    }
    return last
      ? this.error(last.node, last.message)
      : this.error(node, `no matching overload for ${name}`);
  }

  private arguments(
    name: string,
    params: ExprType[],
    args: ExprNode[],
    node: ExprNode,
  ): { node: ExprNode; message: string } | null {
    if (args.length > params.length) return { node, message: `too many arguments to call ${name}` };
    if (args.length < params.length)
      return { node, message: `not enough arguments to call ${name}` };
    for (const [i, a] of args.entries()) {
      const t = this.visit(a);
      const want = params[i]!;
      if (t.k === 'nil' || isAny(t) || assignable(t, want)) continue;
      if (want.k === 'float' && isInteger(t)) continue;
      if (isFunc(t) && isAny(want)) continue;
      return {
        node: a,
        message: `cannot use ${typeName(t)} as argument (type ${typeName(want)}) to call ${name} `,
      };
    }
    return null;
  }
}
