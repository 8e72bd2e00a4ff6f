import { effectiveEventBusName } from '../../graph/resourceParts';
import {
  diag,
  dependenciesOf,
  eventBuses,
  quote,
  sensors,
  specOf,
  text,
  type Rule,
} from '../ruleKit';
import type { Diagnostic } from '../diagnostic';

/** On a NATS Streaming bus, two dependencies on the same EventSource event are rejected (SEMANTICS §6.4). */
export const natsBusDependencies: Rule = (ctx) => {
  const natsBuses = new Set(
    eventBuses(ctx)
      .filter((b) => specOf(b).nats !== undefined)
      .map((b) => `${b.namespace ?? ''}/${b.name}`),
  );
  const out: Diagnostic[] = [];
  for (const s of sensors(ctx)) {
    if (!natsBuses.has(`${s.namespace ?? ''}/${effectiveEventBusName(s.value)}`)) continue;
    const seen = new Map<string, string>();
    for (const { dep, i } of dependenciesOf(s)) {
      const key = `${text(dep.eventSourceName)}/${text(dep.eventName)}`;
      const other = seen.get(key);
      if (other !== undefined) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.dependency.duplicate-event-on-stan',
            'error',
            `dependencies ${quote(other)} and ${quote(text(dep.name))} both use ${key}, which a NATS Streaming bus does not allow`,
            ['spec', 'dependencies', i],
          ),
        );
      } else {
        seen.set(key, text(dep.name));
      }
    }
  }
  return out;
};
