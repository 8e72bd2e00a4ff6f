import { describe, expect, it } from 'vitest';
import {
  OVERVIEW_MIN_NODES,
  boxesBounds,
  boxesInView,
  fitLabel,
  linesInView,
  needsFit,
  nodeAt,
  overviewLines,
  overviewBoxes,
  showsOverview,
  type OverviewSourceNode,
} from './overviewModel';

const node = (
  id: string,
  kind: OverviewSourceNode['data']['kind'],
  x: number,
  y: number,
  extra: Partial<OverviewSourceNode> = {},
): OverviewSourceNode => ({
  id,
  position: { x, y },
  initialWidth: 190,
  initialHeight: 56,
  data: { kind, label: id },
  ...extra,
});

// A Sensor at (1000, 0) holding a dependency and a trigger, and an EventSource on its left.
const NODES = [
  node('source', 'eventSource', 0, 0),
  node('sensor', 'sensor', 1000, 0, { initialWidth: 500, initialHeight: 200 }),
  node('dep', 'dependency', 10, 60, { parentId: 'sensor' }),
  node('trigger', 'trigger', 260, 60, { parentId: 'sensor', selected: true }),
];

describe('overview model', () => {
  it('is shown only for big designs zoomed out', () => {
    expect(showsOverview(OVERVIEW_MIN_NODES + 1, 0.2)).toBe(true);
    expect(showsOverview(OVERVIEW_MIN_NODES + 1, 0.5)).toBe(false);
    expect(showsOverview(OVERVIEW_MIN_NODES, 0.05)).toBe(false);
    // Just opened, before the fit: the picture, whatever the old zoom.
    expect(showsOverview(OVERVIEW_MIN_NODES + 1, 1, true)).toBe(true);
    expect(showsOverview(OVERVIEW_MIN_NODES, 1, true)).toBe(false);
  });

  it('draws edges as lines between box sides, only those crossing the view', () => {
    const boxes = overviewBoxes(NODES);
    const lines = overviewLines(boxes, [
      { source: 'source', target: 'dep' },
      { source: 'dep', target: 'trigger' },
      { source: 'source', target: 'missing' },
    ]);
    expect(lines).toEqual([
      { x1: 190, y1: 28, x2: 1010, y2: 88 },
      { x1: 1200, y1: 88, x2: 1260, y2: 88 },
    ]);
    const seen = linesInView(lines, { x: 0, y: 0, zoom: 0.5 }, { width: 400, height: 300 });
    // Cut at the canvas's right side (x 400, three quarters of the way from 95 to 505).
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ x1: 95, y1: 14, x2: 400 });
    expect(seen[0]!.y2).toBeCloseTo(14 + (30 * 305) / 410);
  });

  it('keeps the lines for a new edge list that joins the same nodes, and works out a changed one', () => {
    const boxes = overviewBoxes(NODES);
    const edges = [
      { source: 'source', target: 'dep' },
      { source: 'dep', target: 'trigger' },
    ];
    const lines = overviewLines(boxes, edges);
    // A simulator step marks edges: new objects, same ends.
    const marked = edges.map((e) => ({ ...e, className: 'sim-path' }));
    expect(overviewLines(boxes, marked)).toBe(lines);
    const other = overviewLines(boxes, [{ source: 'dep', target: 'trigger' }]);
    expect(other).toEqual([lines[1]]);
    expect(overviewLines(boxes, [...marked].reverse())).toEqual([...lines].reverse());
  });

  it('leaves out lines that only span the view and draws lines on the same pixels once', () => {
    const view = { x: 0, y: 0, zoom: 1 };
    const size = { width: 100, height: 100 };
    // From far left above the view to far right below it, passing beside the view's corner.
    expect(linesInView([{ x1: -1000, y1: -50, x2: 1000, y2: 2000 }], view, size)).toEqual([]);
    // A vertical line beside the view, whose y range spans it.
    expect(linesInView([{ x1: 150, y1: -500, x2: 150, y2: 500 }], view, size)).toEqual([]);
    // 10,000 lines from one point off the view to points in a column: each drawn pixel once.
    const fan = Array.from({ length: 10_000 }, (_, i) => ({
      x1: -200,
      y1: 50,
      x2: 50,
      y2: i / 100,
    }));
    const drawn = linesInView(fan, view, size);
    expect(drawn.length).toBeLessThan(200);
    expect(drawn.length).toBeGreaterThan(50);
    for (const l of drawn) {
      expect(Math.min(l.x1, l.x2)).toBeGreaterThanOrEqual(0);
      expect(Math.max(l.y1, l.y2)).toBeLessThanOrEqual(100);
    }
  });

  it('fits on opening, for small designs always, for big ones only when much of it is new', () => {
    const ids = (n: number, from = 0) =>
      Array.from({ length: n }, (_, i) => ({ id: `n${from + i}` }));
    const set = (list: { id: string }[]) => new Set(list.map((n) => n.id));
    expect(needsFit(null, ids(5))).toBe(true);
    expect(needsFit(set(ids(5)), ids(6))).toBe(true);
    const big = ids(1000);
    // A rename in a big design: one id gone, one new. The view stays.
    expect(needsFit(set(big), [...big.slice(1), { id: 'renamed' }])).toBe(false);
    expect(needsFit(set(big), [...big, ...ids(19, 5000)])).toBe(false);
    // Another design, or an import of a quarter as much again.
    expect(needsFit(set(big), ids(1000, 5000))).toBe(true);
    expect(needsFit(set(big), [...big, ...ids(400, 5000)])).toBe(true);
  });

  it('bounds every box, parts inside their Sensor included', () => {
    expect(boxesBounds(overviewBoxes(NODES))).toEqual({ x: 0, y: 0, width: 1500, height: 200 });
    expect(boxesBounds([])).toBeNull();
  });

  it('places parts inside their Sensor and keeps the measured size', () => {
    const boxes = overviewBoxes([
      ...NODES,
      node('measured', 'event', 0, 100, { measured: { width: 220, height: 40 } }),
    ]);
    expect(boxes.find((b) => b.id === 'dep')).toMatchObject({ x: 1010, y: 60, group: false });
    expect(boxes.find((b) => b.id === 'sensor')).toMatchObject({ group: true, width: 500 });
    expect(boxes.find((b) => b.id === 'trigger')?.selected).toBe(true);
    expect(boxes.find((b) => b.id === 'measured')).toMatchObject({ width: 220, height: 40 });
  });

  it('draws the boxes in view, Sensors first, names only where they fit', () => {
    const boxes = overviewBoxes(NODES);
    // At zoom 0.3 a 190-wide box is 57 px on screen: room for a short name.
    const draws = boxesInView(boxes, { x: 0, y: 0, zoom: 0.3 }, { width: 800, height: 600 });
    expect(draws.map((d) => d.box.id)).toEqual(['sensor', 'source', 'dep', 'trigger']);
    expect(draws.find((d) => d.box.id === 'dep')).toMatchObject({
      left: 303,
      top: 18,
      text: 'dep',
    });
    // At zoom 0.1 the boxes are 19 px wide: boxes without names.
    const far = boxesInView(boxes, { x: 0, y: 0, zoom: 0.1 }, { width: 800, height: 600 });
    expect(far.every((d) => d.text === null)).toBe(true);
    // Panned so that only the EventSource is on screen.
    const panned = boxesInView(boxes, { x: 0, y: 0, zoom: 0.3 }, { width: 200, height: 600 });
    expect(panned.map((d) => d.box.id)).toEqual(['source']);
  });

  it('shortens a long name to the box', () => {
    expect(fitLabel('a-very-long-resource-name', 60, 17)).toBe('a-very-…');
    expect(fitLabel('short', 60, 17)).toBe('short');
    expect(fitLabel('short', 30, 17)).toBeNull();
    expect(fitLabel('short', 60, 8)).toBeNull();
  });

  it('hit-tests a flow point: the part over its Sensor, the Sensor around it, else nothing', () => {
    const boxes = overviewBoxes(NODES);
    expect(nodeAt(boxes, { x: 1050, y: 80 })).toBe('dep');
    expect(nodeAt(boxes, { x: 1480, y: 190 })).toBe('sensor');
    expect(nodeAt(boxes, { x: 50, y: 20 })).toBe('source');
    expect(nodeAt(boxes, { x: 600, y: 20 })).toBeNull();
  });

  it('treats names such as __proto__ like any other', () => {
    const boxes = overviewBoxes([node('__proto__', 'eventSource', 0, 0)]);
    expect(nodeAt(boxes, { x: 1, y: 1 })).toBe('__proto__');
  });
});
