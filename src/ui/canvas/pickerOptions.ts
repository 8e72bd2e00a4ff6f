import type { DesignGraph, GraphNode } from '../../domain/graph/designGraph';
import { KIND_LABEL } from '../../domain/graph/kindLabels';
import { parseNodeId } from '../../domain/graph/ids';
import type { PickerOption } from './PickerDialog';

const ORDER: Record<GraphNode['kind'], number> = {
  eventSource: 0,
  sensor: 1,
  eventBus: 2,
  event: 3,
  dependency: 4,
  trigger: 5,
};

/** "Go to resource": every node, resources first, each with its kind and the resource it belongs to. */
export function goToOptions(graph: DesignGraph): PickerOption[] {
  return [...graph.nodes]
    .sort(
      (a, b) =>
        ORDER[a.kind] - ORDER[b.kind] ||
        a.label.localeCompare(b.label) ||
        a.name.localeCompare(b.name),
    )
    .map((n) => {
      const resource = n.kind === 'eventSource' || n.kind === 'sensor' || n.kind === 'eventBus';
      const ns = n.namespace ? ` · ${n.namespace}` : '';
      return {
        id: n.id,
        label: n.label || '(unnamed)',
        detail: resource ? `${KIND_LABEL[n.kind]}${ns}` : `${KIND_LABEL[n.kind]} in ${n.name}${ns}`,
      };
    });
}

/**
 * "Add dependency…" for a Sensor: every event of the design's EventSources, `source/event`. Events
 * the Sensor already depends on and those in another namespace are listed but cannot be picked.
 */
export function dependencyOptions(graph: DesignGraph, sensorId: string): PickerOption[] {
  const sensor = parseNodeId(sensorId);
  if (!sensor) return [];
  const used = new Set<string>();
  for (const n of graph.nodes)
    if (n.kind === 'dependency' && n.name === sensor.name && n.namespace === sensor.namespace)
      used.add(`${n.eventSourceName}/${n.eventName}`);
  return graph.nodes
    .flatMap((n) => (n.kind === 'event' ? [n] : []))
    .sort((a, b) => a.name.localeCompare(b.name) || a.eventName.localeCompare(b.eventName))
    .map((n) => {
      const key = `${n.name}/${n.eventName}`;
      const elsewhere = n.namespace !== sensor.namespace;
      return {
        id: n.id,
        label: key,
        detail: elsewhere
          ? `in namespace ${n.namespace || '(none)'}: not reachable`
          : used.has(key)
            ? `${n.sourceType} · already a dependency`
            : n.sourceType,
        disabled: elsewhere,
      };
    });
}
