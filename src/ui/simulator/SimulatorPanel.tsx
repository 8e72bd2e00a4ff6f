import { useMemo, useState } from 'react';
import { listManifests, parseDesign } from '../../domain/design/design';
import { explainTrace } from '../../engine/explainTrace';
import { samplePayload } from '../../engine/sources/samples';
import type { SimState } from '../../engine/simulate/simState';
import type { Firing } from '../../engine/trace';
import { useDesignerStore } from '../../state/useDesignerStore';
import { selectFiles, selectGraph } from '../../state/selectors';
import { simulationClient } from './simulation';

const START = Date.UTC(2026, 0, 1, 9, 0, 0);

/** Send a test event through the design's sensors in the simulation worker and read why things fired. */
export function SimulatorPanel() {
  const files = useDesignerStore(selectFiles);
  const graph = useDesignerStore(selectGraph);
  const events = useMemo(() => graph.nodes.flatMap((n) => (n.kind === 'event' ? [{ key: `${n.name}/${n.eventName}`, source: n.name, eventName: n.eventName, sourceType: n.sourceType, config: n.config }] : [])), [graph]);
  const [selected, setSelected] = useState(events[0]?.key ?? '');
  const current = events.find((e) => e.key === selected) ?? events[0];
  const [body, setBody] = useState(() => (current ? (samplePayload(current.sourceType, current.config)?.payload.body ?? '') : ''));
  const [state, setState] = useState<SimState | number>(START);
  const [lines, setLines] = useState<string[]>([]);
  const [firings, setFirings] = useState<Firing[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  const choose = (key: string) => {
    setSelected(key);
    const e = events.find((x) => x.key === key);
    if (e) setBody(samplePayload(e.sourceType, e.config)?.payload.body ?? '');
  };

  const send = async () => {
    if (!current) return;
    setRunning(true);
    setError(null);
    try {
      const manifests = listManifests(parseDesign(files)).map((m) => ({ kind: m.kind, value: m.value }));
      const sample = samplePayload(current.sourceType, current.config)?.payload ?? {};
      const result = await simulationClient().run(manifests, [{ type: 'event', source: current.source, eventName: current.eventName, payload: { ...sample, body } }], state);
      setState(result.state);
      setLines((old) => [...old, ...explainTrace(result.trace)]);
      setFirings((old) => [...old, ...result.firings]);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  };

  const reset = () => {
    setState(START);
    setLines([]);
    setFirings([]);
    setError(null);
  };

  if (events.length === 0) return <p className="problems-empty">The design has no EventSource events to send.</p>;
  return (
    <div className="simulator">
      <form
        className="simulator-form"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <label>
          Event
          <select value={current?.key ?? ''} onChange={(e) => choose(e.target.value)}>
            {events.map((e) => (
              <option key={e.key} value={e.key}>
                {e.key} ({e.sourceType})
              </option>
            ))}
          </select>
        </label>
        <label className="simulator-body">
          Body
          <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={3} spellCheck={false} />
        </label>
        <div className="simulator-actions">
          <button type="submit" disabled={running}>
            {running ? 'Sending…' : 'Send event'}
          </button>
          <button type="button" onClick={reset} disabled={running}>
            Reset
          </button>
        </div>
      </form>
      <section className="simulator-output" aria-label="Simulation result" aria-live="polite">
        {error && <p role="alert" className="simulator-error">{error}</p>}
        <p className="simulator-summary" data-testid="simulator.summary">
          {firings.length} trigger firing{firings.length === 1 ? '' : 's'}
        </p>
        <ol className="simulator-trace">
          {lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
