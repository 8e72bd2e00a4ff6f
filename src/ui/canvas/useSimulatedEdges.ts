import { useMemo } from 'react';
import type { Edge } from '@xyflow/react';
import { useSimulationView } from '../../state/useSimulation';
import { shownEntry, type SimulationState } from '../../state/simulationStore';
import type { NodeId } from '../../domain/graph/ids';
import type { NodeOutcome } from '../../engine/simulate/outcomes';

const EMPTY: ReadonlyMap<NodeId, NodeOutcome> = new Map();
const shownOutcomes = (s: SimulationState) => shownEntry(s)?.outcomes ?? EMPTY;

const selectRunning = (s: SimulationState) => s.running;

/**
 * Edges along the path the shown simulator step took are marked and animated; the others stay as
 * they are. While a run goes on they are marked only: a moving dash repaints the canvas in every
 * frame, and a burst's frames have the timeline and details to lay out and paint already.
 */
export function useSimulatedEdges(edges: Edge[]): Edge[] {
  // Followed in a transition: a burst's chunks re-draw the edges after the task that records one.
  const outcomes = useSimulationView(shownOutcomes);
  const animated = !useSimulationView(selectRunning);
  return useMemo(() => {
    if (outcomes === EMPTY) return edges;
    // Outcomes are keyed by node id, and edges name their ends by node id.
    const byId: ReadonlyMap<string, NodeOutcome> = outcomes;
    // An event that passed a dependency flows on to its trigger; one that was dropped stops there.
    const reached = (id: string, asTarget: boolean) => {
      const o = byId.get(id);
      return o !== undefined && (asTarget || (o !== 'drop' && o !== 'rejected'));
    };
    return edges.map((e) =>
      reached(e.source, false) && reached(e.target, true)
        ? { ...e, animated, className: `${e.className ?? ''} sim-path` }
        : e,
    );
  }, [edges, outcomes, animated]);
}
