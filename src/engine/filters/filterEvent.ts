import type { SensorEvent } from '../event';
import type { FamilyResult } from '../trace';
import { evaluateContextFilter } from './contextFilter';
import { evaluateDataFilters } from './dataFilter';
import { evaluateExprFilters } from './exprFilter';
import { operatorOf, type FamilyOutcome } from './filterTypes';
import { evaluateScriptFilter } from './scriptFilter';
import { evaluateTimeFilter } from './timeFilter';
import { asRecord } from '../../lib/jsonValue';

export interface FilterOutcome {
  pass: boolean;
  error?: string;
  operator: 'and' | 'or';
  families: FamilyResult[];
  reason: string;
}

/**
 * The sensor's `Filter(event, filters, filtersLogicalOperator)` (pkg/sensors/dependencies/filter.go):
 * five families on the event's raw data, combined with AND (default) or OR; any error rejects the
 * event, whatever the operators. Empty `data`/`exprs` lists count as absent: the controller's JSON
 * re-encoding of the Sensor (omitempty) drops them. `now` feeds sprig's `now` in data templates.
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
  const f = asRecord(filters) ?? {};
  const families: FamilyOutcome[] = [];
  // filter.go reads event.Data as it is, whatever the content type: each family checks the JSON.
  const data = event.data;
  const order: [FamilyOutcome['family'], () => FamilyOutcome][] = [
    ['exprs', () => evaluateExprFilters(f.exprs, f.exprLogicalOperator, data)],
    ['data', () => evaluateDataFilters(f.data, f.dataLogicalOperator, data, now)],
    ['context', () => evaluateContextFilter(f.context, event.context)],
    ['time', () => evaluateTimeFilter(f.time, event.context.time)],
    ['script', () => evaluateScriptFilter(f.script, data)],
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
