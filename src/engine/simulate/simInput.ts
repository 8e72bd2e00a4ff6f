import type { SensorEvent } from '../event';
import type { SourcePayload } from '../sources/sourcePayload';
import type { OutcomeEntry } from '../../domain/scenario/actionOutcome';

/** One thing that happens to the simulated cluster. */
export type SimInput =
  /** An EventSource receives something; it builds the event as its type does. */
  | { type: 'event'; source: string; eventName: string; payload: SourcePayload; namespace?: string }
  /** A ready-made event, as the sensor would receive it from the bus. */
  | { type: 'sensor-event'; event: SensorEvent; namespace?: string }
  /**
   * Time passes: calendar sources fire, conditionsReset crons clear held events, and trigger actions
   * due on the way run (retries after their backoff, rate-limited turns, timeouts).
   */
  | { type: 'advance'; ms: number }
  /** The clock jumps; actions due before the new time still run (calendars do not). */
  | { type: 'set-time'; ms: number }
  /**
   * From now on these triggers' actions turn out so (`SENSOR/TRIGGER`, attempt by attempt); a
   * trigger given no outcomes succeeds again. `replace` drops every outcome set before.
   */
  | { type: 'set-outcomes'; outcomes: OutcomeEntry[]; replace?: boolean }
  /** Time moves on until no trigger action is pending (what `eventflow simulate` does at the end). */
  | { type: 'settle' };
