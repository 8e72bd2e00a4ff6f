import { evalBool } from '../exprLang/compileExpr';
import { filterEnvironment } from '../exprLang/env';
import { fromJsonValue } from '../exprLang/exprJson';
import { isExprMap } from '../exprLang/values';
import { asRecord } from '../../lib/jsonValue';

/** The 4 of 32 types whose `filter` is not an expression (eventing.go GetEventingServers). */
const NO_EXPRESSION = new Set(['minio', 'storageGrid', 'stripe', 'resource']);

/** The event's `filter.expression` when its type has one, else null. */
export function filterExpressionOf(
  sourceType: string,
  cfg: Record<string, unknown>,
): string | null {
  if (NO_EXPRESSION.has(sourceType)) return null;
  const filter = asRecord(cfg.filter);
  if (!filter) return null;
  const expr = filter.expression;
  return typeof expr === 'string' ? expr : null;
}

export type SourceFilterResult = { pass: true } | { pass: false; reason: string; error?: string };

/**
 * eventing.go filterEvent: the event data's top-level keys become the expression's environment
 * (`-` turned into `_`) with expr.GetFuncMap's helpers; the event is published only when the
 * expression is true. An error (including data that is not a JSON object) drops it too.
 */
export function applySourceFilter(
  expression: string,
  data: string,
  nowMs: number,
): SourceFilterResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return { pass: false, reason: 'the data is not JSON', error: 'failed to unmarshal data' };
  }
  const value = parsed === null ? fromJsonValue({}) : fromJsonValue(parsed);
  if (!isExprMap(value)) {
    const error = `failed to unmarshal data, json: cannot unmarshal ${Array.isArray(parsed) ? 'array' : typeof parsed} into Go value of type map[string]interface {}`;
    return { pass: false, reason: error, error };
  }
  const r = evalBool(expression, filterEnvironment(value, nowMs), nowMs);
  if (!r.ok)
    return { pass: false, reason: `the filter expression failed: ${r.error}`, error: r.error };
  return r.value
    ? { pass: true }
    : { pass: false, reason: `the filter expression ${JSON.stringify(expression)} is false` };
}
