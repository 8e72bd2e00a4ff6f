import type { SensorEvent } from '../event';
import type { SourcePayload } from '../sources/sourcePayload';

/** One thing that happens to the simulated cluster. */
export type SimInput =
  /** An EventSource receives something; it builds the event as its type does. */
  | { type: 'event'; source: string; eventName: string; payload: SourcePayload; namespace?: string }
  /** A ready-made event, as the sensor would receive it from the bus. */
  | { type: 'sensor-event'; event: SensorEvent; namespace?: string }
  /** Time passes: calendar sources fire and conditionsReset crons clear held events on the way. */
  | { type: 'advance'; ms: number }
  | { type: 'set-time'; ms: number };
