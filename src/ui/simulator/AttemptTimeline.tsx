import { formatSpan } from '../../engine/simulate/instant';
import type { AttemptRecord, Firing } from '../../engine/trace';

/** `09:00:01.5` of an RFC 3339 time (the date is in the element's title). */
export function clockOf(iso: string): string {
  const m = /T(\d\d:\d\d:\d\d(?:\.\d+)?)/.exec(iso);
  return m ? m[1]! : iso;
}

export function Time({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={iso}>
      {clockOf(iso)}
    </time>
  );
}

const span = (from: string, to: string) => formatSpan(Date.parse(to) - Date.parse(from));

/**
 * A firing's attempts on one readable line each, in time order: when it ran, how it went, the
 * backoff wait or rate-limit turn before the next, and the hand-off to a dead-letter trigger.
 */
export function AttemptTimeline({ firing }: { firing: Firing }) {
  const name = `${firing.sensor}/${firing.trigger}`;
  const items: { key: string; className: string; body: React.ReactNode }[] = [];
  if (firing.triggeredAt)
    items.push({
      key: 'triggered',
      className: 'attempt-wait',
      body: (
        <>
          <Time iso={firing.triggeredAt} /> conditions met; the action waits{' '}
          {span(firing.triggeredAt, firing.tries[0]?.requestedAt ?? firing.time)} for the trigger to
          be free
        </>
      ),
    });
  firing.tries.forEach((t, i) => {
    const prev = firing.tries[i - 1];
    if (prev) items.push(waitItem(prev, t));
    if (t.requestedAt)
      items.push({
        key: `turn-${t.n}`,
        className: 'attempt-wait',
        body: (
          <>
            <Time iso={t.requestedAt} /> waits {span(t.requestedAt, t.at)} for its rate-limit turn
          </>
        ),
      });
    items.push({ key: `try-${t.n}`, className: t.ok ? 'is-fire' : 'is-drop', body: <Try t={t} /> });
  });
  if (firing.tries.length === 0)
    items.push({
      key: 'none',
      className: 'is-drop',
      body: <>never ran: {firing.error ?? 'the retry loop stopped before the first call'}</>,
    });
  if (firing.handedTo) {
    const last = firing.tries.at(-1);
    items.push({
      key: 'dlq',
      className: 'attempt-handoff',
      body: (
        <>
          {last && <Time iso={last.endedAt ?? last.at} />} retries exhausted: the events go to the
          dlqTrigger <strong>{firing.handedTo}</strong>
        </>
      ),
    });
  }
  return (
    <ol className="attempts" aria-label={`Attempts of ${name}`}>
      {items.map((it) => (
        <li key={it.key} className={it.className}>
          {it.body}
        </li>
      ))}
    </ol>
  );
}

function waitItem(prev: AttemptRecord, next: AttemptRecord) {
  const from = prev.endedAt ?? prev.at;
  const to = next.requestedAt ?? next.at;
  const w = prev.retryWindow;
  return {
    key: `wait-${next.n}`,
    className: 'attempt-wait',
    body: (
      <>
        <Time iso={from} /> backoff wait {span(from, to)}
        {w && w.from !== w.to && (
          <span className="field-hint">
            {' '}
            (jitter puts attempt {next.n} between <Time iso={w.from} /> and <Time iso={w.to} />; the
            simulator takes the start)
          </span>
        )}
      </>
    ),
  };
}

function Try({ t }: { t: AttemptRecord }) {
  return (
    <>
      <Time iso={t.at} /> attempt {t.n} <span aria-hidden="true">{t.ok ? '✓' : '✗'}</span>{' '}
      {t.ok ? 'succeeded' : 'failed'} (the action {t.outcome}
      {t.endedAt ? `; result after ${span(t.at, t.endedAt)}` : ''})
      {t.error && (
        <>
          : <code>{t.error}</code>
        </>
      )}
      {t.detail && <span className="field-hint"> — {t.detail}</span>}
    </>
  );
}
