import { useMemo } from 'react';
import type { Edge } from '@xyflow/react';
import { useSimulationView } from '../../state/useSimulation';
import { isRunning, shownEntry, type SimulationState } from '../../state/simulationStore';

/**
 * The nodes the shown step reached, as one string (an id a line, as ids are URI-encoded; `>` marks
 * those the event stopped at). A burst's steps mostly take the same path, and a string equal to
 * the last one draws nothing again, where a new outcomes map per chunk re-drew the canvas and
 * handed React Flow new edges.
 */
const shownPath = (s: SimulationState): string => {
  const outcomes = shownEntry(s)?.outcomes;
  if (!outcomes || outcomes.size === 0) return '';
  const lines: string[] = [];
  for (const [id, o] of outcomes) lines.push(o === 'drop' || o === 'rejected' ? `>${id}` : id);
  return lines.sort().join('\n');
};

/**
 * Edges along the path the shown simulator step took are marked and animated; the others stay as
 * they are. While a run goes on they are marked only: a moving dash repaints the canvas in every
 * frame, and a burst's frames have the timeline and details to lay out and paint already.
 */
export function useSimulatedEdges(edges: Edge[]): Edge[] {
  // Followed in a transition: a burst's chunks re-draw the edges after the task that records one.
  const path = useSimulationView(shownPath);
  const animated = !useSimulationView(isRunning);
  return useMemo(() => {
    if (path === '') return edges;
    // Reached nodes, and whether the event went on from them (one dropped at a dependency stops
    // there); edges name their ends by node id, as the outcomes do.
    const goesOn = new Map<string, boolean>();
    for (const line of path.split('\n'))
      if (line.startsWith('>')) goesOn.set(line.slice(1), false);
      else goesOn.set(line, true);
    return edges.map((e) =>
      goesOn.get(e.source) === true && goesOn.has(e.target)
        ? { ...e, animated, className: `${e.className ?? ''} sim-path` }
        : e,
    );
  }, [edges, path, animated]);
}
