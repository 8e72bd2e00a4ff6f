import { EVENT_BUS_CATALOG } from '../../domain/catalog/eventBusKinds';
import { EVENT_SOURCE_CATALOG } from '../../domain/catalog/eventSourceTypes';
import { TRIGGER_CATALOG } from '../../domain/catalog/triggerTypes';

export type PaletteGroup = 'EventSources' | 'EventBus' | 'Triggers';

export interface PaletteItem {
  id: string;
  group: PaletteGroup;
  kind: 'eventSource' | 'eventBus' | 'trigger';
  type: string;
  label: string;
  description: string;
}

/** Everything the palette offers, read from the catalog so it can never drift from validation. */
export const PALETTE_ITEMS: readonly PaletteItem[] = [
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
