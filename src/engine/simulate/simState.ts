import type { TriggerState } from '../conditions/triggerState';

/** Everything the simulator remembers between inputs. Plain JSON: it crosses the worker boundary. */
export interface SimState {
  nowMs: number;
  /** Counter for deterministic event ids. */
  seq: number;
  /** Waiting state per trigger, keyed `namespace/sensor/trigger`. */
  triggers: Record<string, TriggerState>;
}

export function initialSimState(nowMs: number): SimState {
  return { nowMs, seq: 0, triggers: {} };
}

export function triggerKey(namespace: string, sensor: string, trigger: string): string {
  return `${namespace}/${sensor}/${trigger}`;
}
