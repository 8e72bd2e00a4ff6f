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

/** How often a node had each outcome in the steps up to the shown one. */
export function nodeOutcomeCounts(s: SimulationState, key: NodeId): Counts {
  const upto = s.selected === null ? s.entries.length : s.selected + 1;
  const out: Counts = {};
  for (let i = 0; i < upto; i++) {
    const c = s.entries[i]!.counts.get(key);
    if (!c) continue;
    for (const o of ORDER) if (c[o]) out[o] = (out[o] ?? 0) + c[o];
  }
  return out;
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
