import { useCallback } from 'react';
import { useSimulationView } from '../../state/useSimulation';
import { shownEntry, type SimulationState } from '../../state/simulationStore';
import { nodeOutcomeCounts, simBadgeText } from './simBadgeText';
import type { NodeId } from '../../domain/graph/ids';

/**
 * What the simulator's shown step did at this node (a flash: passed, dropped, fired…) and how many
 * times that happened so far; nothing before anything reached the node.
 */
export function SimBadge({ simKey }: { simKey: NodeId }) {
  // Followed in a transition, as the simulator's timeline: during a burst the badges are drawn after
  // the task that records a chunk, not inside it. One string, so a badge is drawn again only when
  // what it shows changes.
  const words = useSimulationView(
    useCallback(
      (s: SimulationState) => {
        const shown = shownEntry(s);
        const outcome = shown?.outcomes.get(simKey);
        const b = simBadgeText(nodeOutcomeCounts(s, simKey), outcome);
        // The flash (a new element per step) marks each step sent by hand; a burst's thousands of
        // steps would flash and repaint every badge many times a second, so it flashes once.
        const flash = s.running ? 'burst' : (shown?.seq ?? '');
        return b ? [outcome ?? '', flash, b.text, b.title].join('\n') : '';
      },
      [simKey],
    ),
  );
  if (!words) return null;
  const [outcome, flash, text, title] = words.split('\n');
  return (
    <span
      key={flash}
      className={`sim-badge${outcome ? ` sim-${outcome}` : ''}`}
      title={title}
      data-testid="canvas.sim-badge"
    >
      {text}
    </span>
  );
}
