import { RE2JS } from 're2js';
import type { ExprError, ExprNode } from '../../exprLang/ast';
import { checkExpr } from '../../exprLang/checker';
import { parseExpr } from '../../exprLang/parser';
import { findInExpr } from '../../exprLang/walk';
import { eventSourceTypes } from '../../graph/resourceParts';
import type { Diagnostic } from '../diagnostic';
import { diag, eventSources, obj, quote, specOf, type Rule } from '../ruleKit';

/** Types whose `filter` is not an expression (pkg/eventsources/eventing.go GetEventingServers). */
const NO_EXPRESSION = new Set(['minio', 'storageGrid', 'stripe', 'resource']);

/** The first `x matches "literal"` whose pattern Go's regexp refuses (the checker compiles them). */
function badRegex(node: ExprNode): ExprError | null {
  return findInExpr(node, (n) => {
    if (n.kind !== 'binary' || n.operator !== 'matches' || n.right.kind !== 'string') return null;
    try {
      RE2JS.compile(n.right.value);
      return null;
    } catch (e) {
      const message = `error parsing regexp: ${e instanceof Error ? e.message : String(e)}`;
      return { message, line: n.loc.line, column: n.loc.column };
    }
  });
}

/** Compile problems of an expression as expr-lang reports them (parse, type check, regex), or null. */
export function exprProblem(expression: string): ExprError | null {
  const parsed = parseExpr(expression);
  if (!parsed.ok) return parsed.error;
  const checked = checkExpr(parsed.node);
  if (!checked.ok) return checked.error;
  return badRegex(parsed.node);
}

/**
 * An EventSource event's `filter.expression` (expr-lang, pkg/shared/expr EvalBool): the controller
 * does not check it, but one that does not compile makes the pod drop every event, so it is a
 * warning with the expression's own line and column. On the four types whose `filter` is not an
 * expression, the field is ignored.
 */
export const eventSourceFilter: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const es of eventSources(ctx)) {
    const spec = specOf(es);
    for (const type of eventSourceTypes(es.value)) {
      for (const [name, raw] of Object.entries(obj(spec[type]) ?? {})) {
        const filter = obj(obj(raw)?.filter);
        if (!filter || !('expression' in filter)) continue;
        const path = ['spec', type, name, 'filter', 'expression'];
        const expression = filter.expression;
        if (NO_EXPRESSION.has(type)) {
          out.push(
            diag(
              ctx,
              es,
              'eventsource.filter.expression-ignored',
              'warning',
              `${type} events have no filter.expression (their filter is ${type === 'resource' ? 'prefix, labels, fields, createdBy and afterStart' : type === 'stripe' ? 'eventFilter' : 'prefix and suffix'}): this expression is ignored and every event is published`,
              path,
            ),
          );
          continue;
        }
        // A non-string is the schema check's to report.
        if (typeof expression !== 'string') continue;
        const problem = exprProblem(expression);
        if (!problem) continue;
        const where =
          problem.line > 0
            ? ` at line ${problem.line}, column ${problem.column + 1} of the expression`
            : '';
        out.push(
          diag(
            ctx,
            es,
            'eventsource.filter.expression-invalid',
            'warning',
            `filter.expression of ${quote(name)} does not compile: ${problem.message}${where}. The controller accepts it, but the EventSource drops every event ("Failed to filter event").`,
            path,
          ),
        );
      }
    }
  }
  return out;
};
