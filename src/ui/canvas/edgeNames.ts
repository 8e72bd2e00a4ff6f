import type { DesignGraph, GraphEdge, GraphNode } from '../../domain/graph/designGraph';

/**
 * What a canvas edge means, in words a person reads (its accessible name and tooltip), e.g.
 * `dependency build: webhook/build → build-sensor`. Internal ids never show.
 */
export function edgeName(edge: GraphEdge, byId: ReadonlyMap<string, GraphNode>): string {
  const a = byId.get(edge.source);
  const b = byId.get(edge.target);
  const label = (n: GraphNode | undefined) => n?.label || '(unnamed)';
  switch (edge.kind) {
    case 'event-dependency':
      return b?.kind === 'dependency'
        ? `dependency ${label(b)}: ${b.eventSourceName}/${b.eventName} → ${b.name}`
        : `dependency ${label(b)}`;
    case 'dependency-trigger':
      return `trigger ${label(b)} in ${b?.name ?? ''}: uses dependency ${label(a)}`;
    case 'bus-source':
      return `event bus ${label(a)}: EventSource ${label(b)} publishes to it`;
    case 'bus-sensor':
      return `event bus ${label(a)}: Sensor ${label(b)} listens on it`;
    case 'source-event':
      return `event ${label(b)} of EventSource ${label(a)}`;
    case 'sensor-dependency':
      return `dependency ${label(b)} of Sensor ${label(a)}`;
    case 'sensor-trigger':
      return `trigger ${label(b)} of Sensor ${label(a)}`;
  }
}

/** Node lookup for `edgeName`, built once per graph. */
export function nodesById(graph: DesignGraph): Map<string, GraphNode> {
  return new Map(graph.nodes.map((n) => [n.id, n]));
}
