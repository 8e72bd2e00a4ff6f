import type { FilterCheck, TraceEvent } from '../../engine/trace';
import type { SimEntry } from '../../state/simulationStore';

/** Why things happened: each dependency's filters check by check, each trigger's conditions. */
export function WhyView({ entry }: { entry: SimEntry }) {
  const items = entry.trace.filter((t) => t.type !== 'clock.set');
  const waiting = Object.entries(entry.state.triggers).filter(
    ([, t]) => Object.keys(t.held).length > 0,
  );
  return (
    <div className="why">
      <ul className="why-list">
        {items.map((t, i) => (
          <WhyItem key={i} t={t} />
        ))}
      </ul>
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
          fired ({t.firing.triggerType}).
        </li>
      );
    case 'trigger.failed':
      return (
        <li className="is-drop">
          Trigger {t.sensor}/{t.trigger} failed: {t.error}.
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
