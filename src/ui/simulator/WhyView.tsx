import { formatSpan } from '../../engine/simulate/instant';
import type { FilterCheck, TraceEvent } from '../../engine/trace';
import type { StepDetail } from '../../worker/messages';
import { AttemptTimeline, Time } from './AttemptTimeline';
import { PendingActions } from './PendingActions';

/** Why things happened: each dependency's filters check by check, each trigger's conditions. */
export function WhyView({ detail: { trace, state } }: { detail: StepDetail }) {
  const items = trace.filter((t) => t.type !== 'clock.set');
  const waiting = Object.entries(state.triggers).filter(([, t]) => Object.keys(t.held).length > 0);
  return (
    <div className="why">
      <ul className="why-list">
        {items.map((t, i) => (
          <WhyItem key={i} t={t} />
        ))}
      </ul>
      <PendingActions state={state} />
      {waiting.length > 0 && (
        <>
          <h4>Held now, waiting for the rest of their conditions</h4>
          <ul className="why-list">
            {waiting.map(([key, t]) => (
              <li key={key}>
                {key.replace(/^\//, '')}: holds {Object.keys(t.held).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function WhyItem({ t }: { t: TraceEvent }) {
  switch (t.type) {
    case 'clock.advanced':
      return (
        <li>
          Clock moved from {t.from} to {t.to}.
        </li>
      );
    case 'event.received':
      return (
        <li>
          Event{' '}
          <strong>
            {t.source}/{t.subject}
          </strong>{' '}
          ({t.sourceType}) received at {t.time}.
        </li>
      );
    case 'event.rejected':
      return (
        <li className="is-drop">
          Event {t.source}/{t.subject} was not published: {t.reason}.
        </li>
      );
    case 'event.filtered':
      return (
        <li className="is-drop">
          Event {t.source}/{t.subject} was not published by its EventSource: {t.reason}.
        </li>
      );
    case 'event.unmatched':
      return <li>Nobody acted on it: {t.reason}.</li>;
    case 'dependency.evaluated':
      return (
        <li className={t.pass ? 'is-pass' : 'is-drop'}>
          Dependency{' '}
          <strong>
            {t.sensor}/{t.dependency}
          </strong>{' '}
          {t.pass ? 'passed' : 'dropped the event'}:{' '}
          {t.error ? `an error always drops the event (${t.error})` : t.reason}.
          {t.transform && !t.transform.ok && (
            <>
              {' '}
              The {t.transform.kind} transform failed: {t.transform.error}.
            </>
          )}
          <ul className="filter-checks">
            {t.families
              .filter((f) => f.set)
              .flatMap((f) => f.checks.map((c, i) => <CheckLine key={`${f.family}-${i}`} c={c} />))}
          </ul>
        </li>
      );
    case 'trigger.held':
      return (
        <li className="is-held">
          Trigger{' '}
          <strong>
            {t.sensor}/{t.trigger}
          </strong>{' '}
          holds {t.dependency} and waits for {t.missing.join(', ') || 'nothing'} (conditions:{' '}
          <code>{t.expression}</code>).
        </li>
      );
    case 'trigger.fired':
      return (
        <li className="is-fire">
          Trigger{' '}
          <strong>
            {t.sensor}/{t.trigger}
          </strong>{' '}
          fired ({t.firing.triggerType})
          {t.firing.dlqOf ? ` as the dead-letter trigger of ${t.firing.dlqOf}` : ''}
          {t.firing.attempts > 1 || t.firing.triggeredAt || t.firing.dlqOf ? (
            <>
              {' '}
              at <Time iso={t.firing.time} />
              {t.firing.attempts > 1 ? ` on attempt ${t.firing.attempts}` : ''}
            </>
          ) : null}
          .
          {(t.firing.attempts > 1 || t.firing.triggeredAt) && <AttemptTimeline firing={t.firing} />}
        </li>
      );
    case 'trigger.failed':
      return (
        <li className="is-drop">
          Trigger {t.sensor}/{t.trigger}
          {t.firing?.dlqOf ? ` (dead-letter trigger of ${t.firing.dlqOf})` : ''} failed
          {t.firing && t.firing.attempts !== 1 ? ` after ${t.firing.attempts} attempts` : ''}:{' '}
          {t.error}.{t.firing && t.firing.tries.length > 0 && <AttemptTimeline firing={t.firing} />}
        </li>
      );
    default:
      return <ActionItem t={t} />;
  }
}

/** The retry loop's steps: failed attempts, backoff waits, rate-limit turns, hand-offs, queued events. */
function ActionItem({ t }: { t: TraceEvent }) {
  switch (t.type) {
    case 'trigger.attempt':
      return (
        <li className="is-drop">
          <Time iso={t.attempt.at} /> Trigger {t.sensor}/{t.trigger} attempt {t.attempt.n} failed
          {t.attempt.endedAt ? (
            <>
              {' '}
              (result at <Time iso={t.attempt.endedAt} />)
            </>
          ) : null}
          : {t.attempt.error}
          {t.attempt.detail && <span className="field-hint"> — {t.attempt.detail}</span>}
        </li>
      );
    case 'trigger.retry':
      return (
        <li className="is-held">
          Trigger {t.sensor}/{t.trigger} retries: attempt {t.attempt} at <Time iso={t.at} /> after a
          backoff wait of {formatSpan(t.waitMs)}
          {t.window.from !== t.window.to && (
            <span className="field-hint">
              {' '}
              (jitter puts it between <Time iso={t.window.from} /> and <Time iso={t.window.to} />;
              the simulator takes the start)
            </span>
          )}
          .
        </li>
      );
    case 'trigger.rate-limited':
      return (
        <li className="is-held">
          Trigger {t.sensor}/{t.trigger} waits for its rate limit ({t.limit}): attempt {t.attempt}{' '}
          asked at <Time iso={t.requestedAt} />, its turn comes at <Time iso={t.at} /> (
          {formatSpan(t.waitMs)} later).
        </li>
      );
    case 'trigger.dead-letter':
      return (
        <li className="is-drop">
          <Time iso={t.at} /> Trigger {t.sensor}/{t.trigger} gave up: its events go to the
          dlqTrigger <strong>{t.dlq}</strong>.
        </li>
      );
    case 'trigger.queued':
      return (
        <li className="is-held">
          Trigger {t.sensor}/{t.trigger} is still running an atLeastOnce action: the event waits on
          the bus
          {t.busyUntil ? (
            <>
              {' '}
              (the action’s next step is at <Time iso={t.busyUntil} />)
            </>
          ) : (
            ''
          )}
          .
        </li>
      );
    case 'trigger.resumed':
      return (
        <li>
          Trigger {t.sensor}/{t.trigger} is free again and takes the event that waited since{' '}
          <Time iso={t.waitedSince} />.
        </li>
      );
    case 'outcomes.set':
      return (
        <li>
          {t.outcomes.map((o) => (
            <span key={o.trigger}>
              From now on the action of <strong>{o.trigger}</strong> {o.outcome || 'succeeds'}.{' '}
            </span>
          ))}
        </li>
      );
    case 'actions.settled':
      return (
        <li>
          Clock moved on from <Time iso={t.from} /> to <Time iso={t.to} /> to finish the pending
          trigger actions.
        </li>
      );
    case 'trigger.setup-failed':
      return (
        <li className="is-drop">
          Trigger {t.sensor}/{t.trigger} never starts: {t.error}.
        </li>
      );
    case 'trigger.duplicate':
      return (
        <li>
          Trigger {t.sensor}/{t.trigger} ignored a duplicate event id.
        </li>
      );
    case 'conditions.reset':
      return (
        <li>
          conditionsReset at {t.at} cleared {t.dropped.length} held event(s) of {t.sensor}/
          {t.trigger}.
        </li>
      );
    default:
      return null;
  }
}

function CheckLine({ c }: { c: FilterCheck }) {
  return (
    <li className={c.result ? 'is-pass' : 'is-drop'}>
      <span className="check-mark" aria-hidden="true">
        {c.result ? '✓' : '✗'}
      </span>{' '}
      {c.family} <code>{c.subject}</code>
      {c.found !== undefined ? <> found {c.found}</> : <> nothing found</>}
      {c.comparator && c.expected !== undefined && (
        <>
          {' '}
          {c.comparator} {c.expected}
        </>
      )}
      {c.error && <> — error: {c.error}</>}
      {c.note && <span className="field-hint"> ({c.note})</span>}
    </li>
  );
}
