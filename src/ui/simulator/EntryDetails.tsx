import { useState } from 'react';
import type { DependencyNode, EventNode } from '../../domain/graph/designGraph';
import { reproduceCommands } from '../../engine/sources/reproduce';
import { useDesignerStore } from '../../state/useDesignerStore';
import { selectGraph } from '../../state/selectors';
import { MAX_ENTRIES, stepDetail, type SimEntry } from '../../state/simulationStore';
import type { StepDetail } from '../../worker/messages';
import { FiringView } from './FiringView';
import { CopyButton, JsonTree } from './JsonTree';
import { WhyView } from './WhyView';
import { SendToLiveBus } from '../live/SendToLiveBus';

const TABS = ['Why', 'Output', 'Event', 'Reproduce'] as const;
type Tab = (typeof TABS)[number];

/** Everything about one timeline entry: why, what it produced, the event itself, and how to replay it on a cluster. */
export function EntryDetails({ entry }: { entry: SimEntry }) {
  const detail = stepDetail(entry);
  if (!detail)
    return (
      <section className="entry-details" aria-label="Details">
        <p className="field-hint" role="note">
          A long burst keeps the details of its last {MAX_ENTRIES.toLocaleString('en')} steps only
          (the timeline lets the older ones go); this step’s outcome is on the canvas. They show
          when the burst is over.
        </p>
      </section>
    );
  return <StepDetails entry={entry} detail={detail} />;
}

function StepDetails({ entry, detail }: { entry: SimEntry; detail: StepDetail }) {
  const { firings, triggerSpecs } = detail;
  // Until a tab is chosen, each step opens on what it did: its output if it fired, else why not.
  const [chosen, setTab] = useState<Tab | null>(null);
  const tab = chosen ?? (firings.length ? 'Output' : 'Why');
  return (
    <section className="entry-details" aria-label="Details">
      <div role="tablist" aria-label="Details of the step" className="detail-tabs">
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={tab === t}
            onClick={() => setTab(t)}
          >
            {t}
            {t === 'Output' && firings.length ? ` (${firings.length})` : ''}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={tab} className="detail-body">
        {tab === 'Why' && <WhyView detail={detail} />}
        {tab === 'Output' &&
          (firings.length ? (
            firings.map((f, i) => (
              <FiringView key={i} firing={f} typeSpec={triggerSpecs[`${f.sensor}/${f.trigger}`]} />
            ))
          ) : (
            <p className="field-hint">Nothing fired at this step: see Why.</p>
          ))}
        {tab === 'Event' && <EventView entry={entry} detail={detail} />}
        {tab === 'Reproduce' && <ReproduceView entry={entry} />}
      </div>
    </section>
  );
}

function EventView({ entry, detail }: { entry: SimEntry; detail: StepDetail }) {
  const received = detail.trace.find((t) => t.type === 'event.received');
  if (!received || received.type !== 'event.received')
    return <p className="field-hint">This step sent no event.</p>;
  let data: unknown = received.data;
  try {
    data = received.data === null ? null : (JSON.parse(received.data) as unknown);
  } catch {
    // Not JSON: show the text as it is.
  }
  const event = {
    context: {
      id: received.eventId,
      source: received.source,
      subject: received.subject,
      type: received.sourceType,
      time: received.time,
    },
    data,
  };
  const text = JSON.stringify(event, null, 2);
  return (
    <div>
      <div className="simulator-actions">
        <CopyButton text={text} label="Copy event JSON" />
        <CopyButton text={JSON.stringify(data, null, 2)} label="Copy data JSON" />
      </div>
      <JsonTree value={event} />
      <SendToLiveBus entry={entry} detail={detail} />
    </div>
  );
}

function ReproduceView({ entry }: { entry: SimEntry }) {
  const graph = useDesignerStore(selectGraph);
  const design = useDesignerStore((s) => s.design);
  if (entry.input.type !== 'event')
    return (
      <p className="field-hint">
        Clock moves have no cluster equivalent; wait, or change the schedule.
      </p>
    );
  const input = entry.input;
  const ev = graph.nodes.find(
    (n): n is EventNode =>
      n.kind === 'event' && n.name === input.source && n.eventName === input.eventName,
  );
  const sensors = [
    ...new Set(
      graph.nodes
        .filter(
          (n): n is DependencyNode =>
            n.kind === 'dependency' &&
            n.eventSourceName === input.source &&
            n.eventName === input.eventName,
        )
        .map((d) => d.name),
    ),
  ];
  const headers = input.payload.headers as Record<string, string> | undefined;
  const resource = graph.nodes.find((n) => n.kind === 'eventSource' && n.name === input.source);
  const spec = resource && 'manifest' in resource ? resource.manifest.spec : undefined;
  const service = isRecord(spec) && isRecord(spec.service) ? spec.service : undefined;
  const lines = reproduceCommands({
    servicePorts: service && Array.isArray(service.ports) ? service.ports : undefined,
    namespace: ev?.namespace ?? '',
    eventSourceName: input.source,
    sourceType: ev?.sourceType ?? 'webhook',
    config: ev?.config,
    sensorName: sensors[0] ?? 'SENSOR',
    method: input.payload.method,
    headers,
    body: input.payload.body,
    fileName: `${(design?.name ?? 'design').replace(/[^\w.-]+/g, '-')}.yaml`,
  });
  const text = lines.join('\n');
  return (
    <div>
      <p className="field-hint">
        Send the same event to the real EventSource (after downloading the design with Ctrl+S):
      </p>
      <pre className="commands">{text}</pre>
      <CopyButton text={text} label="Copy commands" />
    </div>
  );
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
