import { useContext, useId, useMemo, useState } from 'react';
import { simClock, type ComposerDraft } from '../../state/simulationStore';
import { DesignerStoreContext, useDesignerStore } from '../../state/useDesignerStore';
import { selectGraph } from '../../state/selectors';
import { useSimulation, useSimulationStore } from '../../state/useSimulation';
import { designEvents, draftRequest, eventKey, eventSamples, sampleDraft } from './composerDraft';
import { useSimulatorActions } from './useSimulatorActions';
import { findChoices } from '../common/manyChoices';

const METHODS = ['POST', 'GET', 'PUT', 'PATCH', 'DELETE'];

/**
 * Compose an event for any EventSource event of the design, preset with its type's sample. What
 * is typed lives in the simulation store (`draft`); until something is typed the fields show the
 * chosen sample.
 */
export function EventComposer() {
  const graph = useDesignerStore(selectGraph);
  const events = useMemo(() => designEvents(graph), [graph]);
  const sim = useSimulationStore();
  const designer = useContext(DesignerStoreContext);
  const wanted = useSimulation((s) => s.composerEvent);
  const stored = useSimulation((s) => s.draft);
  const running = useSimulation((s) => s.running);
  const { run } = useSimulatorActions();
  const current = events.find((e) => eventKey(e) === wanted) ?? events[0];
  const nowMs = useSimulation(simClock);
  const key = current ? eventKey(current) : '';
  const [find, setFind] = useState('');
  const choices = useMemo(
    () => findChoices(events, find, (e) => `${eventKey(e)} (${e.sourceType})`, current),
    [events, find, current],
  );
  const samples = useMemo(() => (current ? eventSamples(current, nowMs) : []), [current, nowMs]);
  const draftHere = stored && stored.event === key ? stored : null;
  const sample = samples.find((x) => x.kind === draftHere?.kind) ?? samples[0];
  const draft = draftHere ?? (current ? sampleDraft(current, sample) : null);
  const [saveName, setSaveName] = useState('');
  const [times, setTimes] = useState(1);
  const edit = (patch: Partial<ComposerDraft>) =>
    draft && sim.getState().setDraft({ ...draft, ...patch });
  const checked = current && draft ? draftRequest(current, draft, sample) : null;
  const problem = checked && !checked.ok ? checked.problem : null;
  const wrong = checked && !checked.ok ? checked.field : null;
  const formId = useId();
  const send = () => {
    // A burst streams from the worker; the page stays responsive while the timeline fills.
    if (checked?.ok) void run(Array.from({ length: times }, () => checked.request));
  };

  if (!current)
    return (
      <p className="problems-empty">
        The design has no EventSource events to send. Add one from the palette.
      </p>
    );
  return (
    <>
      {/* Before the form and sticky in the scrolling column (outside the form, so the form's end does
          not carry it away), so Send stays in view however small the panel or long the body. */}
      <div className="simulator-actions composer-send">
        <button type="submit" form={formId} disabled={running || !!problem}>
          {running ? 'Sending…' : 'Send event'}
        </button>
        <label className="inline-label">
          times
          <select value={times} onChange={(e) => setTimes(Number(e.target.value))}>
            {[1, 10, 100, 1000, 10_000].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => sim.getState().setDraft(null)}>
          Reset to sample
        </button>
      </div>
      <form
        id={formId}
        className="simulator-form"
        aria-label="Event composer"
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            send();
          }
        }}
      >
        {choices.many && (
          <>
            <label>
              Find an event
              <input
                type="search"
                value={find}
                onChange={(e) => setFind(e.target.value)}
                aria-describedby={`${formId}-found`}
              />
            </label>
            <span id={`${formId}-found`} className="field-hint">
              {choices.found.toLocaleString('en')} of {events.length.toLocaleString('en')} events
              {choices.more > 0 ? `; the first ${choices.shown.length} are listed` : ''}
            </span>
          </>
        )}
        <label>
          Event
          <select value={key} onChange={(e) => sim.getState().chooseEvent(e.target.value)}>
            {choices.shown.map((e) => (
              <option key={e.id} value={eventKey(e)}>
                {eventKey(e)} ({e.sourceType})
              </option>
            ))}
          </select>
        </label>
        {samples.length > 1 && (
          <label>
            Sample
            <select
              value={sample?.kind ?? ''}
              onChange={(e) =>
                current &&
                sim.getState().setDraft(
                  sampleDraft(
                    current,
                    samples.find((x) => x.kind === e.target.value),
                  ),
                )
              }
            >
              {samples.map((x) => (
                <option key={x.kind} value={x.kind}>
                  {x.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {sample?.payload.method && (
          <label>
            Method
            <select value={draft?.method} onChange={(e) => edit({ method: e.target.value })}>
              {[...new Set([draft?.method ?? 'POST', ...METHODS])].map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </label>
        )}
        {sample?.payload.headers && (
          <label>
            Headers
            <textarea
              value={draft?.headers ?? ''}
              onChange={(e) => edit({ headers: e.target.value })}
              rows={2}
              spellCheck={false}
              aria-invalid={wrong === 'headers' || undefined}
            />
          </label>
        )}
        <label className="simulator-body">
          Body
          <textarea
            value={draft?.body ?? ''}
            onChange={(e) => edit({ body: e.target.value })}
            rows={6}
            spellCheck={false}
            aria-invalid={wrong === 'body' || undefined}
            aria-describedby="composer-problem"
          />
        </label>
        <p
          id="composer-problem"
          className={problem ? 'field-error' : 'field-hint'}
          role={problem ? 'alert' : undefined}
        >
          {problem ?? `${sample?.label ?? 'Sample'} · Ctrl+Enter sends`}
        </p>
        <div className="simulator-actions">
          <input
            aria-label="Name for this event"
            placeholder="name, e.g. main push"
            value={saveName}
            onChange={(e) => setSaveName(e.target.value)}
          />
          <button
            type="button"
            disabled={!saveName.trim() || !!problem}
            onClick={() => (
              designer?.getState().dispatch({
                type: 'setSavedEvents',
                events: [
                  ...designer.getState().savedEvents.filter((x) => x.name !== saveName.trim()),
                  {
                    name: saveName.trim(),
                    event: key,
                    body: draft?.body ?? '',
                    headers: draft?.headers ?? '',
                    method: draft?.method ?? 'POST',
                  },
                ],
              }),
              setSaveName('')
            )}
          >
            Save event
          </button>
        </div>
      </form>
    </>
  );
}
