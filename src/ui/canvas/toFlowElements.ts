import { KIND_LABEL } from '../../domain/graph/kindLabels';
import type { Edge, Node } from '@xyflow/react';
import type { DesignGraph, GraphNode } from '../../domain/graph/designGraph';
import type { Diagnostic } from '../../domain/validation/diagnostic';
import type { NodeId } from '../../domain/graph/ids';
import { layoutWork, type autoLayout } from './autoLayout';
import { countDiagnosticsWork, type DiagnosticCounts } from '../../domain/graph/diagnosticOwners';
import { finish, sliceEnd, type Sliced } from '../../lib/slicedWork';
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
  const built = builtNodes;
  const nodes =
    selected === null &&
    built?.graph === graph &&
    built.diagnostics === diagnostics &&
    built.positions === positions &&
    built.collapsed === collapsed
      ? built.nodes
      : finish(flowNodesWork(graph, diagnostics, positions, selected, collapsed));
  return { nodes, edges: finish(flowEdgesWork(graph, collapsed)) };
}

/** The nodes last built with nothing selected, so a canvas that built them in slices finds them. */
let builtNodes: {
  graph: DesignGraph;
  diagnostics: readonly Diagnostic[];
  positions: Readonly<Record<string, { x: number; y: number }>>;
  collapsed: ReadonlySet<string>;
  nodes: DesignFlowNode[];
} | null = null;

function* flowNodesWork(
  graph: DesignGraph,
  diagnostics: readonly Diagnostic[],
  positions: Readonly<Record<string, { x: number; y: number }>>,
  selected: string | null,
  collapsed: ReadonlySet<string>,
): Sliced<DesignFlowNode[]> {
  const { boxes, partCount, ordered } = yield* graphFactsWork(graph);
  const counts = yield* diagnosticCountsWork(graph, diagnostics);
  const nodes: DesignFlowNode[] = [];
  for (let i = 0; i < ordered.length; i++) {
    if (sliceEnd(i)) yield;
    const n = ordered[i]!;
    const box = boxes.get(n.id);
    if (!box || shownAs(collapsed, n.id) !== n.id) continue;
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
      style: sizeOf(box.width, height),
      // Declared sizes let a fit take in nodes not drawn yet (big designs draw only what is in view).
      initialWidth: box.width,
      initialHeight: height,
      handles: handlesOf(type, box.width, height),
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
  if (selected === null) builtNodes = { graph, diagnostics, positions, collapsed, nodes };
  return nodes;
}

// Nodes of one size share their style and handles (read, never changed, by React Flow): a
// 130,000-node design made 390,000 of these objects alike, and collecting them stalled the page.
const sizes = new Map<string, { width: number; height: number }>();
const handleSets = new Map<string, ReturnType<typeof declaredHandles>>();

function sizeOf(width: number, height: number): { width: number; height: number } {
  const key = `${width}x${height}`;
  let size = sizes.get(key);
  if (!size) sizes.set(key, (size = { width, height }));
  return size;
}

function handlesOf(type: 'design' | 'sensorGroup', width: number, height: number) {
  const key = `${type} ${width}x${height}`;
  let handles = handleSets.get(key);
  if (!handles) handleSets.set(key, (handles = declaredHandles(type, width, height)));
  return handles;
}

/** A part of a collapsed EventSource or Sensor is not drawn; its edges end at its owner. */
function shownAs(collapsed: ReadonlySet<string>, id: string): string {
  if (collapsed.size === 0) return id;
  const owner = resourceNodeId(id);
  return owner && owner !== id && collapsed.has(owner) ? owner : id;
}

/**
 * The work of {@link toFlowElements} as separate steps (layout, part counts and order, problem
 * counts, edges, the nodes), each kept once done and each yielding between items: a big design's
 * canvas runs them over many short tasks before drawing, and the drawing finds them done.
 */
export function flowElementSteps(
  graph: DesignGraph,
  diagnostics: readonly Diagnostic[],
  positions: Readonly<Record<string, { x: number; y: number }>>,
  collapsed: ReadonlySet<string>,
): (() => Sliced<unknown>)[] {
  return [
    () => layoutWorkOf(graph),
    () => graphFactsWork(graph),
    () => diagnosticCountsWork(graph, diagnostics),
    () => flowEdgesWork(graph, collapsed),
    () => flowNodesWork(graph, diagnostics, positions, null, collapsed),
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

function* layoutWorkOf(graph: DesignGraph): Sliced<ReturnType<typeof autoLayout>> {
  let boxes = layouts.get(graph);
  if (!boxes) {
    boxes = yield* layoutWork(graph);
    layouts.set(graph, boxes);
  }
  return boxes;
}

function* graphFactsWork(graph: DesignGraph): Sliced<GraphFacts> {
  const known = factsOf.get(graph);
  if (known) return known;
  const boxes = yield* layoutWorkOf(graph);
  const partCount = new Map<string, number>();
  const resources: GraphNode[] = [];
  const parts: GraphNode[] = [];
  for (let i = 0; i < graph.nodes.length; i++) {
    if (sliceEnd(i)) yield;
    const n = graph.nodes[i]!;
    if (n.kind === 'event' || n.kind === 'dependency' || n.kind === 'trigger') {
      const owner = resourceNodeId(n.id);
      if (owner) partCount.set(owner, (partCount.get(owner) ?? 0) + 1);
    }
    // Events stay among the resources, as React Flow needs parents before their children.
    if (n.kind === 'dependency' || n.kind === 'trigger') parts.push(n);
    else resources.push(n);
  }
  for (let i = 0; i < parts.length; i++) {
    if (sliceEnd(i)) yield;
    resources.push(parts[i]!);
  }
  const facts: GraphFacts = { boxes, partCount, ordered: resources };
  factsOf.set(graph, facts);
  return facts;
}

const countsOf = new WeakMap<
  readonly Diagnostic[],
  { graph: DesignGraph; counts: Map<NodeId, DiagnosticCounts> }
>();

function* diagnosticCountsWork(
  graph: DesignGraph,
  diagnostics: readonly Diagnostic[],
): Sliced<Map<NodeId, DiagnosticCounts>> {
  const known = countsOf.get(diagnostics);
  if (known?.graph === graph) return known.counts;
  const counts = yield* countDiagnosticsWork(graph, diagnostics);
  countsOf.set(diagnostics, { graph, counts });
  return counts;
}

const edgesOf = new WeakMap<
  DesignGraph,
  { collapsed: ReadonlySet<string>; edges: DesignFlowEdge[] }
>();

/** The canvas edges of `graph` with `collapsed` parts folded into their owners (kept per graph). */
function* flowEdgesWork(
  graph: DesignGraph,
  collapsed: ReadonlySet<string>,
): Sliced<DesignFlowEdge[]> {
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
  for (let i = 0; i < edgeOrder.length; i++) {
    if (sliceEnd(i)) yield;
    const e = edgeOrder[i]!;
    const [from, to] = e.kind === 'bus-source' ? [e.target, e.source] : [e.source, e.target];
    const source = shownAs(collapsed, from);
    const target = shownAs(collapsed, to);
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
