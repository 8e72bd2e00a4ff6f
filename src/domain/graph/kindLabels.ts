import type { NodeKind } from './ids';

/** How each node kind is named to people and to assistive technology. */
export const KIND_LABEL: Record<NodeKind, string> = {
  eventBus: 'EventBus',
  eventSource: 'EventSource',
  event: 'Event',
  sensor: 'Sensor',
  dependency: 'Dependency',
  trigger: 'Trigger',
};
