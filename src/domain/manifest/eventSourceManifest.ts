import { EVENT_SOURCE_NON_TYPE_KEYS, specOf } from '../graph/resourceParts';
import { isJsonObject, readObject, type JsonObject } from './jsonValue';

/** One event of an EventSource: the configuration written under `spec.<type>.<name>`. */
export interface EventSourceEvent {
  /** The EventSource type key, e.g. `webhook`. */
  type: string;
  name: string;
  /** The event's configuration as written (checked by the validator, not here). */
  spec: unknown;
}

/**
 * The event map of one type, `spec.<type>` (the live mapping, so edits may change it); undefined when
 * the key is not an event-source type (`service`, `template`…) or does not hold a mapping.
 */
export function eventsOfType(manifest: JsonObject, type: string): JsonObject | undefined {
  if (EVENT_SOURCE_NON_TYPE_KEYS.has(type)) return undefined;
  const spec = specOf(manifest);
  return spec ? readObject(spec, type) : undefined;
}

/** Every event of an EventSource in spec order, types first: `spec.<type>.<name>`. */
export function eventSourceEvents(manifest: JsonObject): EventSourceEvent[] {
  const spec = specOf(manifest);
  if (!spec) return [];
  return Object.entries(spec).flatMap(([type, events]) =>
    !EVENT_SOURCE_NON_TYPE_KEYS.has(type) && isJsonObject(events)
      ? Object.entries(events).map(([name, config]) => ({ type, name, spec: config }))
      : [],
  );
}
