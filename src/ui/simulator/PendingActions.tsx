import type { ActionJob } from '../../engine/simulate/actionState';
import type { SimState } from '../../engine/simulate/simState';
import { Time } from './AttemptTimeline';

const ms = (t: number) => new Date(t).toISOString();

/** What one pending action does next, in words. */
function nextStep(j: ActionJob): React.ReactNode {
  const n = j.tries.length + 1;
  switch (j.next.kind) {
    case 'blocked':
      return <>waits for the trigger’s action before it</>;
    case 'take':
      return (
        <>
          attempt {n} starts at <Time iso={ms(j.next.atMs)} />
          {j.tries.length ? ' (after its backoff wait)' : ''}
        </>
      );
    case 'run':
      return (
        <>
          attempt {n} gets its rate-limit turn at <Time iso={ms(j.next.atMs)} />
        </>
      );
    case 'end':
      return (
        <>
          attempt {n} is running; its result comes at <Time iso={ms(j.next.atMs)} />
        </>
      );
    case 'exhausted':
      return (
        <>
          gives up at <Time iso={ms(j.next.atMs)} />
        </>
      );
  }
}

/**
 * Trigger actions still in flight after this step (retries, rate-limit turns, timeouts running,
 * dead-letter triggers) and the events waiting for a busy trigger: moving the clock runs them.
 */
export function PendingActions({ state }: { state: SimState }) {
  const actions = state.actions ?? [];
  const inbox = state.inbox ?? [];
  if (actions.length === 0 && inbox.length === 0) return null;
  return (
    <>
      <h4>Pending now, until the clock gets there</h4>
      <ul className="why-list" aria-label="Pending trigger actions">
        {actions.map((j) => (
          <li key={j.id} className="is-held">
            <strong>
              {j.sensor}/{j.trigger}
            </strong>
            {j.phase === 'dlq' ? ' (its dlqTrigger)' : ''}: {nextStep(j)}
            {j.tries.length ? `; ${j.tries.length} attempt(s) failed so far` : ''}.
          </li>
        ))}
        {inbox.length > 0 && (
          <li className="is-held">
            {inbox.length} event(s) wait on the bus for a trigger whose atLeastOnce action is
            running.
          </li>
        )}
      </ul>
    </>
  );
}
