import type { ArgoKind } from '../design/design';
import type { EdgeId, EdgeKind, NodeId, NodeKind } from './ids';

/** Where a node's data comes from: a document of a design file and a path inside it. */
interface NodeOrigin {
  fileIndex: number;
  documentIndex: number;
  path: (string | number)[];
}

interface NodeBase {
  id: NodeId;
  kind: NodeKind;
  namespace: string;
  /** Name of the owning resource. */
  name: string;
  /** What the canvas shows. */
  label: string;
  origin: NodeOrigin;
  /** 2, 3… when an earlier resource of the design has this kind, namespace and name (see `ids`). */
  copy?: number;
}

/**
 * Resource nodes carry the manifest minus the parts that became their own nodes, so
 * `graphToManifests` can rebuild every field, known or not, in its original key order.
 */
export interface ResourceNode extends NodeBase {
  kind: 'eventBus' | 'eventSource' | 'sensor';
  resourceKind: ArgoKind;
  /** The manifest value; for EventSources without the `spec.<type>` event maps' entries, for Sensors without dependencies/triggers items. */
  manifest: Record<string, unknown>;
  /** EventBus kind (`jetstream`, `nats`, `kafka`); EventSource types in spec order; unused for sensors. */
  types: string[];
  /** Effective `spec.eventBusName` (default `default`); null for EventBuses. */
  eventBusName: string | null;
}

export interface EventNode extends NodeBase {
  kind: 'event';
  sourceType: string;
  eventName: string;
  /** The event's configuration (the value under `spec.<type>.<eventName>`). */
  config: unknown;
}

export interface DependencyNode extends NodeBase {
  kind: 'dependency';
  dependencyName: string;
  eventSourceName: string;
  eventName: string;
  /** The dependency object as written. */
  value: Record<string, unknown>;
}

export interface TriggerNode extends NodeBase {
  kind: 'trigger';
  triggerName: string;
  /** The `template.<key>` trigger type, e.g. `argoWorkflow`; null when none is set. */
  triggerType: string | null;
  /** The trigger object as written (template, parameters, policy…). */
  value: Record<string, unknown>;
}

export type GraphNode = ResourceNode | EventNode | DependencyNode | TriggerNode;

export interface GraphEdge {
  id: EdgeId;
  kind: EdgeKind;
  source: NodeId;
  target: NodeId;
}

export interface DesignGraph {
  nodes: GraphNode[];
  /** The design's file paths, by `origin.fileIndex` (to tell same-named resources' findings apart). */
  files?: readonly string[];
  edges: GraphEdge[];
}
