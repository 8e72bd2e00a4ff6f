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
  let y = 0;
  for (const source of graph.nodes.filter((n) => n.kind === 'eventSource')) {
    const events = graph.nodes.filter(
      (n) => n.kind === 'event' && n.name === source.name && n.namespace === source.namespace,
    );
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
    const mine = (kind: GraphNode['kind']) =>
      graph.nodes.filter(
        (n) => n.kind === kind && n.name === sensor.name && n.namespace === sensor.namespace,
      );
    const deps = mine('dependency');
    const triggers = mine('trigger');
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
