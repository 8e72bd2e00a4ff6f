import { setOwn } from '../../lib/setOwn';
import { isJsonObject, readObject, type JsonObject } from '../manifest/jsonValue';
import type { DesignGraph, GraphNode, ResourceNode } from './designGraph';

/** A resource rebuilt from the graph, addressed by the document it came from. */
export interface RebuiltManifest {
  fileIndex: number;
  documentIndex: number;
  value: Record<string, unknown>;
}

/**
 * Inverse of `manifestsToGraph`: rebuilds every resource's manifest from its node and child nodes,
 * in node order. Pure; returns new objects and never mutates the graph.
 */
export function graphToManifests(graph: DesignGraph): RebuiltManifest[] {
  const children = new Map<string, GraphNode[]>();
  for (const n of graph.nodes) {
    if (n.kind === 'eventBus' || n.kind === 'eventSource' || n.kind === 'sensor') continue;
    const owner = ownerKey(n);
    children.set(owner, [...(children.get(owner) ?? []), n]);
  }
  const out: RebuiltManifest[] = [];
  for (const n of graph.nodes) {
    if (n.kind !== 'eventBus' && n.kind !== 'eventSource' && n.kind !== 'sensor') continue;
    out.push({
      fileIndex: n.origin.fileIndex,
      documentIndex: n.origin.documentIndex,
      value: rebuild(n, children.get(ownerKey(n)) ?? []),
    });
  }
  return out;
}

function ownerKey(n: GraphNode): string {
  const kind =
    n.kind === 'event'
      ? 'eventSource'
      : n.kind === 'dependency' || n.kind === 'trigger'
        ? 'sensor'
        : n.kind;
  return `${kind}|${n.origin.fileIndex}|${n.origin.documentIndex}`;
}

function rebuild(owner: ResourceNode, parts: GraphNode[]): Record<string, unknown> {
  const manifest = owner.manifest;
  const spec = readObject(manifest, 'spec');
  if (owner.kind === 'eventSource' && spec && owner.types.length > 0) {
    const next: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(spec)) setOwn(next, k, owner.types.includes(k) ? {} : v);
    for (const p of parts) {
      if (p.kind !== 'event') continue;
      const existing = Object.hasOwn(next, p.sourceType) ? next[p.sourceType] : undefined;
      const events: JsonObject = isJsonObject(existing) ? existing : {};
      if (events !== existing) setOwn(next, p.sourceType, events);
      setOwn(events, p.eventName, p.config);
    }
    return { ...manifest, spec: next };
  }
  if (owner.kind === 'sensor' && spec) {
    const next: Record<string, unknown> = { ...spec };
    // An empty list is the placeholder left by manifestsToGraph; a malformed list was kept as written.
    if (isEmptyList(spec.dependencies))
      next.dependencies = parts.flatMap((p) => (p.kind === 'dependency' ? [p.value] : []));
    if (isEmptyList(spec.triggers))
      next.triggers = parts.flatMap((p) => (p.kind === 'trigger' ? [p.value] : []));
    return { ...manifest, spec: next };
  }
  return manifest;
}

function isEmptyList(v: unknown): boolean {
  return Array.isArray(v) && v.length === 0;
}
