import { eventSourceEvents } from '../../manifest/eventSourceManifest';
import { diag, dependenciesOf, eventSources, quote, sensors, text, type Rule } from '../ruleKit';
import type { Diagnostic } from '../diagnostic';

/**
 * A dependency names an EventSource and one of its events. The controller does not compare them (a
 * cross-resource check upstream lint lacks), so both findings are warnings: when the design holds
 * that EventSource but not the event, the dependency can never match; when the design has no
 * EventSource of that name, it may live elsewhere in the cluster.
 */
export const dependencyTargets: Rule = (ctx) => {
  const events = new Map<string, Set<string>>();
  for (const es of eventSources(ctx)) {
    const key = `${es.namespace ?? ''}/${es.name}`;
    const names = events.get(key) ?? new Set<string>();
    for (const event of eventSourceEvents(es.value)) names.add(event.name);
    events.set(key, names);
  }
  const out: Diagnostic[] = [];
  for (const s of sensors(ctx)) {
    for (const { dep, i } of dependenciesOf(s)) {
      const source = text(dep.eventSourceName);
      const event = text(dep.eventName);
      if (!source || !event) continue;
      const known = events.get(`${s.namespace ?? ''}/${source}`);
      if (!known) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.dependency.unknown-event-source',
            'warning',
            `no EventSource ${quote(source)} in this design${s.namespace ? ` (namespace ${s.namespace})` : ''}; dependency ${quote(text(dep.name))} only matches if the cluster has one`,
            ['spec', 'dependencies', i, 'eventSourceName'],
          ),
        );
      } else if (!known.has(event)) {
        const choices = [...known].map(quote).join(', ');
        out.push(
          diag(
            ctx,
            s,
            'sensor.dependency.unknown-event',
            'warning',
            `EventSource ${quote(source)} has no event ${quote(event)}${choices ? `; it has ${choices}` : ''}`,
            ['spec', 'dependencies', i, 'eventName'],
          ),
        );
      }
    }
  }
  return out;
};
