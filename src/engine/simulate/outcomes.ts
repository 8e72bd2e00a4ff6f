import { eventKey, nodeId, type NodeId } from '../../domain/graph/ids';
import { eventSourceTypes, specOf, str } from '../../domain/graph/resourceParts';
import { isPlainObject } from '../../lib/deepEqual';
import type { TraceEvent } from '../trace';
import type { SimDesign, SimManifest } from './simDesign';

/** What happened at one node of the design during one simulator input. */
export type NodeOutcome = 'received' | 'rejected' | 'pass' | 'drop' | 'held' | 'fire' | 'fail';

/** Where the resources of a design live, to turn the trace's names into node ids. */
interface ResourceIndex {
  namespaceOf(kind: 'EventSource' | 'Sensor', name: string): string;
  /** The type key (`webhook`, `github`…) of an EventSource's event, '' when the design has none. */
  eventTypeOf(source: string, event: string): string;
}

/** The design a trace ran on: its manifests, or the compiled design the worker holds. */
export type TraceDesign = readonly SimManifest[] | Pick<SimDesign, 'sources' | 'sensors'>;

function indexResources(design: TraceDesign): ResourceIndex {
  const namespaces = new Map<string, string>();
  const types = new Map<string, string>();
  // The engine holds one resource per kind and name, the first of the design.
  const resource = (kind: 'EventSource' | 'Sensor', name: string, namespace: string) => {
    const key = `${kind}\u0000${name}`;
    if (!namespaces.has(key)) namespaces.set(key, namespace);
  };
  const event = (source: string, name: string, type: string) => {
    const key = `${source}\u0000${name}`;
    if (!types.has(key)) types.set(key, type);
  };
  if ('sources' in design) {
    for (const s of design.sources) {
      resource('EventSource', s.name, s.namespace);
      for (const e of s.events) event(s.name, e.name, e.sourceType);
    }
    for (const s of design.sensors) resource('Sensor', s.name, s.namespace);
  } else
    for (const m of design) {
      if (m.kind !== 'EventSource' && m.kind !== 'Sensor') continue;
      const meta = m.value.metadata;
      const name = isPlainObject(meta) ? str(meta.name) : '';
      resource(m.kind, name, isPlainObject(meta) ? str(meta.namespace) : '');
      if (m.kind !== 'EventSource') continue;
      const spec = specOf(m.value);
      for (const type of eventSourceTypes(m.value)) {
        const events = spec?.[type];
        if (isPlainObject(events)) for (const e of Object.keys(events)) event(name, e, type);
      }
    }
  return {
    namespaceOf: (kind, name) => namespaces.get(`${kind}\u0000${name}`) ?? '',
    eventTypeOf: (source, name) => types.get(`${source}\u0000${name}`) ?? '',
  };
}

/**
 * Per-node outcomes of a trace, keyed by the canvas's node ids (`nodeId` of the event, dependency or
 * trigger, namespace included, resolved against the design). The strongest outcome wins
 * when a node is touched twice (fire over held, drop over pass).
 */
export function traceOutcomes(
  trace: readonly TraceEvent[],
  design: TraceDesign,
): Map<NodeId, NodeOutcome> {
  const out = new Map<NodeId, NodeOutcome>();
  const index = indexResources(design);
  const rank: Record<NodeOutcome, number> = {
    received: 0,
    pass: 1,
    held: 2,
    rejected: 3,
    drop: 3,
    fail: 4,
    fire: 5,
  };
  for (const t of trace) {
    const at = outcomeAt(t, index);
    if (!at) continue;
    const old = out.get(at.key);
    if (!old || rank[at.outcome] >= rank[old]) out.set(at.key, at.outcome);
  }
  return out;
}

/**
 * How many times each node had each outcome in a trace: every firing, every event received or
 * dropped counts (a calendar source firing 24 times in one step fires its trigger 24 times). Keys
 * as in `traceOutcomes`.
 */
export function traceOutcomeCounts(
  trace: readonly TraceEvent[],
  design: TraceDesign,
): Map<NodeId, Partial<Record<NodeOutcome, number>>> {
  const out = new Map<NodeId, Partial<Record<NodeOutcome, number>>>();
  const index = indexResources(design);
  for (const t of trace) {
    const at = outcomeAt(t, index);
    if (!at) continue;
    let c = out.get(at.key);
    if (!c) out.set(at.key, (c = {}));
    c[at.outcome] = (c[at.outcome] ?? 0) + 1;
  }
  return out;
}

/** The node a trace entry is about and what happened there, or null for entries about no node. */
function outcomeAt(
  t: TraceEvent,
  index: ResourceIndex,
): { key: NodeId; outcome: NodeOutcome } | null {
  const event = (source: string, name: string, type?: string) =>
    nodeId({
      kind: 'event',
      namespace: index.namespaceOf('EventSource', source),
      name: source,
      key: eventKey(type || index.eventTypeOf(source, name), name),
    });
  const part = (kind: 'dependency' | 'trigger', sensor: string, key: string) =>
    nodeId({ kind, namespace: index.namespaceOf('Sensor', sensor), name: sensor, key });
  if (t.type === 'event.received')
    return { key: event(t.source, t.subject, t.sourceType), outcome: 'received' };
  if (t.type === 'event.rejected' || t.type === 'event.filtered')
    return { key: event(t.source, t.subject), outcome: 'rejected' };
  if (t.type === 'dependency.evaluated')
    return { key: part('dependency', t.sensor, t.dependency), outcome: t.pass ? 'pass' : 'drop' };
  if (
    t.type === 'trigger.held' ||
    t.type === 'trigger.retry' ||
    t.type === 'trigger.rate-limited' ||
    t.type === 'trigger.queued'
  )
    return { key: part('trigger', t.sensor, t.trigger), outcome: 'held' };
  if (t.type === 'trigger.fired')
    return { key: part('trigger', t.sensor, t.trigger), outcome: 'fire' };
  if (t.type === 'trigger.failed' || t.type === 'trigger.setup-failed')
    return { key: part('trigger', t.sensor, t.trigger), outcome: 'fail' };
  return null;
}

/** One line for the timeline: what the input led to. */
export function summarizeTrace(trace: readonly TraceEvent[]): string {
  const done: string[] = [];
  // The last wait of each trigger, unless it ended later in the same step.
  const waits = new Map<string, string>();
  for (const t of trace) {
    if (t.type === 'trigger.fired') {
      waits.delete(`${t.sensor}/${t.trigger}`);
      done.push(
        `${t.firing.dlqOf ? `dead-letter ${t.trigger} fired for ${t.firing.dlqOf}` : `fired ${t.trigger}`}${t.firing.attempts > 1 ? ` on attempt ${t.firing.attempts}` : ''}`,
      );
    } else if (t.type === 'trigger.failed' && t.firing) {
      waits.delete(`${t.sensor}/${t.trigger}`);
      done.push(
        `${t.trigger} failed${t.firing.attempts > 1 ? ` after ${t.firing.attempts} attempts` : ''}: ${t.error}`,
      );
    } else if (t.type === 'trigger.retry')
      waits.set(`${t.sensor}/${t.trigger}`, `${t.trigger} waits to retry at ${t.at}`);
    else if (t.type === 'trigger.rate-limited')
      waits.set(`${t.sensor}/${t.trigger}`, `${t.trigger} waits for its rate limit until ${t.at}`);
    else if (t.type === 'trigger.queued')
      waits.set(`${t.sensor}/${t.trigger}`, `${t.trigger} waits for its running action`);
  }
  if (done.length || waits.size) return [...done, ...waits.values()].join('; ');
  const set = trace.find((t) => t.type === 'outcomes.set');
  if (set?.type === 'outcomes.set')
    return set.outcomes.map((o) => `${o.trigger} ${o.outcome || 'succeeds'}`).join('; ');
  const rejected = trace.find((t) => t.type === 'event.rejected' || t.type === 'event.filtered');
  if (rejected?.type === 'event.rejected' || rejected?.type === 'event.filtered')
    return `not published: ${rejected.reason}`;
  const held = trace.filter((t) => t.type === 'trigger.held');
  if (held.length)
    return held
      .map((h) =>
        h.type === 'trigger.held' ? `${h.trigger} waits for ${h.missing.join(', ')}` : '',
      )
      .join('; ');
  const failed = trace.find((t) => t.type === 'trigger.failed');
  if (failed?.type === 'trigger.failed') return `${failed.trigger} failed: ${failed.error}`;
  const deps = trace.filter((t) => t.type === 'dependency.evaluated');
  if (deps.length && deps.every((d) => d.type === 'dependency.evaluated' && !d.pass))
    return 'dropped by the filters';
  if (trace.some((t) => t.type === 'event.unmatched')) return 'no dependency listens to it';
  if (trace.some((t) => t.type === 'clock.advanced' || t.type === 'clock.set'))
    return 'clock moved';
  return 'nothing happened';
}
