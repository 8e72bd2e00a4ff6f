import type { DesignGraph, GraphNode } from '../../domain/graph/designGraph';
import { finish, sliceEnd, type Sliced } from '../../lib/slicedWork';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Set for dependencies and triggers: they sit inside their Sensor's box. */
  parentId?: string;
}

const NODE_WIDTH = 190;
const NODE_HEIGHT = 56;
const GAP_Y = 20;
const COL = { source: 0, event: 230, bus: 470, sensor: 710 };
const SENSOR_PAD = { top: 52, side: 20, bottom: 20, between: 40 };
const PART = { width: NODE_WIDTH, height: NODE_HEIGHT };
const TRIGGER_X = SENSOR_PAD.side + NODE_WIDTH + SENSOR_PAD.between;

/** Side by side, one band of source, event, bus and sensor columns is this wide (with a gap). */
const BAND_WIDTH = COL.sensor + SENSOR_PAD.side * 2 + NODE_WIDTH * 2 + SENSOR_PAD.between + 240;
/** Bands are added until the layout is about this much wider than tall (a canvas's shape). */
const ASPECT = 1.5;

/**
 * A deterministic layered layout, left to right in the direction events travel:
 * EventSource → events → EventBus → Sensor (holding its dependencies and triggers).
 * A design too tall for its width (dozens of sources and sensors) wraps into bands of those
 * columns side by side, so a fit keeps names readable. Pure: same graph, same boxes.
 */
export function autoLayout(graph: DesignGraph): Map<string, Box> {
  return finish(layoutWork(graph));
}

/** {@link autoLayout} as work that yields between nodes (a big design lays out over several tasks). */
export function* layoutWork(graph: DesignGraph): Sliced<Map<string, Box>> {
  const boxes = new Map<string, Box>();
  const row = (i: number) => i * (NODE_HEIGHT + GAP_Y);
  // Parts grouped by their resource in one pass (a filter per resource was quadratic).
  const parts = new Map<string, GraphNode[]>();
  const sourceNodes: GraphNode[] = [];
  const sensorNodes: GraphNode[] = [];
  const buses: GraphNode[] = [];
  for (let i = 0; i < graph.nodes.length; i++) {
    if (sliceEnd(i)) yield;
    const n = graph.nodes[i]!;
    if (n.kind === 'eventSource') sourceNodes.push(n);
    else if (n.kind === 'sensor') sensorNodes.push(n);
    else if (n.kind === 'eventBus') buses.push(n);
    else {
      const k = partKey(n.kind, n.namespace, n.name);
      const list = parts.get(k);
      if (list) list.push(n);
      else parts.set(k, [n]);
    }
  }
  const partsOf = (kind: GraphNode['kind'], owner: GraphNode) =>
    parts.get(partKey(kind, owner.namespace, owner.name)) ?? [];
  const sources = sourceNodes.map((source) => {
    const events = partsOf('event', source);
    return { source, events, height: row(Math.max(1, events.length)) + GAP_Y };
  });
  const sensors = sensorNodes.map((sensor) => {
    const deps = partsOf('dependency', sensor);
    const triggers = partsOf('trigger', sensor);
    const rows = Math.max(1, deps.length, triggers.length);
    const height = SENSOR_PAD.top + row(rows) - GAP_Y + SENSOR_PAD.bottom;
    return { sensor, deps, triggers, height };
  });
  const sum = (xs: { height: number }[], extra: number) =>
    xs.reduce((t, x) => t + x.height + extra, 0);
  const tallest = Math.max(sum(sources, 0), sum(sensors, GAP_Y * 2));
  const bands = Math.max(1, Math.round(Math.sqrt((ASPECT * tallest) / BAND_WIDTH)));
  const bandHeight = tallest / bands;
  /** Band and top of each block in a column, a new band when the block would pass the band's height. */
  const stack = (heights: number[]) => {
    let band = 0;
    let y = 0;
    return heights.map((h) => {
      if (bands > 1 && y > 0 && y + h > bandHeight) {
        band++;
        y = 0;
      }
      const at = { dx: band * BAND_WIDTH, y };
      y += h;
      return at;
    });
  };
  let sourcesHeight = 0;
  const sourceAt = stack(sources.map((s) => s.height));
  for (let i = 0; i < sources.length; i++) {
    if (sliceEnd(i)) yield;
    const { dx, y } = sourceAt[i]!;
    const { source, events, height } = sources[i]!;
    boxes.set(source.id, { x: dx + COL.source, y, width: NODE_WIDTH, height: NODE_HEIGHT });
    for (let j = 0; j < events.length; j++) {
      if (sliceEnd(j)) yield;
      const box = { x: dx + COL.event, y: y + row(j), width: NODE_WIDTH, height: NODE_HEIGHT };
      boxes.set(events[j]!.id, box);
    }
    if (dx === 0) sourcesHeight = y + height;
  }
  let sensorsHeight = 0;
  const sensorAt = stack(sensors.map((s) => s.height + GAP_Y * 2));
  for (let i = 0; i < sensors.length; i++) {
    if (sliceEnd(i)) yield;
    const { dx, y } = sensorAt[i]!;
    const { sensor, deps, triggers, height } = sensors[i]!;
    const box: Box = {
      x: dx + COL.sensor,
      y,
      width: SENSOR_PAD.side * 2 + NODE_WIDTH * 2 + SENSOR_PAD.between,
      height,
    };
    boxes.set(sensor.id, box);
    for (let j = 0; j < deps.length; j++) {
      if (sliceEnd(j)) yield;
      const top = SENSOR_PAD.top + row(j);
      boxes.set(deps[j]!.id, { x: SENSOR_PAD.side, y: top, ...PART, parentId: sensor.id });
    }
    for (let j = 0; j < triggers.length; j++) {
      if (sliceEnd(j)) yield;
      const top = SENSOR_PAD.top + row(j);
      boxes.set(triggers[j]!.id, { x: TRIGGER_X, y: top, ...PART, parentId: sensor.id });
    }
    if (dx === 0) sensorsHeight = y + height + GAP_Y * 2;
  }
  const middle = Math.max(sourcesHeight, sensorsHeight) / 2;
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
