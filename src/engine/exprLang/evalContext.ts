import type { ExprLocation, ExprNode } from '../../domain/exprLang/ast';
import type { ExprValue } from './values';

/** The items a closure (`all`, `map`, `reduce`…) walks and where it is; `#` reads from here. */
export interface Scope {
  items: { length: number; at: (i: number) => ExprValue };
  index: number;
  acc: ExprValue;
}

/** What the builtins need of the evaluator running them (kept apart so neither module imports the other). */
export interface EvalContext {
  readonly scopes: Scope[];
  readonly now: number;
  evalNode(n: ExprNode): ExprValue;
  /** Charges `size` cells to the memory budget (upstream's VM stops at 1e6). */
  grow(size: number, loc: ExprLocation): void;
}
