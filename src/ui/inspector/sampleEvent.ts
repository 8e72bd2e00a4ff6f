import type { DesignGraph } from '../../domain/graph/designGraph';
import type { SensorEvent } from '../../engine/event';
import { buildEvent } from '../../engine/sources/buildEvent';
import { samplePayload, samplesFor } from '../../engine/sources/samples';
import { setOwn } from '../../lib/setOwn';

/** The event node's source type and configuration (a plain webhook when the design has none). */
function eventConfigOf(
  graph: DesignGraph,
  eventSourceName: string,
  eventName: string,
  namespace: string,
): { sourceType: string; config: unknown } {
  const ev = graph.nodes.find(
    (n) =>
      n.kind === 'event' &&
      n.name === eventSourceName &&
      n.eventName === eventName &&
      n.namespace === namespace,
  );
  return ev && ev.kind === 'event'
    ? { sourceType: ev.sourceType, config: ev.config }
    : { sourceType: 'webhook', config: { method: 'POST' } };
}

/**
 * The sample event a dependency would receive: the first event kind its EventSource's
 * configuration receives (e.g. GitHub `events: [pull_request]`), built as that source does. The
 * EventSource's filter expression is not applied: the picker shows what the event holds.
 */
export function sampleEventFor(
  graph: DesignGraph,
  eventSourceName: string,
  eventName: string,
  namespace: string,
): SensorEvent | null {
  const { sourceType, config } = eventConfigOf(graph, eventSourceName, eventName, namespace);
  const sample = samplePayload(sourceType, config);
  return sample ? built(eventSourceName, sourceType, eventName, config, sample.payload) : null;
}

/** Most event kinds whose data one picker tree unites (GitHub with no `events` receives all). */
const MAX_KINDS = 16;

/**
 * What a dependency's event can hold, for the field pickers: the data of every event kind its
 * EventSource's configuration receives (GitHub `events: [push, pull_request]` gives both
 * payloads' fields), united; null when no sample is JSON.
 */
export function sampleDataFor(
  graph: DesignGraph,
  eventSourceName: string,
  eventName: string,
  namespace: string,
): unknown {
  const { sourceType, config } = eventConfigOf(graph, eventSourceName, eventName, namespace);
  let data: unknown = null;
  for (const sample of samplesFor(sourceType, config).slice(0, MAX_KINDS)) {
    const value = decodeSampleData(
      built(eventSourceName, sourceType, eventName, config, sample.payload),
    );
    if (value !== null) data = data === null ? value : unite(data, value);
  }
  return data;
}

/** Both values' fields: objects take the keys of both (the first's value wins), else the first. */
function unite(a: unknown, b: unknown): unknown {
  if (!isObject(a) || !isObject(b)) return a;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) setOwn(out, k, v);
  for (const [k, v] of Object.entries(b)) setOwn(out, k, Object.hasOwn(a, k) ? unite(a[k], v) : v);
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function built(
  eventSourceName: string,
  sourceType: string,
  eventName: string,
  config: unknown,
  payload: Parameters<typeof buildEvent>[0]['payload'],
): SensorEvent | null {
  const made = buildEvent({
    eventSourceName,
    sourceType,
    eventName,
    eventConfig: config,
    payload,
    id: 'sample',
    nowMs: Date.UTC(2026, 0, 1, 12),
    skipFilter: true,
  });
  return made.ok ? made.event : null;
}

/** The sample event's data as a value, for the field picker (null when it is not JSON). */
function decodeSampleData(event: SensorEvent | null): unknown {
  if (!event?.data) return null;
  try {
    return JSON.parse(event.data) as unknown;
  } catch {
    return null;
  }
}
