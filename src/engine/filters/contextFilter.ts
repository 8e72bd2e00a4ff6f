import type { EventContext } from '../event';
import type { FilterCheck } from '../trace';
import type { FamilyOutcome } from './filterTypes';
import { asRecord } from '../../lib/jsonValue';

const FIELDS = ['type', 'subject', 'source', 'datacontenttype'] as const;

/** `filters.context` (SEMANTICS §2.4): exact, case-sensitive equality on the set fields; never errors. */
export function evaluateContextFilter(spec: unknown, context: EventContext): FamilyOutcome {
  // A list is set but names no field (YAML gives it no named members).
  const s = Array.isArray(spec) ? {} : asRecord(spec);
  if (!s) return { family: 'context', set: false, result: true, checks: [] };
  const checks: FilterCheck[] = [];
  for (const k of FIELDS) {
    const want = s[k];
    if (typeof want !== 'string' || want === '') continue;
    checks.push({
      family: 'context',
      index: 0,
      subject: k,
      found: context[k],
      comparator: '==',
      expected: want,
      result: context[k] === want,
    });
  }
  return { family: 'context', set: true, result: checks.every((c) => c.result), checks };
}
