import type { SensorEvent } from '../event';
import type { Firing, TraceEvent } from '../trace';
import { describeOutcome, type OutcomeEntry } from '../../domain/scenario/actionOutcome';
import type { BoundEvent } from './actionState';
import { nextActionDue, startAction, type ActionHost } from './actions';
import { formatInstant } from './instant';
import type { SimSensor, SimTrigger } from './simDesign';
import type { SimState } from './simState';
import { copyJson } from '../../lib/jsonValue';

/** How far `settle` lets the clock run for pending actions (a retry loop of hours is still in reach). */
const SETTLE_SPAN_MS = 31 * 86_400_000;
const SETTLE_ROUNDS = 10_000;

/**
 * The action parts of a state, copied so that `step` stays pure: jobs change as they run, so each is
 * copied whole (they are few and plain JSON).
 */
export function copyActionState(
  s: SimState,
): Pick<SimState, 'actions' | 'inbox' | 'limiters' | 'outcomes'> {
  return {
    actions: s.actions.length ? copyJson(s.actions) : [],
    inbox: [...s.inbox],
    limiters: s.limiters.map((l) => ({ ...l })),
    outcomes: [...s.outcomes],
  };
}

/**
 * A trigger's conditions are met with these events: its action starts. On the Kafka bus only the
 * event of the dependency that completed the conditions reaches the action
 * (pkg/eventbus/kafka/sensor/trigger_handler.go Action builds the map from that one name).
 */
export function fireTrigger(
  host: ActionHost,
  sensor: SimSensor,
  trigger: SimTrigger,
  completing: string,
  events: Record<string, SensorEvent>,
): void {
  let bound: BoundEvent[] = [];
  for (const dependency in events) bound.push({ dependency, event: events[dependency]! });
  const notes: string[] = [];
  if (sensor.busKind === 'kafka') {
    const dropped = bound.filter((b) => b.dependency !== completing).map((b) => b.dependency);
    bound = bound.filter((b) => b.dependency === completing);
    if (dropped.length)
      notes.push(
        `on the Kafka bus only the event of ${completing}, the dependency that completed the conditions, reaches the trigger; parameters from ${dropped.join(', ')} fall back to their value`,
      );
  }
  startAction(host, sensor, trigger, bound, notes);
}

/**
 * `settle`: the clock moves on, through calendars and resets as `advance` does, until no action
 * is pending (or a month has passed; what is still pending is counted in the trace).
 */
export function settle(
  out: { state: SimState; trace: TraceEvent[]; firings: Firing[] },
  advance: (ms: number) => void,
): void {
  const from = out.state.nowMs;
  const mark = out.trace.length;
  for (let i = 0; i < SETTLE_ROUNDS; i++) {
    const due = nextActionDue(out.state);
    if (due === null || due - from > SETTLE_SPAN_MS) break;
    advance(Math.max(0, due - out.state.nowMs));
  }
  // Said before what happened meanwhile, so the trace reads in time order.
  if (out.state.nowMs !== from || out.state.actions.length)
    out.trace.splice(mark, 0, {
      type: 'actions.settled',
      from: formatInstant(from),
      to: formatInstant(out.state.nowMs),
      pending: out.state.actions.length,
    });
}

/** What a `set-outcomes` input changed, in words, for the trace. */
export function outcomesTrace(entries: readonly OutcomeEntry[]): TraceEvent {
  return {
    type: 'outcomes.set',
    outcomes: entries.map((e) => ({
      trigger: e.trigger,
      outcome: e.outcomes.map(describeOutcome).join(', then '),
    })),
  };
}
