import type { NodeOutcome } from '../engine/simulate/outcomes';
import type { NodeId } from '../domain/graph/ids';

export type OutcomeCounts = Partial<Record<NodeOutcome, number>>;
export type OutcomeTotals = ReadonlyMap<NodeId, OutcomeCounts>;

// Every outcome (a `Record` over them would say so to the compiler, but its keys read back as strings).
const OUTCOMES: readonly NodeOutcome[] = [
  'received',
  'rejected',
  'pass',
  'drop',
  'held',
  'fire',
  'fail',
];

type StepCounts = { readonly counts: ReadonlyMap<NodeId, OutcomeCounts> };

/**
 * `totals` with the steps' counts added, as a new map that shares every node's counts the steps did
 * not touch: a burst's chunk costs its own hundred steps, not a sum over the whole timeline.
 */
export function addedCounts(totals: OutcomeTotals, steps: readonly StepCounts[]): OutcomeTotals {
  return combined(totals, steps, 1);
}

/** `totals` without the steps' counts: what the badges showed before those steps (time travel). */
export function withoutCounts(totals: OutcomeTotals, steps: readonly StepCounts[]): OutcomeTotals {
  return combined(totals, steps, -1);
}

function combined(totals: OutcomeTotals, steps: readonly StepCounts[], sign: 1 | -1) {
  if (steps.length === 0) return totals;
  const out = new Map(totals);
  const copied = new Set<NodeId>();
  for (const step of steps)
    for (const [key, counts] of step.counts) {
      let mine = out.get(key);
      if (!mine || !copied.has(key)) {
        out.set(key, (mine = { ...mine }));
        copied.add(key);
      }
      for (const outcome of OUTCOMES) {
        const n = counts[outcome];
        if (!n) continue;
        const next = (mine[outcome] ?? 0) + sign * n;
        if (next > 0) mine[outcome] = next;
        else delete mine[outcome];
      }
    }
  return out;
}
