import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { EventNode } from '../../domain/graph/designGraph';
import { samplesFor } from '../../engine/sources/samples';
import { currentSimState } from '../../state/simulationStore';
import { DesignerStoreContext, useDesignerStore } from '../../state/useDesignerStore';
import { selectGraph } from '../../state/selectors';
import { useSimulation, useSimulationStore } from '../../state/useSimulation';
import { formatHeaders, isJsonText, parseHeaders, parseJsonBody, prettyBody } from './composeEvent';
import { useSimulatorActions } from './useSimulatorActions';

const METHODS = ['POST', 'GET', 'PUT', 'PATCH', 'DELETE'];

export const eventKey = (e: EventNode) => `${e.name}/${e.eventName}`;

/** Compose an event for any EventSource event of the design, preset with its type's sample. */
export function EventComposer() {
  const graph = useDesignerStore(selectGraph);
  const events = useMemo(
    () => graph.nodes.filter((n): n is EventNode => n.kind === 'event'),
    [graph],
  );
  const sim = useSimulationStore();
  const designer = useContext(DesignerStoreContext);
  const wanted = useSimulation((s) => s.composerEvent);
  const pendingSend = useSimulation((s) => s.pendingSend);
  const running = useSimulation((s) => s.running);
  const { run } = useSimulatorActions();
  const current = events.find((e) => eventKey(e) === wanted) ?? events[0];
  const nowMs = useSimulation((s) => {
    const st = currentSimState(s);
    return typeof st === 'number' ? st : st.nowMs;
  });
  // The event kinds this source's configuration receives (GitHub `events`, resource `eventTypes`…).
  const samples = useMemo(
    () => (current ? samplesFor(current.sourceType, current.config, { nowMs }) : []),
    // Timestamps follow the clock only when another event is chosen.
    [current],
  );
  const [kind, setKind] = useState<string | null>(null);
  const sample = samples.find((x) => x.kind === kind) ?? samples[0];
  const [body, setBody] = useState('');
  const [headers, setHeaders] = useState('');
  const [method, setMethod] = useState('POST');
  const [saveName, setSaveName] = useState('');
  const [times, setTimes] = useState(1);
  const loadedFor = useRef<string | null>(null);
  // Which event's sample the fields hold, as state: a render with it set has the sample's body.
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const key = current ? eventKey(current) : '';
  const loadSample = (chosen = sample) => {
    loadedFor.current = key;
    setLoadedKey(key);
    setBody(prettyBody(chosen?.payload.body));
    setHeaders(formatHeaders(chosen?.payload.headers));
    setMethod(chosen?.payload.method ?? 'POST');
  };
  // A different event loads its sample; the same event keeps what the user typed.
  useEffect(() => {
    if (loadedFor.current !== key) loadSample();
  });

  // Form posts (a StorageGRID notification, a Slack command) are text, not JSON.
  const formBody =
    /x-www-form-urlencoded/i.test(headers) ||
    (!!sample?.payload.body && !isJsonText(sample.payload.body));
  const parsedBody = formBody ? ({ ok: true, value: body } as const) : parseJsonBody(body);
  const parsedHeaders = parseHeaders(headers);
  const problem = !parsedBody.ok
    ? parsedBody.error
    : !parsedHeaders.ok
      ? parsedHeaders.error
      : null;
  const send = () => {
    if (!current || problem || !parsedHeaders.ok || !parsedBody.ok) return;
    const one = {
      label: key,
      body: parsedBody.value,
      headers: parsedHeaders.headers,
      method: sample?.payload.method ? method : undefined,
      input: {
        type: 'event' as const,
        source: current.name,
        eventName: current.eventName,
        namespace: current.namespace || undefined,
        payload: {
          ...sample?.payload,
          ...(sample?.payload.method ? { method } : {}),
          headers: parsedHeaders.headers,
          body,
        },
      },
    };
    // A burst runs in the worker in batches; the page stays responsive while the timeline fills.
    void run(Array.from({ length: times }, () => one));
  };
  const sendRef = useRef(send);
  sendRef.current = send;
  // A send asked for elsewhere waits until this event's sample is loaded (the effect above ran).
  useEffect(() => {
    if (!pendingSend || loadedKey !== key) return;
    sim.getState().sendHandled();
    sendRef.current();
  }, [pendingSend, key, loadedKey, sim]);

  if (!current)
    return (
      <p className="problems-empty">
        The design has no EventSource events to send. Add one from the palette.
      </p>
    );
  return (
    <form
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
      <label>
        Event
        <select value={key} onChange={(e) => sim.getState().chooseEvent(e.target.value)}>
          {events.map((e) => (
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
            onChange={(e) => {
              setKind(e.target.value);
              loadSample(samples.find((x) => x.kind === e.target.value));
            }}
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
          <select value={method} onChange={(e) => setMethod(e.target.value)}>
            {[...new Set([method, ...METHODS])].map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
      )}
      {sample?.payload.headers && (
        <label>
          Headers
          <textarea
            value={headers}
            onChange={(e) => setHeaders(e.target.value)}
            rows={2}
            spellCheck={false}
            aria-invalid={!parsedHeaders.ok || undefined}
          />
        </label>
      )}
      <label className="simulator-body">
        Body
        <textarea
          value={body}
          onChange={(e) => setBody(e.target.value)}
          rows={6}
          spellCheck={false}
          aria-invalid={!parsedBody.ok || undefined}
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
        <button type="submit" disabled={running || !!problem}>
          {running ? 'Sending…' : 'Send event'}
        </button>
        <label className="inline-label">
          times
          <select value={times} onChange={(e) => setTimes(Number(e.target.value))}>
            {[1, 10, 100, 1000].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => loadSample()}>
          Reset to sample
        </button>
      </div>
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
                { name: saveName.trim(), event: key, body, headers, method },
              ],
            }),
            setSaveName('')
          )}
        >
          Save event
        </button>
      </div>
    </form>
  );
}
