import { KIND_LABEL } from '../../domain/graph/kindLabels';
import type { Edge, Node } from '@xyflow/react';
import type { DesignGraph, GraphNode } from '../../domain/graph/designGraph';
import type { Diagnostic } from '../../domain/validation/diagnostic';
import type { NodeId } from '../../domain/graph/ids';
import { autoLayout } from './autoLayout';
import { countDiagnosticsByNode } from '../../domain/graph/diagnosticOwners';
import { resourceNodeId } from '../../domain/graph/ids';
import { edgeName, nodesById } from './edgeNames';
import { declaredHandles } from './declaredHandles';

/** Height of a collapsed Sensor: its header only. */
const COLLAPSED_SENSOR_HEIGHT = 56;

const NO_PROBLEMS = { errors: 0, warnings: 0 } as const;

/** What a node component needs to draw itself: display hints only, no specs, no callbacks. */
interface DesignNodeData extends Record<string, unknown> {
  kind: GraphNode['kind'];
  label: string;
  /** Second line: the source type, trigger type, bus kind or event route. */
  detail: string;
  errors: number;
  warnings: number;
  /** The node's id when events pass through it (its key in simulator outcomes), else null. */
  simKey: NodeId | null;
  /** EventSources and Sensors with parts: how many, and whether they are hidden (collapsed). */
  parts?: number;
  collapsed?: boolean;
}

/** What a canvas edge carries: its name in words (accessible name and tooltip). */
interface DesignEdgeData extends Record<string, unknown> {
  name: string;
}

export type DesignFlowEdge = Edge<DesignEdgeData>;

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
  collapsed: ReadonlySet<string> = new Set(),
): { nodes: DesignFlowNode[]; edges: DesignFlowEdge[] } {
  const { boxes, partCount, ordered } = graphFacts(graph);
  const counts = diagnosticCounts(graph, diagnostics);
  const nodes: DesignFlowNode[] = [];
  // A part of a collapsed EventSource or Sensor is not drawn; its edges end at its owner.
  const shownAs = (id: string): string => {
    if (collapsed.size === 0) return id;
    const owner = resourceNodeId(id);
    return owner && owner !== id && collapsed.has(owner) ? owner : id;
  };
  for (const n of ordered) {
    const box = boxes.get(n.id);
    if (!box || shownAs(n.id) !== n.id) continue;
    const parts = partCount.get(n.id) ?? 0;
    const folded = parts > 0 && collapsed.has(n.id);
    const height = folded && n.kind === 'sensor' ? COLLAPSED_SENSOR_HEIGHT : box.height;
    const placed = box.parentId ? undefined : positions[n.id];
    const type = n.kind === 'sensor' ? 'sensorGroup' : 'design';
    nodes.push({
      id: n.id,
      type,
      // Where the user put a node wins over the automatic layout (children stay inside their Sensor).
      position: placed ? { x: placed.x, y: placed.y } : { x: box.x, y: box.y },
      selected: n.id === selected,
      ...(box.parentId ? { parentId: box.parentId, extent: 'parent' as const } : {}),
      style: { width: box.width, height },
      // Declared sizes let a fit take in nodes not drawn yet (big designs draw only what is in view).
      initialWidth: box.width,
      initialHeight: height,
      handles: declaredHandles(type, box.width, height),
      // The focusable wrapper carries the name, so Tab, Enter and screen readers meet the same element.
      // A second resource of the same name (or a part of it) says so: the cluster keeps one.
      ariaLabel: `${KIND_LABEL[n.kind]} ${n.label || '(unnamed)'}${n.copy ? ` (copy ${n.copy})` : ''}`,
      data: {
        kind: n.kind,
        label: n.label || '(unnamed)',
        detail: n.copy ? `copy ${n.copy} · ${detailOf(n)}` : detailOf(n),
        simKey: simKeyOf(n),
        ...(counts.get(n.id) ?? NO_PROBLEMS),
        ...(n.kind === 'eventSource' || n.kind === 'sensor' ? { parts, collapsed: folded } : {}),
      },
    });
  }
  return { nodes, edges: flowEdges(graph, collapsed, shownAs) };
}

/**
 * The whole-graph work of {@link toFlowElements} as separate steps (layout, part counts and order,
 * problem counts, edges), each kept per graph: a big design's canvas runs them in tasks of their
 * own before drawing, so no one task does them all.
 */
export function flowElementSteps(
  graph: DesignGraph,
  diagnostics: readonly Diagnostic[],
  collapsed: ReadonlySet<string>,
): (() => void)[] {
  return [
    () => void layoutOf(graph),
    () => void graphFacts(graph),
    () => void diagnosticCounts(graph, diagnostics),
    // With parts folded, the edges are worked out as the canvas is drawn.
    ...(collapsed.size === 0 ? [() => void flowEdges(graph, collapsed, (id) => id)] : []),
  ];
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

/** What a derive needs of the graph alone, worked out once per graph (a selection or move reuses it). */
interface GraphFacts {
  boxes: ReturnType<typeof autoLayout>;
  partCount: Map<string, number>;
  /** Parents before their children, as React Flow's node list needs them. */
  ordered: GraphNode[];
}

const factsOf = new WeakMap<DesignGraph, GraphFacts>();
const layouts = new WeakMap<DesignGraph, ReturnType<typeof autoLayout>>();

function layoutOf(graph: DesignGraph): ReturnType<typeof autoLayout> {
  let boxes = layouts.get(graph);
  if (!boxes) {
    boxes = autoLayout(graph);
    layouts.set(graph, boxes);
  }
  return boxes;
}

function graphFacts(graph: DesignGraph): GraphFacts {
  const known = factsOf.get(graph);
  if (known) return known;
  const partCount = new Map<string, number>();
  for (const n of graph.nodes)
    if (n.kind === 'event' || n.kind === 'dependency' || n.kind === 'trigger') {
      const owner = resourceNodeId(n.id);
      if (owner) partCount.set(owner, (partCount.get(owner) ?? 0) + 1);
    }
  const facts: GraphFacts = {
    boxes: layoutOf(graph),
    partCount,
    ordered: [
      ...graph.nodes.filter((n) => n.kind !== 'dependency' && n.kind !== 'trigger'),
      ...graph.nodes.filter((n) => n.kind === 'dependency' || n.kind === 'trigger'),
    ],
  };
  factsOf.set(graph, facts);
  return facts;
}

const countsOf = new WeakMap<
  readonly Diagnostic[],
  { graph: DesignGraph; counts: ReturnType<typeof countDiagnosticsByNode> }
>();

function diagnosticCounts(graph: DesignGraph, diagnostics: readonly Diagnostic[]) {
  const known = countsOf.get(diagnostics);
  if (known?.graph === graph) return known.counts;
  const counts = countDiagnosticsByNode(graph, diagnostics);
  countsOf.set(diagnostics, { graph, counts });
  return counts;
}

const edgesOf = new WeakMap<
  DesignGraph,
  { collapsed: ReadonlySet<string>; edges: DesignFlowEdge[] }
>();

/** The canvas edges of `graph` with `collapsed` parts folded into their owners (kept per graph). */
function flowEdges(
  graph: DesignGraph,
  collapsed: ReadonlySet<string>,
  shownAs: (id: string) => string,
): DesignFlowEdge[] {
  const known = edgesOf.get(graph);
  if (known?.collapsed === collapsed) return known.edges;
  const byId = nodesById(graph);
  const edges: DesignFlowEdge[] = [];
  const seen = new Set<string>();
  // Source → event edges go last, as before (they are drawn under the others).
  const edgeOrder = [
    ...graph.edges.filter((x) => x.kind !== 'source-event'),
    ...graph.edges.filter((x) => x.kind === 'source-event'),
  ];
  for (const e of edgeOrder) {
    const [from, to] = e.kind === 'bus-source' ? [e.target, e.source] : [e.source, e.target];
    const source = shownAs(from);
    const target = shownAs(to);
    if (source === target) continue;
    const folded = source !== from || target !== to;
    const id = folded ? `${e.kind}|${source}|${target}` : e.id;
    if (seen.has(id)) continue;
    seen.add(id);
    const name = edgeName(e, byId);
    edges.push({
      id,
      source,
      target,
      type: 'named',
      className: `edge-${e.kind}`,
      ariaLabel: name,
      data: { name },
      ...(e.kind === 'source-event' ? {} : { animated: false }),
    });
  }
  edgesOf.set(graph, { collapsed, edges });
  return edges;
}
