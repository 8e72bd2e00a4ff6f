import { describe, expect, it } from 'vitest';
import type { DesignFlowNode } from './toFlowElements';
import { placeNewNodes } from './placeNewNodes';

const node = (id: string, x: number, y: number, width = 190, height = 56): DesignFlowNode => ({
  id,
  position: { x, y },
  style: { width, height },
  data: {
    kind: 'eventBus',
    label: id,
    detail: '',
    errors: 0,
    warnings: 0,
    simKey: null,
  },
});
const hits = (a: DesignFlowNode, b: DesignFlowNode) =>
  a.position.x < b.position.x + Number(b.style!.width) &&
  b.position.x < a.position.x + Number(a.style!.width) &&
  a.position.y < b.position.y + Number(b.style!.height) &&
  b.position.y < a.position.y + Number(a.style!.height);

describe('placeNewNodes: nodes an edit adds never cover others', () => {
  const sensor = node('sensor:/s', 470, 0, 460, 300);
  it('moves a new EventBus off the Sensor it would land on (the quick-fix case)', () => {
    const bus = node('eventBus:/default', 470, 100);
    const moved = placeNewNodes(new Set([sensor.id]), [sensor, bus]);
    expect(moved[bus.id]).toBeDefined();
    expect(hits({ ...bus, position: moved[bus.id]! }, sensor)).toBe(false);
  });

  it('moves a new EventSource with its events as one group', () => {
    const source = node('eventSource:/hook', 480, 10);
    const event = node('event:/hook#webhook%2Fexample', 710, 10);
    const moved = placeNewNodes(new Set([sensor.id]), [sensor, source, event]);
    const dx = moved[source.id]!.x - source.position.x;
    const dy = moved[source.id]!.y - source.position.y;
    expect(moved[event.id]).toEqual({ x: event.position.x + dx, y: event.position.y + dy });
  });

  it('leaves a new node in free space where it is, and opening a design alone', () => {
    const bus = node('eventBus:/default', 0, 400);
    expect(placeNewNodes(new Set([sensor.id]), [sensor, bus])).toEqual({});
    expect(placeNewNodes(new Set(), [sensor, node('eventBus:/x', 470, 0)])).toEqual({});
  });

  it('places several new nodes so none covers another', () => {
    const fresh = [1, 2, 3].map((i) => node(`eventBus:/b${i}`, 500, 50));
    const moved = placeNewNodes(new Set([sensor.id]), [sensor, ...fresh]);
    const placed = [sensor, ...fresh.map((n) => ({ ...n, position: moved[n.id] ?? n.position }))];
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(hits(placed[i]!, placed[j]!)).toBe(false);
  });
});
