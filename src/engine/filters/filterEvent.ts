import type { SensorEvent } from '../event';
import { renderEventDataAsJson } from '../eventData';
import type { FamilyResult } from '../trace';
import { evaluateContextFilter } from './contextFilter';
import { evaluateDataFilters } from './dataFilter';
import { evaluateExprFilters } from './exprFilter';
import { operatorOf, type FamilyOutcome } from './filterTypes';
import { evaluateScriptFilter } from './scriptFilter';
import { evaluateTimeFilter } from './timeFilter';

export interface FilterOutcome {
  pass: boolean;
  error?: string;
  operator: 'and' | 'or';
  families: FamilyResult[];
  reason: string;
}

/**
 * The sensor's `Filter(event, filters, filtersLogicalOperator)` (SEMANTICS §2, §2.1): five families,
 * combined with AND (default) or OR; any error rejects the event, whatever the operators.
 * `now` feeds sprig's `now` in data-filter templates.
 */
export function filterEvent(
  filters: unknown,
  filtersLogicalOperator: unknown,
  event: SensorEvent,
  now = 0,
): FilterOutcome {
  const op = operatorOf(filtersLogicalOperator);
  if (filters === undefined || filters === null)
    return { pass: true, operator: op, families: [], reason: 'no filters' };
  const f = (typeof filters === 'object' ? filters : {}) as Record<string, unknown>;
  let json: string | null = null;
  let dataError: string | undefined;
  if (event.data !== null && event.data !== '') {
    const rendered = renderEventDataAsJson(event);
    if (rendered.ok) json = rendered.json;
    else dataError = rendered.error;
  }
  const families: FamilyOutcome[] = [];
  const needsData = (v: unknown) => v !== undefined && v !== null && v !== '';
  const run = (
    family: FamilyOutcome['family'],
    present: unknown,
    evaluate: () => FamilyOutcome,
  ): FamilyOutcome => {
    if (dataError && needsData(present) && family !== 'context' && family !== 'time') {
      return { family, set: true, result: false, error: dataError, checks: [] };
    }
    return evaluate();
  };
  const order: [FamilyOutcome['family'], () => FamilyOutcome][] = [
    [
      'exprs',
      () => run('exprs', f.exprs, () => evaluateExprFilters(f.exprs, f.exprLogicalOperator, json)),
    ],
    [
      'data',
      () =>
        run('data', f.data, () => evaluateDataFilters(f.data, f.dataLogicalOperator, json, now)),
    ],
    ['context', () => evaluateContextFilter(f.context, event.context)],
    ['time', () => evaluateTimeFilter(f.time, event.context.time)],
    ['script', () => run('script', f.script, () => evaluateScriptFilter(f.script, json))],
  ];
  for (const [family, evaluate] of order) {
    const r = evaluate();
    families.push(r);
    // Under AND the first error ends the evaluation; a script error ends it in both modes.
    if (r.error !== undefined && (op === 'and' || family === 'script')) {
      return {
        pass: false,
        error: r.error,
        operator: op,
        families,
        reason: `${family} filter error: ${r.error}`,
      };
    }
  }
  const errors = families.filter((r) => r.error !== undefined);
  if (errors.length) {
    return {
      pass: false,
      error: errors.map((r) => r.error).join('; '),
      operator: op,
      families,
      reason: `dropped: ${errors.map((r) => `${r.family} filter error: ${r.error}`).join('; ')}`,
    };
  }
  if (op === 'or') {
    const passing = families.find((r) => r.set && r.result);
    return {
      pass: Boolean(passing),
      operator: op,
      families,
      reason: passing
        ? `${passing.family} filter passed (filtersLogicalOperator: or)`
        : 'no filter family passed (filtersLogicalOperator: or)',
    };
  }
  const failing = families.find((r) => !r.result);
  return {
    pass: !failing,
    operator: op,
    families,
    reason: failing ? `${failing.family} filter did not pass` : 'all filters passed',
  };
}
