import type { Diagnostic } from '../validation/diagnostic';
import type { DesignGraph, GraphNode } from './designGraph';
import type { NodeId } from './ids';
import { finish, sliceEnd, type Sliced } from '../../lib/slicedWork';

const RESOURCE_KIND: Record<GraphNode['kind'], string> = {
  eventBus: 'EventBus',
  eventSource: 'EventSource',
  event: 'EventSource',
  sensor: 'Sensor',
  dependency: 'Sensor',
  trigger: 'Sensor',
};

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
}

function key(
  kind: string,
  namespace: string,
  name: string,
  copy: number,
  path: readonly unknown[],
): string {
  return JSON.stringify([kind, namespace, name, copy, ...path]);
}

/**
 * Which node a diagnostic belongs to: the deepest node of its resource whose YAML path is a prefix
 * of the diagnostic's path, so an event, dependency or trigger owns what is inside it and the
 * resource node owns the rest. Null for diagnostics about no resource (a whole file).
 * Built once per graph and looked up per diagnostic in time proportional to its path length.
 */
export function diagnosticOwnerIndex(graph: DesignGraph): (d: Diagnostic) => NodeId | null {
  return finish(diagnosticOwnerIndexWork(graph));
}

function* diagnosticOwnerIndexWork(graph: DesignGraph): Sliced<(d: Diagnostic) => NodeId | null> {
  const byPath = new Map<string, NodeId>();
  // A second resource of the same name (a copy) owns what is found in its own document.
  const copyAt = new Map<string, number>();
  for (let i = 0; i < graph.nodes.length; i++) {
    if (sliceEnd(i)) yield;
    const n = graph.nodes[i]!;
    const k = key(RESOURCE_KIND[n.kind], n.namespace, n.name, n.copy ?? 1, n.origin.path);
    if (!byPath.has(k)) byPath.set(k, n.id);
    if (n.copy && n.origin.path.length === 0)
      copyAt.set(`${n.origin.fileIndex}/${n.origin.documentIndex}`, n.copy);
  }
  const fileIndex = new Map(graph.files?.map((path, i) => [path, i]) ?? []);
  return (d) => {
    if (!d.resource) return null;
    const { kind, name } = d.resource;
    const namespace = d.resource.namespace ?? '';
    const copy = copyAt.size
      ? (copyAt.get(`${fileIndex.get(d.file) ?? -1}/${d.documentIndex ?? -1}`) ?? 1)
      : 1;
    for (let len = d.path.length; len >= 0; len--) {
      const owner = byPath.get(key(kind, namespace, name, copy, d.path.slice(0, len)));
      if (owner) return owner;
    }
    return null;
  };
}

/** Errors and warnings per node, for the canvas badges. */
export function countDiagnosticsByNode(
  graph: DesignGraph,
  diagnostics: readonly Diagnostic[],
): Map<NodeId, DiagnosticCounts> {
  return finish(countDiagnosticsWork(graph, diagnostics));
}

/** {@link countDiagnosticsByNode} as work that yields between nodes and diagnostics. */
export function* countDiagnosticsWork(
  graph: DesignGraph,
  diagnostics: readonly Diagnostic[],
): Sliced<Map<NodeId, DiagnosticCounts>> {
  const ownerOf = yield* diagnosticOwnerIndexWork(graph);
  const counts = new Map<NodeId, DiagnosticCounts>();
  for (let i = 0; i < diagnostics.length; i++) {
    if (sliceEnd(i)) yield;
    const d = diagnostics[i]!;
    if (d.severity === 'info') continue;
    const owner = ownerOf(d);
    if (!owner) continue;
    const c = counts.get(owner) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'error') c.errors++;
    else c.warnings++;
    counts.set(owner, c);
  }
  return counts;
}
