import type { DesignGraph } from '../../domain/graph/designGraph';
import type { SensorEvent } from '../../engine/event';
import { buildEvent } from '../../engine/sources/buildEvent';
import { samplePayload } from '../../engine/sources/samples';

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
  const ev = graph.nodes.find(
    (n) =>
      n.kind === 'event' &&
      n.name === eventSourceName &&
      n.eventName === eventName &&
      n.namespace === namespace,
  );
  const sourceType = ev && ev.kind === 'event' ? ev.sourceType : 'webhook';
  const config = ev && ev.kind === 'event' ? ev.config : { method: 'POST' };
  const sample = samplePayload(sourceType, config);
  if (!sample) return null;
  const built = buildEvent({
    eventSourceName,
    sourceType,
    eventName,
    eventConfig: config,
    payload: sample.payload,
    id: 'sample',
    nowMs: Date.UTC(2026, 0, 1, 12),
    skipFilter: true,
  });
  return built.ok ? built.event : null;
}

/** The sample event's data as a value, for the field picker (null when it is not JSON). */
export function decodeSampleData(event: SensorEvent | null): unknown {
  if (!event?.data) return null;
  try {
    return JSON.parse(event.data) as unknown;
  } catch {
    return null;
  }
}
