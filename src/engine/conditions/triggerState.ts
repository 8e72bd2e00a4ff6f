import type { SensorEvent } from '../event';
import {
  evaluateDependencyExpression,
  missingTerms,
  type DependencyExpression,
} from './dependencyExpression';
import { nullRecord } from '../../lib/nullRecord';

/** How long an event id is remembered for redelivery de-duplication on JetStream (§3.2 step 1). */
const DEDUP_WINDOW_MS = 60_000;

/** One trigger's waiting state on the JetStream bus: at most one held event per dependency. */
export interface TriggerState {
  held: Record<string, SensorEvent>;
  /** Event ids seen by this trigger and when (virtual clock, epoch ms). */
  seen: Record<string, number>;
  /** How many ids `seen` holds, and the size at which expired ones are next pruned. */
  seenCount: number;
  pruneAt: number;
}

export function emptyTriggerState(): TriggerState {
  return { held: record(), seen: record(), seenCount: 0, pruneAt: PRUNE_AT };
}

/** A null-prototype copy: dependency names and event ids such as `__proto__` are plain keys. */
function record<T>(...from: Record<string, T>[]): Record<string, T> {
  return Object.assign(nullRecord<T>(), ...from);
}

/** What happened to one event at one trigger; the data behind the trace. */
export type TriggerStep =
  | { type: 'duplicate'; eventId: string }
  | { type: 'not-subscribed' }
  | { type: 'dependency-rejected'; dependency: string }
  | { type: 'expression-error'; dependency: string; error: string }
  | { type: 'fired'; dependency: string; events: Record<string, SensorEvent> }
  | { type: 'held'; dependency: string; replaced: string | null; missing: string[] };

/** A dependency's filters (and transform) applied to an event; returns the event to bind, or null when dropped. */
export type AcceptDependency = (dependency: string, event: SensorEvent) => SensorEvent | null;

export interface DependencyRef {
  name: string;
  eventSourceName: string;
  eventName: string;
}

/**
 * Feeds one event to one trigger (pkg/eventbus/jetstream/sensor/trigger_conn.go). Pure: returns the
 * new state and the steps. The trigger only receives events on the subjects of the dependencies
 * its expression names (a later dependency with the same name replaces an earlier one); an id seen
 * within 60 s on those subjects is a redelivery and dropped; the event then goes to each matching
 * dependency in expression order.
 */
export function processTriggerEvent(
  compiled: Extract<DependencyExpression, { ok: true }>,
  dependencies: readonly DependencyRef[],
  state: TriggerState,
  event: SensorEvent,
  nowMs: number,
  accept: AcceptDependency,
  inPlace = false,
  /** 0 on the Kafka bus, which keeps no ids (pkg/eventbus/kafka/sensor/trigger_handler.go). */
  dedupWindowMs = DEDUP_WINDOW_MS,
): { state: TriggerState; steps: TriggerStep[] } {
  const byName = new Map<string, DependencyRef>();
  for (const d of dependencies) byName.set(d.name, d);
  const subscribed = compiled.subscribed.flatMap((name) => {
    const d = byName.get(name);
    return d ? [d] : [];
  });
  const subject = `default.${event.context.source}.${event.context.subject}`;
  if (!subscribed.some((d) => `default.${d.eventSourceName}.${d.eventName}` === subject))
    return { state, steps: [{ type: 'not-subscribed' }] };
  const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  const seenAt = own(state.seen, event.context.id) ? state.seen[event.context.id] : undefined;
  if (seenAt !== undefined && nowMs - seenAt < dedupWindowMs) {
    return { state, steps: [{ type: 'duplicate', eventId: event.context.id }] };
  }
  // getDependencyNames: keyed by "<eventSourceName>__<eventName>".
  const key = `${event.context.source}__${event.context.subject}`;
  const matching = subscribed
    .filter((d) => `${d.eventSourceName}__${d.eventName}` === key)
    .map((d) => d.name);
  if (matching.length === 0) return { state, steps: [{ type: 'not-subscribed' }] };

  let held = state.held;
  const steps: TriggerStep[] = [];
  for (const dependency of matching) {
    const bound = accept(dependency, event);
    if (!bound) {
      steps.push({ type: 'dependency-rejected', dependency });
      continue;
    }
    if (!compiled.holdsEvents) {
      const events = record<SensorEvent>();
      events[dependency] = bound;
      steps.push({ type: 'fired', dependency, events });
      continue;
    }
    const satisfied = new Set([...Object.keys(held), dependency]);
    const r = evaluateDependencyExpression(compiled, satisfied);
    if (!r.ok) {
      steps.push({ type: 'expression-error', dependency, error: r.error });
      continue;
    }
    if (r.value) {
      const events = record(held);
      events[dependency] = bound;
      steps.push({ type: 'fired', dependency, events });
      held = inPlace ? clear(held) : record();
    } else {
      const replaced = own(held, dependency) ? (held[dependency]?.context.id ?? null) : null;
      if (!inPlace) held = record(held);
      held[dependency] = bound;
      steps.push({
        type: 'held',
        dependency,
        replaced,
        missing: missingTerms(compiled, new Set(Object.keys(held))),
      });
    }
  }
  const remembered = rememberId(state, event.context.id, nowMs, inPlace);
  return { state: { held, ...remembered }, steps };
}

function clear(held: Record<string, SensorEvent>): Record<string, SensorEvent> {
  for (const k of Object.keys(held)) delete held[k];
  return held;
}

/**
 * Records an event id for de-duplication. Copying a large id table per event would make bursts
 * quadratic, so expired ids are pruned only once the table has grown, and `inPlace` (used by
 * runScenario, which owns its state) updates the table without copying it.
 */
function rememberId(
  state: TriggerState,
  id: string,
  nowMs: number,
  inPlace: boolean,
): Pick<TriggerState, 'seen' | 'seenCount' | 'pruneAt'> {
  const seen = inPlace ? state.seen : record(state.seen);
  let seenCount = state.seenCount + (Object.prototype.hasOwnProperty.call(seen, id) ? 0 : 1);
  seen[id] = nowMs;
  let pruneAt = state.pruneAt;
  if (seenCount > pruneAt) {
    for (const [k, at] of Object.entries(seen)) {
      if (nowMs - at >= DEDUP_WINDOW_MS) {
        delete seen[k];
        seenCount--;
      }
    }
    // Within one burst nothing expires; doubling keeps the pruning cost amortised O(1).
    pruneAt = Math.max(PRUNE_AT, seenCount * 2);
  }
  return { seen, seenCount, pruneAt };
}

/** Above this many remembered ids, expired ones are dropped. */
const PRUNE_AT = 4096;

/** A `conditionsReset` tick: every held event of the trigger is dropped (§3.3). */
export function resetTriggerState(state: TriggerState): TriggerState {
  return { ...state, held: record() };
}
