import { DEFAULT_EVENT_BUS, effectiveEventBusName, specOf } from '../../graph/resourceParts';
import { diag, eventBuses, quote, type Rule } from '../ruleKit';
import type { Diagnostic } from '../diagnostic';

/**
 * EventSources and Sensors pick a bus by `spec.eventBusName` (default `default`). A name with no
 * EventBus in the design is a warning: the cluster must already have it, or nothing flows.
 */
export const eventBusReferences: Rule = (ctx) => {
  const buses = new Set(eventBuses(ctx).map((b) => `${b.namespace ?? ''}/${b.name}`));
  const out: Diagnostic[] = [];
  for (const m of ctx.manifests) {
    if (m.kind === 'EventBus') continue;
    const name = effectiveEventBusName(m.value);
    if (buses.has(`${m.namespace ?? ''}/${name}`)) continue;
    const explicit = name !== DEFAULT_EVENT_BUS || specOf(m.value)?.eventBusName !== undefined;
    const message =
      name === DEFAULT_EVENT_BUS
        ? `no EventBus named "default" in this design; ${m.kind} ${quote(m.name)} uses it${explicit ? '' : ' (eventBusName is not set)'}, so the cluster must have one`
        : `eventBusName ${quote(name)} does not match an EventBus in this design; the cluster must have it`;
    const d = diag(
      ctx,
      m,
      name === DEFAULT_EVENT_BUS ? 'eventbus.no-default' : 'eventbus.unresolved',
      'warning',
      message,
      explicit ? ['spec', 'eventBusName'] : ['metadata', 'name'],
    );
    if (name === DEFAULT_EVENT_BUS)
      d.fix = {
        title: 'Add EventBus "default" (JetStream)',
        kind: 'append',
        value: {
          apiVersion: 'argoproj.io/v1alpha1',
          kind: 'EventBus',
          metadata: { name: DEFAULT_EVENT_BUS, ...(m.namespace ? { namespace: m.namespace } : {}) },
          spec: { jetstream: { version: 'latest' } },
        },
      };
    out.push(d);
  }
  return out;
};
