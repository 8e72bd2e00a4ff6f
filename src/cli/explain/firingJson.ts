import type { ManifestEntry } from '../../domain/design/design';
import type { Firing } from '../../engine/trace';
import { explainFiring, triggerTypeSpec, type FiringExplanation } from './firingDetails';

/** A firing with its explanation: what `simulate` and `tap` print and put in their JSON. */
export interface ExplainedFiring {
  f: Firing;
  e: FiringExplanation;
}

export function explainFirings(
  entries: readonly ManifestEntry[],
  firings: readonly Firing[],
): ExplainedFiring[] {
  return firings.map((f) => ({
    f,
    e: explainFiring(f, triggerTypeSpec(entries, f.sensor, f.trigger, f.triggerType)),
  }));
}

/** One firing in the JSON report (`simulate -o json` `firings`, and each `tap -o json` event's). */
export function firingJson({ f, e }: ExplainedFiring): Record<string, unknown> {
  return {
    sensor: f.sensor,
    trigger: f.trigger,
    type: f.triggerType,
    ...(f.operation ? { operation: f.operation } : {}),
    time: f.time,
    ...(f.triggeredAt ? { triggeredAt: f.triggeredAt } : {}),
    attempts: f.attempts,
    result: f.result,
    ...(f.error !== undefined ? { error: f.error } : {}),
    ...(f.dlqOf ? { dlqOf: f.dlqOf } : {}),
    ...(f.handedTo ? { handedTo: f.handedTo } : {}),
    atLeastOnce: f.atLeastOnce,
    tries: f.tries,
    ...(f.namespace !== undefined ? { namespace: f.namespace } : {}),
    ...(f.command ? { command: f.command } : {}),
    ...(f.resource !== undefined ? { resource: f.resource } : {}),
    ...(f.request !== undefined ? { request: f.request } : {}),
    ...(f.log !== undefined ? { log: f.log } : {}),
    notExecuted: f.notExecuted,
    notes: f.notes,
    ...e,
  };
}
