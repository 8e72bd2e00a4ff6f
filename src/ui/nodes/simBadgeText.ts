import type { NodeOutcome } from '../../engine/simulate/outcomes';
import type { NodeId } from '../../domain/graph/ids';
import type { SimulationState } from '../../state/simulationStore';

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

type Counts = Partial<Record<NodeOutcome, number>>;

const NONE: Counts = {};

/** Every node's counts over a timeline's first `upto` steps, worked out once for all badges. */
const totalsOf = new WeakMap<
  SimulationState['entries'],
  { upto: number; totals: Map<NodeId, Counts> }
>();

function totalsUpTo(entries: SimulationState['entries'], upto: number): Map<NodeId, Counts> {
  const known = totalsOf.get(entries);
  if (known?.upto === upto) return known.totals;
  const totals = new Map<NodeId, Counts>();
  for (let i = 0; i < upto; i++)
    for (const [key, c] of entries[i]!.counts) {
      let out = totals.get(key);
      if (!out) totals.set(key, (out = {}));
      for (const o of ORDER) if (c[o]) out[o] = (out[o] ?? 0) + c[o];
    }
  totalsOf.set(entries, { upto, totals });
  return totals;
}

/**
 * How often a node had each outcome in the steps up to the shown one. Summed once per timeline
 * and shown step for every node, not once per badge: during a burst each chunk re-renders every
 * badge, and a sum per badge over two thousand steps was the page's biggest cost.
 */
export function nodeOutcomeCounts(s: SimulationState, key: NodeId): Counts {
  const upto = s.selected === null ? s.entries.length : s.selected + 1;
  return totalsUpTo(s.entries, upto).get(key) ?? NONE;
}

/**
 * The badge: what the shown step did at the node with how often that happened so far ("fired ·
 * 1×"), or, when the step did nothing there, the strongest outcome so far; the title lists every
 * count. Null before anything reached the node.
 */
export function simBadgeText(
  counts: Counts,
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
