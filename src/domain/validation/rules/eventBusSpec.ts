import { EVENT_BUS_KINDS } from '../../catalog/eventBusKinds';
import { diag, eventBuses, obj, present, quote, specOf, text, type Rule } from '../ruleKit';
import type { Diagnostic, ValuePath } from '../diagnostic';

/** pkg/reconciler/eventbus/installer/installer.go getInstaller: the first kind set is installed. */
const INSTALL_ORDER = ['nats', 'jetstream', 'kafka', 'jetstreamExotic'] as const;

/**
 * EventBus rules (pkg/reconciler/eventbus/validate.go ValidateEventBus): at least one kind, and for
 * each kind that is set: NATS Streaming is native or exotic (not both), exotic needs clusterID and
 * url; JetStream needs a version and 1 or at least 3 replicas; Kafka and exotic JetStream need a url.
 * Several kinds are accepted, but only the first in the installer's order is used (a warning), and
 * NATS Streaming is deprecated (advice).
 */
export const eventBusSpec: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const bus of eventBuses(ctx)) {
    const spec = specOf(bus);
    const kinds = INSTALL_ORDER.filter((k) => present(spec[k]));
    const report = (
      code: string,
      severity: Diagnostic['severity'],
      message: string,
      path: ValuePath,
      target: 'key' | 'value' = 'key',
    ) => out.push(diag(ctx, bus, code, severity, message, path, target));
    if (kinds.length === 0) {
      report(
        'eventbus.kind-count',
        'error',
        `EventBus ${quote(bus.name)} needs one of ${EVENT_BUS_KINDS.join(', ')}`,
        ['spec'],
      );
      continue;
    }
    if (kinds.length > 1)
      report(
        'eventbus.kind-count',
        'warning',
        `EventBus ${quote(bus.name)} sets ${kinds.join(' and ')}; the controller accepts it but installs only ${kinds[0]}, the others are ignored`,
        ['spec', kinds[1] ?? ''],
      );
    const nats = obj(spec.nats);
    if (nats) {
      const native = present(nats.native);
      const exotic = obj(nats.exotic);
      if (native && exotic)
        report(
          'eventbus.nats.native-and-exotic',
          'error',
          'spec.nats.native and spec.nats.exotic cannot be set together',
          ['spec', 'nats', 'exotic'],
        );
      else if (!native && !exotic)
        report('eventbus.missing-field', 'error', 'a NATS Streaming bus needs native or exotic', [
          'spec',
          'nats',
        ]);
      if (exotic) {
        // clusterID is a pointer upstream (present, even empty); url a string (not empty).
        if (!present(exotic.clusterID))
          report(
            'eventbus.missing-field',
            'error',
            'an exotic NATS Streaming bus needs clusterID',
            ['spec', 'nats', 'exotic'],
          );
        if (text(exotic.url) === '')
          report('eventbus.missing-field', 'error', 'an exotic NATS Streaming bus needs url', [
            'spec',
            'nats',
            'exotic',
          ]);
      }
      const d = diag(
        ctx,
        bus,
        'eventbus.nats-deprecated',
        'info',
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
    const js = obj(spec.jetstream);
    if (js) {
      if (text(js.version) === '')
        report(
          'eventbus.missing-field',
          'error',
          'a JetStream EventBus needs a version (e.g. version: latest)',
          ['spec', 'jetstream'],
        );
      const replicas = js.replicas;
      if (typeof replicas === 'number' && (replicas === 2 || replicas <= 0))
        report(
          'eventbus.jetstream.replicas',
          'error',
          `JetStream replicas must be 1 or at least 3 (got ${replicas}${replicas === 2 ? ': a 2-node cluster cannot keep a quorum' : ''})`,
          ['spec', 'jetstream', 'replicas'],
          'value',
        );
    }
    for (const kind of ['kafka', 'jetstreamExotic'] as const) {
      const body = obj(spec[kind]);
      if (body && text(body.url) === '')
        report(
          'eventbus.missing-field',
          'error',
          `${kind === 'kafka' ? 'a Kafka' : 'an exotic JetStream'} EventBus needs url`,
          ['spec', kind],
        );
    }
  }
  return out;
};
