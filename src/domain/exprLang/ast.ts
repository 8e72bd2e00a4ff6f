/**
 * The syntax tree of expr-lang (github.com/antonmedv/expr v1.15.5, the version Argo Events pins),
 * the language of an EventSource's `filter.expression`. Node kinds and the location each node
 * carries follow the upstream parser, so errors point where the Go library points.
 */

/** A position in the expression: 1-based line, 0-based column counted in characters (runes). */
export interface ExprLocation {
  line: number;
  column: number;
}

interface Base {
  loc: ExprLocation;
}

export type ExprNode =
  | (Base & { kind: 'nil' })
  | (Base & { kind: 'identifier'; name: string })
  | (Base & { kind: 'integer'; value: number })
  | (Base & { kind: 'float'; value: number })
  | (Base & { kind: 'bool'; value: boolean })
  | (Base & { kind: 'string'; value: string })
  /** A value the optimizer computed: the set of an `in [..]` test. */
  | (Base & { kind: 'constant'; value: ConstantValue })
  | (Base & { kind: 'unary'; operator: string; node: ExprNode })
  | (Base & { kind: 'binary'; operator: string; left: ExprNode; right: ExprNode })
  /** Wraps a `?.` chain: a nil anywhere in it makes the whole chain nil. */
  | (Base & { kind: 'chain'; node: ExprNode })
  | (Base & { kind: 'member'; node: ExprNode; property: ExprNode; optional: boolean })
  | (Base & { kind: 'slice'; node: ExprNode; from: ExprNode | null; to: ExprNode | null })
  | (Base & { kind: 'call'; callee: ExprNode; args: ExprNode[] })
  | (Base & { kind: 'builtin'; name: string; args: ExprNode[]; throws?: boolean })
  | (Base & { kind: 'closure'; node: ExprNode })
  /** `#`, `#index`, `#acc` inside a predicate (and `.x`, which is `#.x`). */
  | (Base & { kind: 'pointer'; name: string })
  | (Base & { kind: 'conditional'; cond: ExprNode; exp1: ExprNode; exp2: ExprNode })
  | (Base & { kind: 'let'; name: string; value: ExprNode; expr: ExprNode })
  | (Base & { kind: 'array'; nodes: ExprNode[] })
  | (Base & { kind: 'map'; pairs: { key: ExprNode; value: ExprNode }[] });

/**
 * The sets upstream's optimizer turns `x in ["a", "b"]` and `n in [1, 2]` into: a map lookup,
 * which behaves differently from the array scan for needles of another type.
 */
export type ConstantValue =
  | { kind: 'stringSet'; items: ReadonlySet<string> }
  | { kind: 'intSet'; items: ReadonlySet<number> };

export type ExprNodeOf<K extends ExprNode['kind']> = Extract<ExprNode, { kind: K }>;

/** A syntax or type error, located as expr-lang locates it. */
export interface ExprError {
  message: string;
  line: number;
  /** 0-based, as upstream stores it; messages print it 1-based. */
  column: number;
}

/** `message (line:col)` as upstream formats its errors, with the 1-based column. */
export function formatExprError(e: ExprError): string {
  return e.line === 0 && e.column === 0 ? e.message : `${e.message} (${e.line}:${e.column + 1})`;
}
