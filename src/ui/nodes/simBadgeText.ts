import type { NodeOutcome } from '../../engine/simulate/outcomes';
import type { NodeId } from '../../domain/graph/ids';
import type { SimulationState } from '../../state/simulationStore';
import { withoutCounts, type OutcomeCounts, type OutcomeTotals } from '../../state/outcomeTotals';

const OUTCOME_WORDS: Record<NodeOutcome, string> = {
  received: 'received',
  rejected: 'rejected',
  pass: 'passed',
  drop: 'dropped',
  held: 'waiting',
  fire: 'fired',
  fail: 'failed',
};

/** Strongest first: what the badge names when the shown step did nothing at the node. */
const ORDER: NodeOutcome[] = ['fire', 'fail', 'drop', 'rejected', 'held', 'pass', 'received'];

const NONE: OutcomeCounts = {};

/** The totals at a step of the timeline (time travel), worked out once for all badges. */
const totalsAt = new WeakMap<
  SimulationState['entries'],
  { at: number; of: OutcomeTotals; totals: OutcomeTotals }
>();

/**
 * How often a node had each outcome in the steps up to the shown one (steps the timeline let go
 * included). Following the newest step it is the store's running totals; an older step takes the
 * later steps' counts off them, once for every badge.
 */
export function nodeOutcomeCounts(s: SimulationState, key: NodeId): OutcomeCounts {
  if (s.selected === null) return s.totals.get(key) ?? NONE;
  let known = totalsAt.get(s.entries);
  if (known?.at !== s.selected || known.of !== s.totals) {
    known = {
      at: s.selected,
      of: s.totals,
      totals: withoutCounts(s.totals, s.entries.slice(s.selected + 1)),
    };
    totalsAt.set(s.entries, known);
  }
  return known.totals.get(key) ?? NONE;
}

/**
 * The badge: what the shown step did at the node with how often that happened so far ("fired ·
 * 1×"), or, when the step did nothing there, the strongest outcome so far; the title lists every
 * count. Null before anything reached the node.
 */
export function simBadgeText(
  counts: OutcomeCounts,
  shown: NodeOutcome | undefined,
): { text: string; title: string } | null {
  const seen = ORDER.filter((o) => counts[o]);
  if (seen.length === 0) return null;
  const all = seen.map((o) => `${OUTCOME_WORDS[o]} ${counts[o]}×`).join(', ');
  const main = shown && counts[shown] ? shown : seen[0]!;
  return {
    text: `${OUTCOME_WORDS[main]} · ${counts[main]}×`,
    title: shown ? `${OUTCOME_WORDS[shown]} at this step; so far ${all}` : `so far ${all}`,
  };
}
