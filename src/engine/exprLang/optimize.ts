import type { ExprError, ExprNode } from '../../domain/exprLang/ast';
import type { ExprTypes } from '../../domain/exprLang/checker';

/**
 * The parts of upstream's optimizer (optimizer/*.go) that change what an expression does, applied
 * in its order: `in` with a literal list becomes a set lookup, then constant folding, where
 * `x or true` is `true` (x is never evaluated, so its errors vanish) and `x and true` is `x`.
 * The other passes (ranges, filter+map, filter[0]) only make upstream faster.
 */
export function optimize(
  node: ExprNode,
  types: ExprTypes,
): { node: ExprNode } | { error: ExprError } {
  let n = walk(node, (x) => inArray(x, types));
  for (let limit = 1000; limit >= 0; limit--) {
    const state: FoldState = { applied: false, error: null };
    n = walk(n, (x) => fold(x, state));
    if (state.error) return { error: state.error };
    if (!state.applied) break;
  }
  return { node: n };
}

/** Post-order rebuild: children first, then the node itself (ast.Walk). */
function walk(n: ExprNode, visit: (n: ExprNode) => ExprNode): ExprNode {
  const w = (x: ExprNode) => walk(x, visit);
  let m: ExprNode;
  switch (n.kind) {
    case 'unary':
      m = { ...n, node: w(n.node) };
      break;
    case 'binary':
      m = { ...n, left: w(n.left), right: w(n.right) };
      break;
    case 'chain':
    case 'closure':
      m = { ...n, node: w(n.node) };
      break;
    case 'member':
      m = { ...n, node: w(n.node), property: w(n.property) };
      break;
    case 'slice':
      m = { ...n, node: w(n.node), from: n.from && w(n.from), to: n.to && w(n.to) };
      break;
    case 'call':
      m = { ...n, callee: w(n.callee), args: n.args.map(w) };
      break;
    case 'builtin':
      m = { ...n, args: n.args.map(w) };
      break;
    case 'conditional':
      m = { ...n, cond: w(n.cond), exp1: w(n.exp1), exp2: w(n.exp2) };
      break;
    case 'let':
      m = { ...n, value: w(n.value), expr: w(n.expr) };
      break;
    case 'array':
      m = { ...n, nodes: n.nodes.map(w) };
      break;
    case 'map':
      m = { ...n, pairs: n.pairs.map((p) => ({ key: w(p.key), value: w(p.value) })) };
      break;
    default:
      m = n;
  }
  return visit(m);
}

function inArray(n: ExprNode, types: ExprTypes): ExprNode {
  if (n.kind !== 'binary' || n.operator !== 'in' || n.right.kind !== 'array') return n;
  const items = n.right.nodes;
  if (items.length === 0) return n;
  // A map[int] only when the needle is statically an int (the original node keeps its type).
  if (types.get(n.left)?.k === 'int' && items.every((a) => a.kind === 'integer')) {
    const set = new Set(items.map((a) => (a.kind === 'integer' ? a.value : 0)));
    return {
      ...n,
      right: { kind: 'constant', value: { kind: 'intSet', items: set }, loc: n.right.loc },
    };
  }
  if (items.every((a) => a.kind === 'string')) {
    const set = new Set(items.map((a) => (a.kind === 'string' ? a.value : '')));
    return {
      ...n,
      right: { kind: 'constant', value: { kind: 'stringSet', items: set }, loc: n.right.loc },
    };
  }
  return n;
}

type FoldState = { applied: boolean; error: ExprError | null };

function fold(n: ExprNode, state: FoldState): ExprNode {
  const done = (m: ExprNode): ExprNode => {
    state.applied = true;
    return { ...m, loc: n.loc };
  };
  if (n.kind === 'unary') {
    const x = n.node;
    if ((n.operator === '-' || n.operator === '+') && (x.kind === 'integer' || x.kind === 'float'))
      return done({ ...x, value: n.operator === '-' ? -x.value : x.value });
    if ((n.operator === '!' || n.operator === 'not') && x.kind === 'bool')
      return done({ ...x, value: !x.value });
    return n;
  }
  if (n.kind !== 'binary') return n;
  const { left: l, right: r, operator: op } = n;
  const numeric = (x: ExprNode) => (x.kind === 'integer' || x.kind === 'float' ? x : null);
  const a = numeric(l);
  const b = numeric(r);
  const ints = l.kind === 'integer' && r.kind === 'integer';
  switch (op) {
    case '+':
    case '-':
    case '*':
      if (a && b) {
        const v =
          op === '+' ? a.value + b.value : op === '-' ? a.value - b.value : a.value * b.value;
        return done(
          ints
            ? { kind: 'integer', value: v, loc: n.loc }
            : { kind: 'float', value: v, loc: n.loc },
        );
      }
      if (op === '+' && l.kind === 'string' && r.kind === 'string')
        return done({ kind: 'string', value: l.value + r.value, loc: n.loc });
      return n;
    case '/':
      return a && b ? done({ kind: 'float', value: a.value / b.value, loc: n.loc }) : n;
    case '**':
    case '^':
      return a && b ? done({ kind: 'float', value: a.value ** b.value, loc: n.loc }) : n;
    case '%':
      if (l.kind !== 'integer' || r.kind !== 'integer') return n;
      if (r.kind === 'integer' && r.value === 0) {
        state.error ??= {
          message: 'integer divide by zero',
          line: n.loc.line,
          column: n.loc.column,
        };
        return n;
      }
      return done({
        kind: 'integer',
        value: l.value % r.value,
        loc: n.loc,
      });
    case 'and':
    case '&&':
      if (l.kind === 'bool' && l.value) return done(r);
      if (r.kind === 'bool' && r.value) return done(l);
      if ((l.kind === 'bool' && !l.value) || (r.kind === 'bool' && !r.value))
        return done({ kind: 'bool', value: false, loc: n.loc });
      return n;
    case 'or':
    case '||':
      if (l.kind === 'bool' && !l.value) return done(r);
      if (r.kind === 'bool' && !r.value) return done(l);
      if ((l.kind === 'bool' && l.value) || (r.kind === 'bool' && r.value))
        return done({ kind: 'bool', value: true, loc: n.loc });
      return n;
    case '==': {
      const scalar = (x: ExprNode) =>
        x.kind === 'integer' || x.kind === 'string' || x.kind === 'bool' ? x.value : undefined;
      const x = scalar(l);
      if (l.kind === r.kind && x !== undefined)
        return done({ kind: 'bool', value: x === scalar(r), loc: n.loc });
      return n;
    }
  }
  return n;
}
