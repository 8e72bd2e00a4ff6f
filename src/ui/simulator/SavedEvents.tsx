import { useContext } from 'react';
import { DesignerStoreContext, useDesignerStore } from '../../state/useDesignerStore';
import { selectGraph } from '../../state/selectors';
import type { SavedEvent } from '../../state/createDesignerStore';
import { useSimulation } from '../../state/useSimulation';
import { samplePayload } from '../../engine/sources/samples';
import type { EventNode } from '../../domain/graph/designGraph';
import { parseHeaders, parseJsonBody } from '../../domain/events/eventText';
import { useSimulatorActions, type SendRequest } from './useSimulatorActions';

/** Named payloads kept for this design's session: send one, or replay them all in order. */
export function SavedEvents() {
  const saved = useDesignerStore((s) => s.savedEvents);
  const designer = useContext(DesignerStoreContext);
  const running = useSimulation((s) => s.running);
  const graph = useDesignerStore(selectGraph);
  const { run } = useSimulatorActions();
  if (saved.length === 0) return null;
  const request = (e: SavedEvent): SendRequest | null => {
    const ev = graph.nodes.find(
      (n): n is EventNode => n.kind === 'event' && `${n.name}/${n.eventName}` === e.event,
    );
    if (!ev) return null;
    const sample = samplePayload(ev.sourceType, ev.config);
    const body = parseJsonBody(e.body);
    const headers = parseHeaders(e.headers);
    return {
      label: `${e.event} (${e.name})`,
      body: body.ok ? body.value : e.body,
      headers: headers.ok ? headers.headers : undefined,
      method: sample?.payload.method ? e.method : undefined,
      input: {
        type: 'event',
        source: ev.name,
        eventName: ev.eventName,
        namespace: ev.namespace || undefined,
        payload: {
          ...sample?.payload,
          ...(sample?.payload.method && e.method ? { method: e.method } : {}),
          ...(headers.ok ? { headers: headers.headers } : {}),
          body: e.body,
        },
      },
    };
  };
  const all = saved.map(request).filter((r): r is SendRequest => r !== null);
  return (
    <section className="saved-events" aria-label="Saved events">
      <header className="timeline-header">
        <h3>Saved events</h3>
        <button type="button" disabled={running || all.length === 0} onClick={() => void run(all)}>
          Replay all
        </button>
      </header>
      <ul>
        {saved.map((e) => {
          const r = request(e);
          return (
            <li key={e.name}>
              <button type="button" disabled={running || !r} onClick={() => r && void run([r])}>
                Send {e.name}
              </button>
              <button
                type="button"
                onClick={() =>
                  designer?.getState().dispatch({
                    type: 'setSavedEvents',
                    events: saved.filter((x) => x.name !== e.name),
                  })
                }
                aria-label={`Forget ${e.name}`}
              >
                Forget
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
