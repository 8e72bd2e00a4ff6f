import { EVENT_BUS_KINDS, lookupEventBusKind } from '../../catalog/eventBusKinds';
import { diag, eventBuses, missingRequired, obj, quote, specOf, type Rule } from '../ruleKit';
import type { Diagnostic } from '../diagnostic';

/**
 * EventBus rules (SEMANTICS §6.3): exactly one kind; its required fields; JetStream replicas 1 or at
 * least 3; NATS Streaming is deprecated.
 */
export const eventBusSpec: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const bus of eventBuses(ctx)) {
    const spec = specOf(bus);
    const kinds = EVENT_BUS_KINDS.filter((k) => spec[k] !== undefined && spec[k] !== null);
    if (kinds.length !== 1) {
      out.push(
        diag(
          ctx,
          bus,
          'eventbus.kind-count',
          'error',
          kinds.length === 0
            ? `EventBus ${quote(bus.name)} needs one of ${EVENT_BUS_KINDS.join(', ')}`
            : `EventBus ${quote(bus.name)} sets ${kinds.join(' and ')}; exactly one is allowed`,
          ['spec'],
        ),
      );
      continue;
    }
    const kind = kinds[0] ?? 'jetstream';
    const body = obj(spec[kind]) ?? {};
    const info = lookupEventBusKind(kind);
    for (const field of missingRequired(body, info?.required ?? [])) {
      out.push(
        diag(
          ctx,
          bus,
          'eventbus.missing-field',
          'error',
          `${info?.label ?? kind} EventBus needs ${field}`,
          ['spec', kind],
        ),
      );
    }
    if (kind === 'jetstream' && typeof body.replicas === 'number' && body.replicas === 2) {
      out.push(
        diag(
          ctx,
          bus,
          'eventbus.jetstream.replicas',
          'error',
          'JetStream replicas must be 1 or at least 3 (a 2-node cluster cannot keep a quorum)',
          ['spec', kind, 'replicas'],
        ),
      );
    }
    if (kind === 'nats') {
      const natsBody = obj(body.exotic);
      if (natsBody)
        for (const field of missingRequired(natsBody, ['url', 'clusterID']))
          out.push(
            diag(
              ctx,
              bus,
              'eventbus.missing-field',
              'error',
              `an exotic NATS Streaming bus needs ${field}`,
              ['spec', 'nats', 'exotic'],
            ),
          );
      const d = diag(
        ctx,
        bus,
        'eventbus.nats-deprecated',
        'warning',
        'NATS Streaming (STAN) is deprecated; use jetstream: {version: latest}',
        ['spec', 'nats'],
        'key',
      );
      d.fix = {
        title: 'Switch to JetStream',
        kind: 'set',
        resource: { kind: 'EventBus', name: bus.name, namespace: bus.namespace },
        path: ['spec'],
        value: { jetstream: { version: 'latest' } },
      };
      out.push(d);
    }
  }
  return out;
};
