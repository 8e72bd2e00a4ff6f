import type { SensorEvent } from '../event';
import {
  evaluateDependencyExpression,
  missingTerms,
  type DependencyExpression,
} from './dependencyExpression';

/** How long an event id is remembered for redelivery de-duplication on JetStream (§3.2 step 1). */
export const DEDUP_WINDOW_MS = 60_000;

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
  return { held: {}, seen: {}, seenCount: 0, pruneAt: PRUNE_AT };
}

/** What happened to one event at one trigger; the data behind the trace. */
export type TriggerStep =
  | { type: 'duplicate'; eventId: string }
  | { type: 'not-subscribed' }
  | { type: 'dependency-rejected'; dependency: string }
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
 * Feeds one event to one trigger (SEMANTICS §3.2). Pure: returns the new state and the steps, in the
 * order the sensor processes the dependencies this event matches (expression-variable order).
 */
export function processTriggerEvent(
  compiled: Extract<DependencyExpression, { ok: true }>,
  dependencies: readonly DependencyRef[],
  state: TriggerState,
  event: SensorEvent,
  nowMs: number,
  accept: AcceptDependency,
  inPlace = false,
): { state: TriggerState; steps: TriggerStep[] } {
  const seenAt = state.seen[event.context.id];
  if (seenAt !== undefined && nowMs - seenAt < DEDUP_WINDOW_MS) {
    return { state, steps: [{ type: 'duplicate', eventId: event.context.id }] };
  }
  const remembered = rememberId(state, event.context.id, nowMs, inPlace);

  const byName = new Map(dependencies.map((d) => [d.name, d]));
  const matching = compiled.subscribed.filter((name) => {
    const d = byName.get(name);
    return (
      d !== undefined &&
      d.eventSourceName === event.context.source &&
      d.eventName === event.context.subject
    );
  });
  if (matching.length === 0)
    return { state: { ...state, ...remembered }, steps: [{ type: 'not-subscribed' }] };

  let held = state.held;
  const steps: TriggerStep[] = [];
  for (const dependency of matching) {
    const bound = accept(dependency, event);
    if (!bound) {
      steps.push({ type: 'dependency-rejected', dependency });
      continue;
    }
    if (!compiled.holdsEvents) {
      steps.push({ type: 'fired', dependency, events: { [dependency]: bound } });
      continue;
    }
    const satisfied = new Set([...Object.keys(held), dependency]);
    if (evaluateDependencyExpression(compiled.expr, satisfied)) {
      steps.push({ type: 'fired', dependency, events: { ...held, [dependency]: bound } });
      held = {};
    } else {
      const replaced = held[dependency]?.context.id ?? null;
      held = inPlace
        ? Object.assign(held, { [dependency]: bound })
        : { ...held, [dependency]: bound };
      steps.push({
        type: 'held',
        dependency,
        replaced,
        missing: missingTerms(compiled.expr, new Set(Object.keys(held))),
      });
    }
  }
  return { state: { held, ...remembered }, steps };
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
  const seen = inPlace ? state.seen : { ...state.seen };
  let seenCount = state.seenCount + (id in seen ? 0 : 1);
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
  return { ...state, held: {} };
}
