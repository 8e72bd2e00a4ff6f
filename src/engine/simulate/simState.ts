import type { TriggerState } from '../conditions/triggerState';
import type { OutcomeEntry } from '../../domain/scenario/actionOutcome';
import type { ActionJob, InboxItem, LimiterState } from './actionState';

/** Everything the simulator remembers between inputs. Plain JSON: it crosses the worker boundary. */
export interface SimState {
  nowMs: number;
  /**
   * When the EventSource pods started (the simulation's start): calendar intervals count from it,
   * and a resource `afterStart` filter compares with it. States saved before it existed lack it.
   */
  startMs?: number;
  /** Counter for deterministic event ids. */
  seq: number;
  /** Waiting state per trigger, keyed `namespace/sensor/trigger`. */
  triggers: Record<string, TriggerState>;
  /**
   * Trigger actions still in flight, oldest first: a firing waiting for its rate-limit turn, a retry
   * waiting out its backoff, a call that has not timed out yet, a dead-letter trigger after them.
   * Each says what happens next and when; moving the clock past that time makes it happen.
   */
  actions: ActionJob[];
  /** Events (and resets) that reached an atLeastOnce trigger while its action ran, oldest first. */
  inbox: InboxItem[];
  /** One leaky bucket per rate-limited trigger name: when it last gave a turn. */
  limiters: LimiterState[];
  /** How each trigger's action turns out (the user says); a trigger not listed succeeds. */
  outcomes: OutcomeEntry[];
  /** Counter for action ids. */
  actionSeq: number;
}

export function initialSimState(nowMs: number): SimState {
  return {
    nowMs,
    startMs: nowMs,
    seq: 0,
    triggers: {},
    actions: [],
    inbox: [],
    limiters: [],
    outcomes: [],
    actionSeq: 0,
  };
}

/** A state from before actions were simulated (or built by hand) gets its empty lists. */
export function withActionFields(s: StoredSimState): SimState {
  if (hasActionFields(s)) return s;
  return {
    ...s,
    actions: s.actions ?? [],
    inbox: s.inbox ?? [],
    limiters: s.limiters ?? [],
    outcomes: s.outcomes ?? [],
    actionSeq: s.actionSeq ?? 0,
  };
}

type ActionField = 'actions' | 'inbox' | 'limiters' | 'outcomes' | 'actionSeq';
/** A state as it may have been stored: from before actions were simulated, without their fields. */
export type StoredSimState = Omit<SimState, ActionField> & Partial<Pick<SimState, ActionField>>;

function hasActionFields(s: StoredSimState): s is SimState {
  return !!s.actions && !!s.inbox && !!s.limiters && !!s.outcomes && s.actionSeq !== undefined;
}

export function triggerKey(namespace: string, sensor: string, trigger: string): string {
  return `${namespace}/${sensor}/${trigger}`;
}
