import { triggerTypeOf } from '../../domain/graph/resourceParts';
import type { Firing } from '../trace';
import { triggerNotes } from '../triggers/triggerNotes';
import { eventIds, templateName, type ActionJob, type PhaseOutput } from './actionState';
import { formatInstant } from './instant';

/** The firing of an attempt that never rendered (its parameters failed, it never ran). */
export function shellFiring(
  job: ActionJob,
  running: Record<string, unknown>,
  nowMs: number,
): Firing {
  const type = triggerTypeOf(running) ?? 'none';
  return {
    id: '',
    sensor: job.sensor,
    trigger: templateName(running),
    triggerType: type,
    events: eventIds(job.events),
    notExecuted: false,
    notes: triggerNotes(running, type === 'none' ? [] : [type]),
    time: formatInstant(nowMs),
    attempts: 0,
    result: 'failed',
    tries: [],
    atLeastOnce: job.sync,
  };
}

/**
 * A phase of the job ended: its firing (main or dead-letter) is complete, with every attempt, and
 * goes to the outputs with a `trigger.fired` or `trigger.failed` trace entry.
 */
export function emitPhase(
  host: PhaseOutput,
  job: ActionJob,
  firing: Firing,
  result: Firing['result'],
  error?: string,
): void {
  firing.id = `${job.id}${job.phase === 'dlq' ? '-dlq' : ''}`;
  firing.time = formatInstant(job.firstRunMs ?? host.state.nowMs);
  if (job.triggeredAtMs < (job.firstRunMs ?? host.state.nowMs))
    firing.triggeredAt = formatInstant(job.triggeredAtMs);
  firing.attempts = job.tries.length;
  firing.tries = job.tries;
  firing.result = result;
  firing.atLeastOnce = job.sync;
  if (error !== undefined && result === 'failed') firing.error = error;
  if (job.phase === 'dlq') firing.dlqOf = job.trigger;
  for (const n of job.notes) if (!firing.notes.includes(n)) firing.notes.push(n);
  host.firings.push(firing);
  host.trace.push(
    result === 'succeeded'
      ? { type: 'trigger.fired', sensor: job.sensor, trigger: firing.trigger, firing }
      : {
          type: 'trigger.failed',
          sensor: job.sensor,
          trigger: firing.trigger,
          error: error ?? 'failed',
          events: eventIds(job.events),
          firing,
        },
  );
}
