import type { DesignGraph, GraphNode } from '../../domain/graph/designGraph';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Set for dependencies and triggers: they sit inside their Sensor's box. */
  parentId?: string;
}

export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 56;
const GAP_Y = 20;
const COL = { source: 0, event: 230, bus: 470, sensor: 710 };
const SENSOR_PAD = { top: 52, side: 20, bottom: 20, between: 40 };

/**
 * A deterministic layered layout, left to right in the direction events travel:
 * EventSource → events → EventBus → Sensor (holding its dependencies and triggers).
 * Pure: same graph, same boxes.
 */
export function autoLayout(graph: DesignGraph): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const row = (i: number) => i * (NODE_HEIGHT + GAP_Y);
  // Parts grouped by their resource in one pass (a filter per resource was quadratic).
  const parts = new Map<string, GraphNode[]>();
  for (const n of graph.nodes) {
    if (n.kind !== 'event' && n.kind !== 'dependency' && n.kind !== 'trigger') continue;
    const k = partKey(n.kind, n.namespace, n.name);
    const list = parts.get(k);
    if (list) list.push(n);
    else parts.set(k, [n]);
  }
  const partsOf = (kind: GraphNode['kind'], owner: GraphNode) =>
    parts.get(partKey(kind, owner.namespace, owner.name)) ?? [];
  let y = 0;
  for (const source of graph.nodes.filter((n) => n.kind === 'eventSource')) {
    const events = partsOf('event', source);
    boxes.set(source.id, { x: COL.source, y, width: NODE_WIDTH, height: NODE_HEIGHT });
    events.forEach((e, i) =>
      boxes.set(e.id, { x: COL.event, y: y + row(i), width: NODE_WIDTH, height: NODE_HEIGHT }),
    );
    y += row(Math.max(1, events.length)) + GAP_Y;
  }
  const sourcesHeight = y;
  y = 0;
  const sensorBoxes: Box[] = [];
  for (const sensor of graph.nodes.filter((n) => n.kind === 'sensor')) {
    const deps = partsOf('dependency', sensor);
    const triggers = partsOf('trigger', sensor);
    const rows = Math.max(1, deps.length, triggers.length);
    const box: Box = {
      x: COL.sensor,
      y,
      width: SENSOR_PAD.side * 2 + NODE_WIDTH * 2 + SENSOR_PAD.between,
      height: SENSOR_PAD.top + row(rows) - GAP_Y + SENSOR_PAD.bottom,
    };
    boxes.set(sensor.id, box);
    sensorBoxes.push(box);
    deps.forEach((d, i) =>
      boxes.set(d.id, {
        x: SENSOR_PAD.side,
        y: SENSOR_PAD.top + row(i),
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        parentId: sensor.id,
      }),
    );
    triggers.forEach((t, i) =>
      boxes.set(t.id, {
        x: SENSOR_PAD.side + NODE_WIDTH + SENSOR_PAD.between,
        y: SENSOR_PAD.top + row(i),
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        parentId: sensor.id,
      }),
    );
    y += box.height + GAP_Y * 2;
  }
  const buses = graph.nodes.filter((n) => n.kind === 'eventBus');
  const middle = Math.max(sourcesHeight, y) / 2;
  buses.forEach((b, i) =>
    boxes.set(b.id, {
      x: COL.bus,
      y: Math.max(0, middle - NODE_HEIGHT / 2) + row(i) * 1.5,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
    }),
  );
  return boxes;
}

function partKey(kind: GraphNode['kind'], namespace: string, name: string): string {
  return `${kind}\u0000${namespace}\u0000${name}`;
}
