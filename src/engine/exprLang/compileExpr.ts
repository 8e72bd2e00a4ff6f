import { formatExprError, type ExprError, type ExprNode } from '../../domain/exprLang/ast';
import { checkExpr } from '../../domain/exprLang/checker';
import { parseExpr } from '../../domain/exprLang/parser';
import { findInExpr } from '../../domain/exprLang/walk';
import { compileGoRegex } from '../regex/goRegex';
import { evaluate, LocatedPanic } from './evaluate';
import { optimize } from './optimize';
import { formatS, type ExprMap, type ExprValue } from './values';

export type CompiledExpr = { ok: true; node: ExprNode } | { ok: false; error: ExprError };

const CACHE = new Map<string, CompiledExpr>();
const CACHE_LIMIT = 500;

/**
 * expr.Compile without an environment, as Argo Events calls it: parse, type-check, compile
 * constant regular expressions, optimize. Cached by text; never throws.
 */
export function compileExpr(text: string): CompiledExpr {
  const hit = CACHE.get(text);
  if (hit) return hit;
  const out = compile(text);
  const oldest = CACHE.keys().next();
  if (CACHE.size >= CACHE_LIMIT && !oldest.done) CACHE.delete(oldest.value);
  CACHE.set(text, out);
  return out;
}

function compile(text: string): CompiledExpr {
  const parsed = parseExpr(text);
  if (!parsed.ok) return parsed;
  const checked = checkExpr(parsed.node);
  if (!checked.ok) return checked;
  const bad = badRegex(parsed.node);
  if (bad) return { ok: false, error: bad };
  let optimized: ReturnType<typeof optimize>;
  try {
    optimized = optimize(parsed.node, checked.types);
  } catch (e) {
    if (e instanceof RangeError)
      return {
        ok: false,
        error: { message: 'the expression nests too deeply', line: 1, column: 0 },
      };
    throw e;
  }
  if ('error' in optimized) return { ok: false, error: optimized.error };
  return { ok: true, node: optimized.node };
}

/** The checker compiles `x matches "literal"` up front, so a bad pattern fails every event. */
function badRegex(node: ExprNode): ExprError | null {
  return findInExpr(node, (n) => {
    if (n.kind !== 'binary' || n.operator !== 'matches' || n.right.kind !== 'string') return null;
    const re = compileGoRegex(n.right.value);
    return re.ok ? null : { message: re.error, line: n.loc.line, column: n.loc.column };
  });
}

export type EvalBoolResult =
  { ok: true; value: boolean } | { ok: false; error: string; result?: ExprValue };

/**
 * pkg/shared/expr EvalBool: compile and run, then insist on a bool. Errors read as upstream's,
 * e.g. `unable to evaluate expression 'x > 1': invalid operation: <nil> > int (1:3)`.
 */
export function evalBool(text: string, env: ExprMap, nowMs: number): EvalBoolResult {
  const compiled = compileExpr(text);
  const wrap = (msg: string) => `unable to evaluate expression '${text}': ${msg}`;
  if (!compiled.ok) return { ok: false, error: wrap(formatExprError(compiled.error)) };
  let value: ExprValue;
  try {
    value = evaluate(compiled.node, env, nowMs);
  } catch (e) {
    if (e instanceof LocatedPanic)
      return { ok: false, error: wrap(formatExprError({ message: e.message, ...e.loc })) };
    if (e instanceof RangeError)
      return { ok: false, error: wrap('the expression nests too deeply for the simulator') };
    throw e;
  }
  if (typeof value !== 'boolean')
    return {
      ok: false,
      error: `unable to cast expression result '${formatS(value)}' to bool`,
      result: value,
    };
  return { ok: true, value };
}
