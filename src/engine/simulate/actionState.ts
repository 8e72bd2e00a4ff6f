import { isPlainObject } from '../../lib/deepEqual';
import type { SensorEvent } from '../event';
import type { AttemptRecord, Firing, TraceEvent } from '../trace';
import type { WaitBackoff } from '../triggers/backoff';
import { nullRecord } from '../../lib/nullRecord';

/** A dependency and the event bound to it, as a list: dependency names are user text. */
export interface BoundEvent {
  dependency: string;
  event: SensorEvent;
}

/** What an attempt came to, computed when it ran, recorded when its result is known. */
export interface PendingResult {
  ok: boolean;
  error?: string;
  detail?: string;
  /** The real sensor panics here: no retry, no dead-letter trigger. */
  crash?: boolean;
  outcome: string;
  runAtMs: number;
  requestedAtMs: number;
  firing: Firing | null;
}

/** The next thing a trigger action does, and when. */
type JobNext =
  /** Waits for an earlier atLeastOnce action of the same trigger (one event completed it twice). */
  | { kind: 'blocked' }
  /** The attempt starts: it asks the rate limiter for a turn. */
  | { kind: 'take'; atMs: number }
  /** Its turn came: the action runs. */
  | { kind: 'run'; atMs: number; requestedAtMs: number }
  /** The attempt's result is known (after a timeout or the label polls). */
  | { kind: 'end'; atMs: number; result: PendingResult }
  /** The backoff's cap ended the loop after this wait (wait.ExponentialBackoff). */
  | { kind: 'exhausted'; atMs: number };

/**
 * One firing of a trigger on its way through the retry loop (pkg/sensors/listener.go actionFunc):
 * the main trigger's attempts, then, when they are exhausted, its dlqTrigger's.
 */
export interface ActionJob {
  id: number;
  namespace: string;
  sensor: string;
  /** Index in the Sensor's triggers (names may repeat). */
  triggerIndex: number;
  /** The main trigger's name: its waiting state, busy flag and inbox. */
  trigger: string;
  events: BoundEvent[];
  triggeredAtMs: number;
  phase: 'main' | 'dlq';
  /** Runs inside the retry loop (atLeastOnce): failures are retried and seen. */
  sync: boolean;
  /** The main trigger's message loop waits for this action (atLeastOnce all the way). */
  blocking: boolean;
  /** The retry loop's backoff; null until the phase's first attempt reads it. */
  backoff: WaitBackoff | null;
  tries: AttemptRecord[];
  firstRunMs: number | null;
  /** Extra notes for the firing (the Kafka bus, a hand-off). */
  notes: string[];
  next: JobNext;
  /** The last failed attempt's firing and error, while a capped backoff waits before giving up. */
  lastFiring?: Firing;
  lastError?: string;
}

/** Something that waits for a busy atLeastOnce trigger. */
export type InboxItem =
  | { key: string; kind: 'event'; event: SensorEvent; atMs: number }
  | { key: string; kind: 'reset'; atMs: number };

export interface LimiterState {
  /** `namespace/sensor/trigger name` (rateLimiters is keyed by template name in the sensor). */
  key: string;
  lastMs: number;
}

/** When the job next does something (null: it waits for another job). */
export function jobDue(j: ActionJob): number | null {
  return j.next.kind === 'blocked' ? null : j.next.atMs;
}

export function templateName(trigger: Record<string, unknown>): string {
  const t = trigger.template;
  return isPlainObject(t) && typeof t.name === 'string' ? t.name : '';
}

/** A null-prototype map, so a dependency named `constructor` is found only when it fired. */
export function eventRecord(events: readonly BoundEvent[]): Record<string, SensorEvent> {
  const out = nullRecord<SensorEvent>();
  for (const b of events) out[b.dependency] = b.event;
  return out;
}

export function eventIds(events: readonly BoundEvent[]): Record<string, string> {
  return Object.fromEntries(events.map((b) => [b.dependency, b.event.context.id]));
}

/** Where a finished phase goes: the step's outputs, at the step's clock. */
export interface PhaseOutput {
  state: { nowMs: number };
  trace: TraceEvent[];
  firings: Firing[];
}
