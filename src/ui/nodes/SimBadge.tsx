import { useDeferredValue } from 'react';
import { useSimulation } from '../../state/useSimulation';
import { shownEntry } from '../../state/simulationStore';
import { nodeOutcomeCounts, simBadgeText } from './simBadgeText';
import type { NodeId } from '../../domain/graph/ids';

/**
 * What the simulator's shown step did at this node (a flash: passed, dropped, fired…) and how many
 * times that happened so far; nothing before anything reached the node.
 */
export function SimBadge({ simKey }: { simKey: NodeId }) {
  // Deferred, as the simulator's timeline: during a burst the badges follow between chunks, not
  // inside the frame that records one.
  const outcome = useDeferredValue(useSimulation((s) => shownEntry(s)?.outcomes.get(simKey)));
  const seq = useDeferredValue(useSimulation((s) => shownEntry(s)?.seq));
  // A string, so the badge re-renders only when its words change.
  const words = useDeferredValue(
    useSimulation((s) => {
      const b = simBadgeText(nodeOutcomeCounts(s, simKey), shownEntry(s)?.outcomes.get(simKey));
      return b ? `${b.text}\n${b.title}` : '';
    }),
  );
  if (!words) return null;
  const [text, title] = words.split('\n');
  return (
    <span
      key={seq}
      className={`sim-badge${outcome ? ` sim-${outcome}` : ''}`}
      title={title}
      data-testid="canvas.sim-badge"
    >
      {text}
    </span>
  );
}
