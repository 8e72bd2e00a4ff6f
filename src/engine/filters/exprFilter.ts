import { gjsonGet, resultValue } from '../json/gjson';
import { evaluateExpression, parseExpression, type ExprValue } from '../govaluate/govaluate';
import type { FilterCheck } from '../trace';
import { combineEntries, operatorOf, type FamilyOutcome } from './filterTypes';
import { invalid } from './dataFilter';
import { isValidJson } from '../json/jsonScan';
import { nullRecord } from '../../lib/nullRecord';
import { asRecord } from '../../lib/jsonValue';

interface ExprSpec {
  expr?: unknown;
  fields?: unknown;
}

/** An entry of the list; one that is not an object names nothing. */
const specOf = (v: unknown): Record<string, unknown> => asRecord(v) ?? {};

/**
 * `filters.exprs` (filter.go filterExpr): each field's gjson path is bound to its name (numbers as
 * float64, a later field with the same name wins), then the govaluate expression runs; a
 * non-boolean result is false, a missing path or an evaluation error is an error. Entries without
 * fields are skipped.
 */
export function evaluateExprFilters(
  specs: unknown,
  operator: unknown,
  json: string | null,
): FamilyOutcome {
  const op = operatorOf(operator);
  const checks: FilterCheck[] = [];
  const list: ExprSpec[] = Array.isArray(specs) ? specs.map(specOf) : [];
  if (list.length === 0) return { family: 'exprs', set: false, result: true, checks };
  if (json === null) return { family: 'exprs', set: true, result: true, checks, operator: op };
  if (!isValidJson(json)) return { ...invalid('exprs'), checks, operator: op };
  const { result, error } = combineEntries(op, checks, (push) => {
    list.forEach((e, i) => {
      const c = one(e, i, json);
      if (c) push(c);
    });
  });
  return {
    family: 'exprs',
    set: true,
    result,
    ...(error !== undefined ? { error } : {}),
    checks,
    operator: op,
  };
}

function one(e: ExprSpec, index: number, json: string): FilterCheck | null {
  const expr = typeof e.expr === 'string' ? e.expr : '';
  const fields = Array.isArray(e.fields) ? e.fields.map(specOf) : [];
  if (fields.length === 0) return null;
  const base: FilterCheck = { family: 'exprs', index, subject: expr, result: false };
  const params: Record<string, ExprValue> = nullRecord<ExprValue>();
  const found: string[] = [];
  for (const f of fields) {
    const path = typeof f.path === 'string' ? f.path : '';
    const res = gjsonGet(json, path);
    if (!res.exists) return { ...base, error: `path '${path}' does not exist` };
    const name = typeof f.name === 'string' ? f.name : '';
    params[name] = resultValue(res);
    found.push(`${name}=${res.raw}`);
  }
  const parsed = parseExpression(expr);
  if (!parsed.ok) return { ...base, found: found.join(', '), error: parsed.error };
  const value = evaluateExpression(parsed.expr, params);
  if (!value.ok) return { ...base, found: found.join(', '), error: value.error };
  const result = value.value === true;
  return {
    ...base,
    found: found.join(', '),
    result,
    note:
      typeof value.value === 'boolean'
        ? `evaluated to ${value.value}`
        : 'result is not a boolean, so it counts as false',
  };
}
