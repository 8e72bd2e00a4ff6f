import { setOwn } from '../../lib/setOwn';
import { listManifests, type ManifestEntry, type ParsedDesignFile } from '../design/design';
import { conditionKey, readConditions } from '../sensor/conditionNames';
import { isJsonObject, readObject } from '../manifest/jsonValue';
import type {
  DependencyNode,
  DesignGraph,
  EventNode,
  GraphEdge,
  GraphNode,
  ResourceNode,
  TriggerNode,
} from './designGraph';
import { edgeId, eventKey, nodeId, type EdgeKind, type NodeId } from './ids';
import {
  effectiveEventBusName,
  eventBusKinds,
  eventSourceTypes,
  objectList,
  specOf,
  str,
  triggerTypeOf,
} from './resourceParts';

const RESOURCE_NODE_KIND = {
  EventBus: 'eventBus',
  EventSource: 'eventSource',
  Sensor: 'sensor',
} as const;

/**
 * Builds the design graph from the Argo Events resources of a design. Pure and total: malformed
 * parts produce no nodes but stay inside their resource node's manifest, so nothing is lost.
 * Resource nodes hold the manifest minus what became child nodes; `graphToManifests` is the inverse.
 */
export function manifestsToGraph(files: readonly ParsedDesignFile[]): DesignGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const entries = listManifests(files);
  // The same kind, namespace and name twice (two files, say) is a conflict the cluster settles by
  // keeping one; both are drawn, the later ones marked as copies, so no id is shared.
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const k = JSON.stringify([entry.kind, entry.namespace ?? '', entry.name]);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    const copy = n > 1 ? n : undefined;
    if (entry.kind === 'EventSource') addEventSource(entry, nodes, copy);
    else if (entry.kind === 'Sensor') addSensor(entry, nodes, copy);
    else nodes.push(resourceNode(entry, entry.value, eventBusKinds(entry.value), null, copy));
  }
  connect(nodes, edges);
  return { nodes, edges, files: files.map((f) => f.path) };
}

function resourceNode(
  entry: ManifestEntry,
  manifest: Record<string, unknown>,
  types: string[],
  bus: string | null,
  copy: number | undefined,
): ResourceNode {
  const kind = RESOURCE_NODE_KIND[entry.kind];
  const namespace = entry.namespace ?? '';
  return {
    id: nodeId({ kind, namespace, name: entry.name, copy }),
    ...(copy ? { copy } : {}),
    kind,
    namespace,
    name: entry.name,
    label: entry.name,
    origin: { fileIndex: entry.fileIndex, documentIndex: entry.documentIndex, path: [] },
    resourceKind: entry.kind,
    manifest,
    types,
    eventBusName: bus,
  };
}

function addEventSource(entry: ManifestEntry, nodes: GraphNode[], copy?: number): void {
  const types = eventSourceTypes(entry.value);
  const spec = specOf(entry.value) ?? {};
  const stripped: Record<string, unknown> = { ...spec };
  for (const t of types) setOwn(stripped, t, {});
  const manifest = { ...entry.value, spec: stripped };
  const owner = resourceNode(
    entry,
    types.length ? manifest : entry.value,
    types,
    effectiveEventBusName(entry.value),
    copy,
  );
  nodes.push(owner);
  for (const type of types) {
    for (const [eventName, config] of Object.entries(readObject(spec, type) ?? {})) {
      const node: EventNode = {
        id: nodeId({
          kind: 'event',
          namespace: owner.namespace,
          name: entry.name,
          key: eventKey(type, eventName),
          copy,
        }),
        ...(copy ? { copy } : {}),
        kind: 'event',
        namespace: owner.namespace,
        name: entry.name,
        label: eventName,
        origin: {
          fileIndex: entry.fileIndex,
          documentIndex: entry.documentIndex,
          path: ['spec', type, eventName],
        },
        sourceType: type,
        eventName,
        config,
      };
      nodes.push(node);
    }
  }
}

function addSensor(entry: ManifestEntry, nodes: GraphNode[], copy?: number): void {
  const deps = objectList(entry.value, 'dependencies');
  const triggers = objectList(entry.value, 'triggers');
  const spec = specOf(entry.value);
  let manifest = entry.value;
  if (spec && (deps || triggers)) {
    manifest = {
      ...entry.value,
      spec: {
        ...spec,
        ...(deps ? { dependencies: [] } : {}),
        ...(triggers ? { triggers: [] } : {}),
      },
    };
  }
  const owner = resourceNode(entry, manifest, [], effectiveEventBusName(entry.value), copy);
  nodes.push(owner);
  const depKeys = new Set<string>();
  const triggerKeys = new Set<string>();
  const origin = (path: (string | number)[]) => ({
    fileIndex: entry.fileIndex,
    documentIndex: entry.documentIndex,
    path,
  });
  deps?.forEach((dep, i) => {
    const node: DependencyNode = {
      id: nodeId({
        kind: 'dependency',
        namespace: owner.namespace,
        name: entry.name,
        key: uniqueKey(depKeys, str(dep.name)),
        copy,
      }),
      ...(copy ? { copy } : {}),
      kind: 'dependency',
      namespace: owner.namespace,
      name: entry.name,
      label: str(dep.name),
      origin: origin(['spec', 'dependencies', i]),
      dependencyName: str(dep.name),
      eventSourceName: str(dep.eventSourceName),
      eventName: str(dep.eventName),
      value: dep,
    };
    nodes.push(node);
  });
  triggers?.forEach((trigger, i) => {
    const template = isJsonObject(trigger.template) ? trigger.template : {};
    const node: TriggerNode = {
      id: nodeId({
        kind: 'trigger',
        namespace: owner.namespace,
        name: entry.name,
        key: uniqueKey(triggerKeys, str(template.name)),
        copy,
      }),
      ...(copy ? { copy } : {}),
      kind: 'trigger',
      namespace: owner.namespace,
      name: entry.name,
      label: str(template.name),
      origin: origin(['spec', 'triggers', i]),
      triggerName: str(template.name),
      triggerType: triggerTypeOf(trigger),
      value: trigger,
    };
    nodes.push(node);
  });
}

function connect(nodes: GraphNode[], edges: GraphEdge[]): void {
  const add = (kind: EdgeKind, source: NodeId, target: NodeId) =>
    edges.push({ id: edgeId(kind, source, target), kind, source, target });
  const buses = new Map<string, NodeId>();
  const events = new Map<string, NodeId[]>();
  for (const n of nodes) {
    if (n.kind === 'eventBus') buses.set(`${n.namespace}/${n.name}`, n.id);
    if (n.kind === 'event') {
      const k = `${n.namespace}/${n.name}/${n.eventName}`;
      events.set(k, [...(events.get(k) ?? []), n.id]);
    }
  }
  for (const n of nodes) {
    if ((n.kind === 'eventSource' || n.kind === 'sensor') && n.eventBusName !== null) {
      const bus = buses.get(`${n.namespace}/${n.eventBusName}`);
      if (bus) add(n.kind === 'eventSource' ? 'bus-source' : 'bus-sensor', bus, n.id);
    }
    if (n.kind === 'event')
      add(
        'source-event',
        nodeId({ kind: 'eventSource', namespace: n.namespace, name: n.name, copy: n.copy }),
        n.id,
      );
    if (n.kind === 'dependency') {
      for (const ev of events.get(`${n.namespace}/${n.eventSourceName}/${n.eventName}`) ?? [])
        add('event-dependency', ev, n.id);
    }
  }
  const depsBySensor = new Map<string, { key: string; id: NodeId }[]>();
  for (const n of nodes) {
    if (n.kind !== 'dependency') continue;
    const k = `${n.namespace}/${n.name};${n.copy ?? 1}`;
    depsBySensor.set(k, [
      ...(depsBySensor.get(k) ?? []),
      { key: conditionKey(n.dependencyName), id: n.id },
    ]);
  }
  for (const n of nodes) {
    if (n.kind !== 'trigger') continue;
    const deps = depsBySensor.get(`${n.namespace}/${n.name};${n.copy ?? 1}`) ?? [];
    for (const id of feedingDependencies(n, deps)) add('dependency-trigger', id, n.id);
  }
}

/** Dependencies a trigger subscribes to: those named in `conditions`, or all of them (§3.1). */
function feedingDependencies(trigger: TriggerNode, deps: { key: string; id: NodeId }[]): NodeId[] {
  const template = isJsonObject(trigger.value.template) ? trigger.value.template : {};
  const conditions = template.conditions;
  if (typeof conditions !== 'string' || conditions.trim() === '') return deps.map((d) => d.id);
  const reading = readConditions(conditions);
  if (!reading.ok) return [];
  const out: NodeId[] = [];
  for (const name of reading.names) {
    // With `a-b` and `a_b` both declared, the one listed later owns the key (SEMANTICS §3.1).
    const match = deps.filter((d) => d.key === conditionKey(name)).pop();
    if (match) out.push(match.id);
  }
  return out;
}

/** Names are unique in valid sensors; duplicates still get distinct ids (`name~2`) so nothing collides. */
function uniqueKey(taken: Set<string>, name: string): string {
  let key = name;
  for (let n = 2; taken.has(key); n++) key = `${name}~${n}`;
  taken.add(key);
  return key;
}
