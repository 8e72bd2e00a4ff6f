import { describe, expect, it } from 'vitest';
import { freeSpot, type Rect } from './freeSpot';

const node = (x: number, y: number, width = 190, height = 56): Rect => ({ x, y, width, height });
const size = { width: 190, height: 56 };
const clear = (taken: Rect[], at: { x: number; y: number }, gap = 20) =>
  taken.every(
    (t) =>
      at.x >= t.x + t.width + gap ||
      t.x >= at.x + size.width + gap ||
      at.y >= t.y + t.height + gap ||
      t.y >= at.y + size.height + gap,
  );

describe('freeSpot: where a new canvas node goes', () => {
  it('keeps the wanted spot when nothing is there', () => {
    expect(freeSpot([node(0, 0)], { x: 400, y: 0 }, size)).toEqual({ x: 400, y: 0 });
    expect(freeSpot([], { x: 5, y: 7 }, size)).toEqual({ x: 5, y: 7 });
  });

  it('moves a box off the node it would cover, to the nearest free spot', () => {
    const taken = [node(0, 0)];
    const at = freeSpot(taken, { x: 10, y: 10 }, size);
    expect(clear(taken, at)).toBe(true);
    // Just below the node: 76 px away, nearer than beside it (220 px).
    expect(at).toEqual({ x: 10, y: 76 });
  });

  it('never lands on a Sensor box (the "add EventBus" quick-fix case)', () => {
    const sensor = node(470, 0, 460, 400);
    const taken = [node(0, 0), node(230, 0), sensor, node(470, 420)];
    const at = freeSpot(taken, { x: 600, y: 150 }, size);
    expect(clear(taken, at)).toBe(true);
  });

  it('finds room in a crowded grid and is deterministic', () => {
    const taken: Rect[] = [];
    for (let r = 0; r < 10; r++) for (let c = 0; c < 10; c++) taken.push(node(c * 210, r * 76));
    const a = freeSpot(taken, { x: 300, y: 300 }, size);
    expect(clear(taken, a)).toBe(true);
    expect(freeSpot(taken, { x: 300, y: 300 }, size)).toEqual(a);
  });

  it('places several new boxes one after another without overlap', () => {
    const taken = [node(0, 0)];
    for (let i = 0; i < 5; i++) {
      const at = freeSpot(taken, { x: 0, y: 0 }, size);
      expect(clear(taken, at)).toBe(true);
      taken.push({ ...at, ...size });
    }
  });
});
