import { useSimulation } from '../../state/useSimulation';
import { shownEntry, type SimulationState } from '../../state/simulationStore';
import type { NodeId } from '../../domain/graph/ids';

const WORDS = {
  received: 'received',
  rejected: 'rejected',
  pass: 'passed',
  drop: 'dropped',
  held: 'waiting',
  fire: 'fired',
  fail: 'failed',
} as const;

function countFor(s: SimulationState, key: NodeId): number {
  const upto = s.selected === null ? s.entries.length : s.selected + 1;
  let n = 0;
  for (let i = 0; i < upto; i++) if (s.entries[i]!.outcomes.has(key)) n++;
  return n;
}

/**
 * What the simulator's shown step did at this node (a flash: passed, dropped, fired…) and how many
 * steps reached it so far; nothing before the first step.
 */
export function SimBadge({ simKey }: { simKey: NodeId }) {
  const outcome = useSimulation((s) => shownEntry(s)?.outcomes.get(simKey));
  const seq = useSimulation((s) => shownEntry(s)?.seq);
  const count = useSimulation((s) => countFor(s, simKey));
  if (!count) return null;
  return (
    <span
      key={seq}
      className={`sim-badge${outcome ? ` sim-${outcome}` : ''}`}
      title={outcome ? `${WORDS[outcome]} at this step; reached ${count}×` : `reached ${count}×`}
      data-testid="canvas.sim-badge"
    >
      {outcome ? `${WORDS[outcome]} · ` : ''}
      {count}×
    </span>
  );
}
