import type { DesignGraph } from '../../domain/graph/designGraph';
import { isRecord } from '../../lib/jsonValue';

/** Every trigger of the design as `SENSOR/TRIGGER`, dead-letter triggers by their own name. */
export function triggerKeys(graph: DesignGraph): { key: string; dlq: boolean }[] {
  const out: { key: string; dlq: boolean }[] = [];
  // Each name once (a copy of a Sensor, a dead-letter trigger named as its trigger): the outcome is
  // set per name. A set, not a search of the list per trigger: 40,000 triggers were quadratic.
  const seen = new Set<string>();
  const add = (key: string, dlq: boolean) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ key, dlq });
  };
  for (const n of graph.nodes) {
    if (n.kind !== 'trigger' || !isRecord(n.value.template)) continue;
    add(`${n.name}/${n.triggerName}`, false);
    const dlq = n.value.dlqTrigger;
    if (isRecord(dlq) && isRecord(dlq.template))
      add(`${n.name}/${String(dlq.template.name ?? '')}`, true);
  }
  return out;
}
