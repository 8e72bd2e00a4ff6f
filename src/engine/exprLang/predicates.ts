import type { ExprLocation, ExprNode, ExprNodeOf } from '../../domain/exprLang/ast';
import { anyKey, iterable } from './access';
import { BUILTIN_FUNCS } from './builtinFuncs';
import type { EvalContext as Evaluator, Scope } from './evalContext';
import {
  AnyKeyMap,
  assertBool,
  ExprPanic,
  goEqual,
  int,
  LocatedPanic,
  type ExprValue,
} from './values';

/** The builtins: predicates over a collection (all, filter, map, reduce…) and the plain functions. */
export function evalBuiltin(ev: Evaluator, n: ExprNodeOf<'builtin'>): ExprValue {
  const [coll, closure, init] = n.args;
  switch (n.name) {
    case 'all':
    case 'none':
    case 'any':
      return loop(
        ev,
        coll!,
        n.loc,
        (done) => {
          const v = assertBool(ev.evalNode(closure!));
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
      loop(
        ev,
        coll!,
        n.loc,
        () => {
          if (assertBool(ev.evalNode(closure!))) {
            count++;
            if (n.name === 'filter') kept.push(current(ev));
          }
          return undefined;
        },
        null,
      );
      if (n.name === 'one') return goEqual(int(count), int(1));
      if (n.name === 'count') return int(count);
      ev.grow(kept.length, n.loc);
      return kept;
    }
    case 'map': {
      const out: ExprValue[] = [];
      loop(ev, coll!, n.loc, () => (out.push(ev.evalNode(closure!)), undefined), null);
      ev.grow(out.length, n.loc);
      return out;
    }
    case 'find':
    case 'findIndex':
    case 'findLast':
    case 'findLastIndex':
      return find(ev, n, coll!, closure!);
    case 'groupBy': {
      const out = new AnyKeyMap();
      loop(
        ev,
        coll!,
        n.loc,
        () => {
          const key = ev.evalNode(closure!);
          const k = anyKey(key);
          const group = out.entries.get(k)?.[1];
          if (Array.isArray(group)) group.push(current(ev));
          else out.entries.set(k, [key, [current(ev)]]);
          return undefined;
        },
        null,
      );
      return out;
    }
    case 'reduce': {
      const items = iterable(ev.evalNode(coll!));
      const scope: Scope = { items, index: 0, acc: null };
      ev.scopes.push(scope);
      try {
        if (init) scope.acc = ev.evalNode(init);
        else {
          if (items.length === 0)
            throw new LocatedPanic('reflect: slice index out of range', n.loc);
          scope.acc = items.at(0);
          scope.index = 1;
        }
        for (; scope.index < items.length; scope.index++) scope.acc = ev.evalNode(closure!);
        return scope.acc;
      } finally {
        ev.scopes.pop();
      }
    }
  }
  const f = BUILTIN_FUNCS.get(n.name);
  if (!f) throw new LocatedPanic(`unknown builtin ${n.name}`, n.loc);
  const args = n.args.map((a) => ev.evalNode(a));
  try {
    return f(args, ev.now);
  } catch (e) {
    if (e instanceof ExprPanic) throw new LocatedPanic(e.message, n.loc);
    throw e;
  }
}

function current(ev: Evaluator): ExprValue {
  const s = ev.scopes[ev.scopes.length - 1]!;
  return s.items.at(s.index);
}

/** Iterates a predicate's collection; `body` may end the loop early with a result. */
function loop(
  ev: Evaluator,
  coll: ExprNode,
  loc: ExprLocation,
  body: (done: (v: ExprValue) => ExprValue) => ExprValue | undefined,
  fallthrough: ExprValue | null,
): ExprValue {
  let items: Scope['items'];
  try {
    items = iterable(ev.evalNode(coll));
  } catch (e) {
    if (e instanceof ExprPanic) throw new LocatedPanic(e.message, loc);
    throw e;
  }
  const scope: Scope = { items, index: 0, acc: null };
  ev.scopes.push(scope);
  try {
    const STOP: { value: ExprValue; stopped: boolean } = { value: null, stopped: false };
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
    ev.scopes.pop();
  }
}

function find(
  ev: Evaluator,
  n: ExprNodeOf<'builtin'>,
  coll: ExprNode,
  closure: ExprNode,
): ExprValue {
  const items = iterable(ev.evalNode(coll));
  const scope: Scope = { items, index: 0, acc: null };
  const last = n.name === 'findLast' || n.name === 'findLastIndex';
  const wantIndex = n.name === 'findIndex' || n.name === 'findLastIndex';
  ev.scopes.push(scope);
  try {
    for (let k = 0; k < items.length; k++) {
      scope.index = last ? items.length - 1 - k : k;
      if (assertBool(ev.evalNode(closure)))
        return wantIndex ? int(scope.index) : items.at(scope.index);
    }
    return null;
  } catch (e) {
    if (e instanceof ExprPanic) throw new LocatedPanic(e.message, n.loc);
    throw e;
  } finally {
    ev.scopes.pop();
  }
}
