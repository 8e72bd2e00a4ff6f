import { KIND_LABEL } from '../../domain/graph/kindLabels';
import type { Edge, Node } from '@xyflow/react';
import type { DesignGraph, GraphNode } from '../../domain/graph/designGraph';
import type { Diagnostic } from '../../domain/validation/diagnostic';
import type { NodeId } from '../../domain/graph/ids';
import { autoLayout } from './autoLayout';
import { countDiagnosticsByNode } from '../../domain/graph/diagnosticOwners';

const NO_PROBLEMS = { errors: 0, warnings: 0 } as const;

/** What a node component needs to draw itself: display hints only, no specs, no callbacks. */
export interface DesignNodeData extends Record<string, unknown> {
  kind: GraphNode['kind'];
  label: string;
  /** Second line: the source type, trigger type, bus kind or event route. */
  detail: string;
  errors: number;
  warnings: number;
  /** The node's id when events pass through it (its key in simulator outcomes), else null. */
  simKey: NodeId | null;
}

export type DesignFlowNode = Node<DesignNodeData>;

/**
 * Maps the domain graph to React Flow nodes and edges. The only module that knows both. Edges are
 * drawn the way events travel: source → bus → sensor, event → dependency → trigger.
 */
export function toFlowElements(
  graph: DesignGraph,
  diagnostics: readonly Diagnostic[],
  positions: Readonly<Record<string, { x: number; y: number }>> = {},
  selected: string | null = null,
): { nodes: DesignFlowNode[]; edges: Edge[] } {
  const boxes = autoLayout(graph);
  const counts = countDiagnosticsByNode(graph, diagnostics);
  const nodes: DesignFlowNode[] = [];
  // Parents must come before their children in React Flow's node list.
  const ordered = [
    ...graph.nodes.filter((n) => n.kind !== 'dependency' && n.kind !== 'trigger'),
    ...graph.nodes.filter((n) => n.kind === 'dependency' || n.kind === 'trigger'),
  ];
  for (const n of ordered) {
    const box = boxes.get(n.id);
    if (!box) continue;
    const placed = box.parentId ? undefined : positions[n.id];
    nodes.push({
      id: n.id,
      type: n.kind === 'sensor' ? 'sensorGroup' : 'design',
      // Where the user put a node wins over the automatic layout (children stay inside their Sensor).
      position: placed ? { x: placed.x, y: placed.y } : { x: box.x, y: box.y },
      selected: n.id === selected,
      ...(box.parentId ? { parentId: box.parentId, extent: 'parent' as const } : {}),
      style: { width: box.width, height: box.height },
      // The focusable wrapper carries the name, so Tab, Enter and screen readers meet the same element.
      ariaLabel: `${KIND_LABEL[n.kind]} ${n.label || '(unnamed)'}`,
      data: {
        kind: n.kind,
        label: n.label || '(unnamed)',
        detail: detailOf(n),
        simKey: simKeyOf(n),
        ...(counts.get(n.id) ?? NO_PROBLEMS),
      },
    });
  }
  const edges: Edge[] = graph.edges
    .filter((e) => e.kind !== 'source-event')
    .map((e) => {
      const [source, target] =
        e.kind === 'bus-source' ? [e.target, e.source] : [e.source, e.target];
      return { id: e.id, source, target, className: `edge-${e.kind}`, animated: false };
    });
  for (const e of graph.edges.filter((x) => x.kind === 'source-event')) {
    edges.push({ id: e.id, source: e.source, target: e.target, className: 'edge-source-event' });
  }
  return { nodes, edges };
}

function detailOf(n: GraphNode): string {
  switch (n.kind) {
    case 'eventBus':
      return n.types.join(', ') || 'no bus kind';
    case 'eventSource':
      return n.types.join(', ') || 'no events';
    case 'event':
      return n.sourceType;
    case 'sensor':
      return n.eventBusName === 'default' ? 'Sensor' : `Sensor on ${n.eventBusName ?? ''}`;
    case 'dependency': {
      const f = n.value.filters as Record<string, unknown> | undefined;
      const count = f
        ? (Array.isArray(f.data) ? f.data.length : 0) +
          (Array.isArray(f.exprs) ? f.exprs.length : 0) +
          (f.context ? 1 : 0) +
          (f.time ? 1 : 0) +
          (f.script ? 1 : 0)
        : 0;
      return `${n.eventSourceName}/${n.eventName}${count ? ` · ${count} filter${count > 1 ? 's' : ''}` : ''}`;
    }
    case 'trigger':
      return n.triggerType ?? 'no type';
  }
}

function simKeyOf(n: GraphNode): NodeId | null {
  return n.kind === 'event' || n.kind === 'dependency' || n.kind === 'trigger' ? n.id : null;
}
