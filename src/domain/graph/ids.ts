/**
 * Typed, reversible node ids: `kind:namespace/name` plus `#key` for parts of a resource
 * (an event of an EventSource, a dependency or trigger of a Sensor). Every part is URI-encoded,
 * so any Kubernetes name or YAML key survives the round trip through `parseNodeId`. A second
 * resource of the same kind, namespace and name (in another file, say) is `…/name;2`: `;` is
 * always encoded inside a part, so the marker cannot be mistaken for a name.
 */
export type NodeKind = 'eventBus' | 'eventSource' | 'event' | 'sensor' | 'dependency' | 'trigger';

const NODE_KINDS: readonly NodeKind[] = [
  'eventBus',
  'eventSource',
  'event',
  'sensor',
  'dependency',
  'trigger',
];

export type NodeId = string & { readonly __brand: 'NodeId' };
export type EdgeId = string & { readonly __brand: 'EdgeId' };

export interface NodeIdParts {
  kind: NodeKind;
  /** Namespace of the owning resource; '' when the manifest does not set one. */
  namespace: string;
  /** Name of the owning resource (EventBus, EventSource or Sensor). */
  name: string;
  /** For `event`: `<sourceType>/<eventName>`; for `dependency` and `trigger`: their name. */
  key?: string;
  /**
   * 2, 3… for the second, third… resource with this kind, namespace and name in the design (a
   * conflict: the cluster keeps one of them), and for its parts; absent for the first.
   */
  copy?: number;
}

export function nodeId(parts: NodeIdParts): NodeId {
  // The one place a NodeId is made: the brand says the text came from here.
  const copy = parts.copy !== undefined && parts.copy > 1 ? `;${parts.copy}` : '';
  const base = `${parts.kind}:${encodeURIComponent(parts.namespace)}/${encodeURIComponent(parts.name)}${copy}`;
  return branded(parts.key === undefined ? base : `${base}#${encodeURIComponent(parts.key)}`);
}

/** Text made by `nodeId` (or its exact shortcut in `resourceNodeId`) as a NodeId. */
function branded(text: string): NodeId {
  return text as NodeId;
}

function isNodeKind(s: string | undefined): s is NodeKind {
  return NODE_KINDS.some((k) => k === s);
}

/** Inverse of `nodeId`; null for strings that are not node ids. */
export function parseNodeId(id: string): NodeIdParts | null {
  const m = /^([A-Za-z]+):([^/#;]*)\/([^/#;]*)(?:;([2-9]|[1-9]\d+))?(?:#([^#]*))?$/.exec(id);
  const kind = m?.[1];
  if (!m || !isNodeKind(kind)) return null;
  try {
    const parts: NodeIdParts = {
      kind,
      namespace: decodeURIComponent(m[2] ?? ''),
      name: decodeURIComponent(m[3] ?? ''),
    };
    if (m[5] !== undefined) parts.key = decodeURIComponent(m[5]);
    if (m[4] !== undefined) parts.copy = Number(m[4]);
    return parts;
  } catch {
    return null;
  }
}

/**
 * A node id whose namespace and name hold only characters `encodeURIComponent` keeps, and whose
 * key (if any) holds no escape: decoding then encoding gives back the same text.
 */
const PLAIN_ID =
  /^(eventBus|eventSource|event|sensor|dependency|trigger):([\w.!~*'()-]*\/[\w.!~*'()-]*(?:;(?:[2-9]|[1-9]\d+))?)(?:#[^#%]*)?$/;

/** The node of the resource a node belongs to: an event's EventSource, a part's Sensor, else itself. */
export function resourceNodeId(id: string): NodeId | null {
  // Names that encoding leaves as they are (every Kubernetes name): the owner's id is the
  // prefix, re-kinded, with no decoding and encoding (130,000 of them in a 10 MiB file).
  const plain = PLAIN_ID.exec(id);
  if (plain) {
    const kind = plain[1]!;
    const owner =
      kind === 'event'
        ? 'eventSource'
        : kind === 'dependency' || kind === 'trigger'
          ? 'sensor'
          : kind;
    return branded(`${owner}:${plain[2]!}`);
  }
  const n = parseNodeId(id);
  if (!n) return null;
  const kind =
    n.kind === 'event'
      ? 'eventSource'
      : n.kind === 'dependency' || n.kind === 'trigger'
        ? 'sensor'
        : n.kind;
  return nodeId({
    kind,
    namespace: n.namespace,
    name: n.name,
    ...(n.copy ? { copy: n.copy } : {}),
  });
}

export type EdgeKind =
  | 'bus-source'
  | 'bus-sensor'
  | 'event-dependency'
  | 'dependency-trigger'
  | 'source-event'
  | 'sensor-dependency'
  | 'sensor-trigger';

export function edgeId(kind: EdgeKind, source: NodeId, target: NodeId): EdgeId {
  // The one place an EdgeId is made: the brand says the text came from here.
  return `${kind}|${source}|${target}` as EdgeId;
}

/** The key of an event node: the EventSource type key and the event name. */
export function eventKey(sourceType: string, eventName: string): string {
  return `${sourceType}/${eventName}`;
}

export function splitEventKey(key: string): { sourceType: string; eventName: string } {
  const i = key.indexOf('/');
  return { sourceType: key.slice(0, i), eventName: key.slice(i + 1) };
}
