import { useContext, useEffect } from 'react';
import { selectSimManifests } from '../../state/selectors';
import { DesignerStoreContext } from '../../state/useDesignerStore';
import { liveBus, type LiveEvent } from '../../worker/liveBus';
import { useSimulatorActions } from '../simulator/useSimulatorActions';
import type { SimManifest } from '../../engine/simulate/simDesign';

/**
 * Runs each live event through the simulator, one after the other, as a timeline entry marked
 * live. While no simulator is mounted, the connection keeps the events for it.
 */
export function useLiveEventsIntoSimulator(): void {
  const { run } = useSimulatorActions();
  const designer = useContext(DesignerStoreContext);
  useEffect(() => {
    let queue = Promise.resolve();
    const bus = liveBus();
    bus.setSink((m: LiveEvent) => {
      queue = queue.then(() => {
        const c = m.event.context;
        // Read only when the tap did not say: a big design's manifests are read on first use.
        const manifests = () => (designer ? selectSimManifests(designer.getState()) : []);
        return run([
          {
            input: {
              type: 'sensor-event',
              event: m.event,
              namespace: m.namespace || namespaceOf(manifests(), c.source, c.subject),
            },
            label: `${c.source}/${c.subject}`,
            live: {
              server: bus.getSnapshot().server ?? '',
              subject: m.subject,
              streamSeq: m.streamSeq,
              receivedAt: m.receivedAt,
            },
          },
        ]);
      });
    });
    return () => bus.setSink(null);
  }, [run, designer]);
}

/** The namespace of the design's sensors that wait for this event (the tap may know none). */
function namespaceOf(manifests: readonly SimManifest[], source: string, subject: string): string {
  for (const m of manifests) {
    if (m.kind !== 'Sensor') continue;
    const v = m.value as {
      metadata?: { namespace?: unknown };
      spec?: { dependencies?: { eventSourceName?: unknown; eventName?: unknown }[] };
    };
    const deps = Array.isArray(v.spec?.dependencies) ? v.spec.dependencies : [];
    if (deps.some((d) => d?.eventSourceName === source && d?.eventName === subject))
      return typeof v.metadata?.namespace === 'string' ? v.metadata.namespace : '';
  }
  return '';
}
