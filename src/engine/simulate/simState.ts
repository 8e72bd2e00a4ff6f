import type { TriggerState } from '../conditions/triggerState';

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
}

export function initialSimState(nowMs: number): SimState {
  return { nowMs, startMs: nowMs, seq: 0, triggers: {} };
}

export function triggerKey(namespace: string, sensor: string, trigger: string): string {
  return `${namespace}/${sensor}/${trigger}`;
}
