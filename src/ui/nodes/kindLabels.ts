import type { GraphNode } from '../../domain/graph/designGraph';

/** How each node kind is named to people and to assistive technology. */
export const KIND_LABEL: Record<GraphNode['kind'], string> = {
  eventBus: 'EventBus',
  eventSource: 'EventSource',
  event: 'Event',
  sensor: 'Sensor',
  dependency: 'Dependency',
  trigger: 'Trigger',
};
