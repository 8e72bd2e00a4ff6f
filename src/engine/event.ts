/**
 * The event as a sensor sees it (SEMANTICS §1.1). `data` holds the exact bytes of the
 * event's data as text, because number spellings such as `1.0` or 20-digit integers
 * must survive untouched (gjson reads the raw text, as the Go sensor does).
 * `data === null` is an event without data (Go `nil`).
 */
import type { EventContext } from '../domain/events/cloudEvent';

export type { EventContext };

export interface SensorEvent {
  context: EventContext;
  data: string | null;
}

/** Builds a SensorEvent from the vector/JSON shape `{context, data?, dataRaw?}`. */
export function toSensorEvent(input: {
  context: EventContext;
  data?: unknown;
  dataRaw?: string;
}): SensorEvent {
  if (typeof input.dataRaw === 'string') return { context: input.context, data: input.dataRaw };
  if (input.data === undefined) return { context: input.context, data: null };
  return { context: input.context, data: JSON.stringify(input.data) };
}
