import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../domain/design/design';
import { manifestsToGraph } from '../../domain/graph/manifestsToGraph';
import { BUS, SENSOR, WEBHOOK_SOURCE, design } from '../../test/builders';
import { toFlowElements } from './toFlowElements';

const graph = () =>
  manifestsToGraph(parseDesign([{ path: 'd.yaml', text: design(BUS, WEBHOOK_SOURCE, SENSOR) }]));
const SENSOR_ID = 'sensor:/build-sensor';
const SOURCE_ID = 'eventSource:/webhook';

describe('canvas edges and collapsed resources', () => {
  it('names every edge the way a person reads it, never by ids', () => {
    const { edges } = toFlowElements(graph(), []);
    expect(edges.map((e) => e.ariaLabel).sort()).toEqual([
      'dependency webhook-build: webhook/build → build-sensor',
      'event build of EventSource webhook',
      'event bus default: EventSource webhook publishes to it',
      'event bus default: Sensor build-sensor listens on it',
      'trigger log-it in build-sensor: uses dependency webhook-build',
    ]);
    for (const e of edges) expect(e.data?.name).toBe(e.ariaLabel);
  });

  it('a collapsed Sensor hides its parts, counts them, and takes their edges', () => {
    const { nodes, edges } = toFlowElements(graph(), [], {}, null, new Set([SENSOR_ID]));
    expect(nodes.some((n) => n.parentId === SENSOR_ID)).toBe(false);
    const sensor = nodes.find((n) => n.id === SENSOR_ID)!;
    expect(sensor.data).toMatchObject({ parts: 2, collapsed: true });
    expect(sensor.style?.height).toBe(56);
    const dep = edges.find((e) => e.className === 'edge-event-dependency')!;
    expect(dep.target).toBe(SENSOR_ID);
    // The dependency → trigger edge is inside the collapsed box: gone.
    expect(edges.some((e) => e.className === 'edge-dependency-trigger')).toBe(false);
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
  });

  it('a collapsed EventSource hides its events; both collapsed, the edge runs box to box', () => {
    const { nodes, edges } = toFlowElements(graph(), [], {}, null, new Set([SOURCE_ID, SENSOR_ID]));
    expect(nodes.map((n) => n.id).sort()).toEqual(
      ['eventBus:/default', SOURCE_ID, SENSOR_ID].sort(),
    );
    expect(nodes.find((n) => n.id === SOURCE_ID)!.data).toMatchObject({
      parts: 1,
      collapsed: true,
    });
    const dep = edges.find((e) => e.className === 'edge-event-dependency')!;
    expect([dep.source, dep.target]).toEqual([SOURCE_ID, SENSOR_ID]);
    expect(edges.some((e) => e.className === 'edge-source-event')).toBe(false);
  });

  it('declares each node size, so a fit counts nodes not drawn yet', () => {
    for (const n of toFlowElements(graph(), []).nodes) {
      expect(n.initialWidth).toBe(n.style?.width);
      expect(n.initialHeight).toBe(n.style?.height);
    }
  });
});
