import type { FamilyResult, FilterCheck } from '../trace';

/** A family's outcome as the Go code returns it: a result and maybe an error. */
export interface FamilyOutcome extends FamilyResult {
  error?: string;
}

export type LogicalOperator = 'and' | 'or';

/** "" and "and" mean AND; "or" means OR (anything else was rejected by validation). */
export function operatorOf(v: unknown): LogicalOperator {
  return v === 'or' ? 'or' : 'and';
}

/**
 * Combines per-entry results the way dataLogicalOperator / exprLogicalOperator do: AND stops at
 * the first false or error; OR returns true at the first pass (forgiving earlier errors) and
 * otherwise false with every collected error.
 */
export function combineEntries(
  op: LogicalOperator,
  checks: FilterCheck[],
  evaluate: (push: (c: FilterCheck) => void) => void,
): { result: boolean; error?: string } {
  const errors: string[] = [];
  let result = op === 'and';
  let decided = false;
  evaluate((c) => {
    if (decided) return;
    checks.push(c);
    if (c.error !== undefined) {
      if (op === 'and') {
        result = false;
        decided = true;
        errors.push(c.error);
      } else errors.push(c.error);
      return;
    }
    if (op === 'and' && !c.result) {
      result = false;
      decided = true;
    }
    if (op === 'or' && c.result) {
      result = true;
      decided = true;
      errors.length = 0;
    }
  });
  if (op === 'or' && !result && errors.length) return { result: false, error: errors.join('; ') };
  if (op === 'and' && errors.length) return { result: false, error: errors[0] };
  return { result };
}
