import { EVENT_BUS_CATALOG } from '../../domain/catalog/eventBusKinds';
import { EVENT_SOURCE_CATALOG } from '../../domain/catalog/eventSourceTypes';
import { TRIGGER_CATALOG } from '../../domain/catalog/triggerTypes';
import { parseNodeId } from '../../domain/graph/ids';
import type { DesignAction } from '../../state/designActions';

type PaletteGroup = 'EventSources' | 'EventBus' | 'Sensors' | 'Triggers';

export interface PaletteItem {
  id: string;
  group: PaletteGroup;
  kind: 'eventSource' | 'eventBus' | 'sensor' | 'trigger';
  type: string;
  label: string;
  description: string;
}

/** Everything the palette offers, read from the catalog so it can never drift from validation. */
const PALETTE_ITEMS: readonly PaletteItem[] = [
  ...EVENT_SOURCE_CATALOG.map((i): PaletteItem => ({
    id: `eventSource.${i.type}`,
    group: 'EventSources',
    kind: 'eventSource',
    type: i.type,
    label: i.label,
    description: `Events from ${i.label} (${i.cloudEventType})`,
  })),
  ...EVENT_BUS_CATALOG.map((i): PaletteItem => ({
    id: `eventBus.${i.kind}`,
    group: 'EventBus',
    kind: 'eventBus',
    type: i.kind,
    label: i.label,
    description: i.deprecated
      ? 'Deprecated: use JetStream'
      : 'Carries events from sources to sensors',
  })),
  {
    id: 'sensor.log',
    group: 'Sensors',
    kind: 'sensor',
    type: 'log',
    label: 'Sensor',
    description: 'Listens to events and runs triggers; starts with a log trigger',
  },
  ...TRIGGER_CATALOG.map((i): PaletteItem => ({
    id: `trigger.${i.type}`,
    group: 'Triggers',
    kind: 'trigger',
    type: i.type,
    label: i.label,
    description: i.external
      ? `Calls ${i.label} when the sensor fires`
      : `Creates a ${i.label} when the sensor fires`,
  })),
];

export function findPaletteItem(id: string): PaletteItem | undefined {
  return PALETTE_ITEMS.find((i) => i.id === id);
}

export function filterPalette(query: string): PaletteItem[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...PALETTE_ITEMS];
  return PALETTE_ITEMS.filter((i) =>
    `${i.label} ${i.type} ${i.group} ${i.description}`.toLowerCase().includes(q),
  );
}

/**
 * What adding a palette item means: a new EventSource or EventBus; a new Sensor (with a log trigger,
 * so it is valid and shows what it does); a trigger goes into the selected Sensor (or the Sensor of a
 * selected dependency or trigger), else into a new Sensor.
 */
export function paletteAction(
  item: PaletteItem,
  selected: string | null,
): Extract<DesignAction, { type: 'addEventSource' | 'addEventBus' | 'addTrigger' }> {
  if (item.kind === 'eventSource') return { type: 'addEventSource', sourceType: item.type };
  if (item.kind === 'eventBus') return { type: 'addEventBus', busKind: item.type };
  if (item.kind === 'sensor') return { type: 'addTrigger', triggerType: item.type };
  const s = selected ? parseNodeId(selected) : null;
  const inSensor = s && (s.kind === 'sensor' || s.kind === 'dependency' || s.kind === 'trigger');
  return {
    type: 'addTrigger',
    triggerType: item.type,
    ...(inSensor ? { sensor: { name: s.name, namespace: s.namespace } } : {}),
  };
}
