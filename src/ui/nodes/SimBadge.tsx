import { useCallback } from 'react';
import { useSimulationView } from '../../state/useSimulation';
import { isRunning, shownEntry, type SimulationState } from '../../state/simulationStore';
import { useSampled } from '../common/useSampled';
import { nodeOutcomeCounts, simBadgeText } from './simBadgeText';
import type { NodeId } from '../../domain/graph/ids';

/**
 * The canvas is laid out and painted with the page: during a run its badges follow a few times a
 * second, not with every update of the timeline (whose column is laid out on its own). Measured on
 * a loaded machine, this took most of the frames of a burst under 50 ms.
 */
const BADGES_EVERY_MS = 400;

/**
 * What the simulator's shown step did at this node (a flash: passed, dropped, fired…) and how many
 * times that happened so far; nothing before anything reached the node.
 */
export function SimBadge({ simKey }: { simKey: NodeId }) {
  // Followed in a transition, as the simulator's timeline: during a burst the badges are drawn after
  // the task that records a chunk, not inside it. One string, so a badge is drawn again only when
  // what it shows changes.
  const running = useSimulationView(isRunning);
  const live = useSimulationView(
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
  const words = useSampled(live, running ? BADGES_EVERY_MS : 0);
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
