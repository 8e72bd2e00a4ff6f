import { useMemo } from 'react';
import type { Edge } from '@xyflow/react';
import { useSimulation } from '../../state/useSimulation';
import { shownEntry } from '../../state/simulationStore';
import type { DesignFlowNode } from './toFlowElements';

const EMPTY = {};

/** Edges along the path the shown simulator step took are animated; the others stay as they are. */
export function useSimulatedEdges(edges: Edge[], nodes: DesignFlowNode[]): Edge[] {
  const outcomes = useSimulation((s) => shownEntry(s)?.outcomes ?? EMPTY) as Record<string, string>;
  return useMemo(() => {
    if (outcomes === EMPTY) return edges;
    const keyOf = new Map(nodes.map((n) => [n.id, n.data.simKey]));
    // An event that passed a dependency flows on to its trigger; one that was dropped stops there.
    const reached = (id: string, asTarget: boolean) => {
      const o = outcomes[keyOf.get(id) ?? ''];
      return o !== undefined && (asTarget || (o !== 'drop' && o !== 'rejected'));
    };
    return edges.map((e) =>
      reached(e.source, false) && reached(e.target, true)
        ? { ...e, animated: true, className: `${e.className ?? ''} sim-path` }
        : e,
    );
  }, [edges, nodes, outcomes]);
}
