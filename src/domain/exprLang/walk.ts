import type { ExprNode } from './ast';

/** The direct children of a node, in source order. */
function exprChildren(n: ExprNode): ExprNode[] {
  switch (n.kind) {
    case 'unary':
    case 'chain':
    case 'closure':
      return [n.node];
    case 'binary':
      return [n.left, n.right];
    case 'member':
      return [n.node, n.property];
    case 'slice':
      return [n.node, ...(n.from ? [n.from] : []), ...(n.to ? [n.to] : [])];
    case 'call':
      return [n.callee, ...n.args];
    case 'builtin':
      return n.args;
    case 'conditional':
      return [n.cond, n.exp1, n.exp2];
    case 'let':
      return [n.value, n.expr];
    case 'array':
      return n.nodes;
    case 'map':
      return n.pairs.flatMap((p) => [p.key, p.value]);
    default:
      return [];
  }
}

/** The first node (depth first, in source order) for which `test` returns a value. */
export function findInExpr<T>(n: ExprNode, test: (n: ExprNode) => T | null): T | null {
  const here = test(n);
  if (here !== null) return here;
  for (const c of exprChildren(n)) {
    const found = findInExpr(c, test);
    if (found !== null) return found;
  }
  return null;
}
