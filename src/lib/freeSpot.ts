/** An axis-aligned box: top-left corner and size. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Rect, b: Rect, gap: number) =>
  a.x < b.x + b.width + gap &&
  b.x < a.x + a.width + gap &&
  a.y < b.y + b.height + gap &&
  b.y < a.y + a.height + gap;

/** How many edge-aligned coordinates per axis are tried, nearest first (bounds the work on big designs). */
const CANDIDATES_PER_AXIS = 64;

/**
 * Where a box of `size` goes so it covers none of `taken` (keeping `gap` between boxes), as close
 * to `wanted` as the search finds. The wanted spot is kept when it is free. Otherwise the
 * candidates are the wanted coordinates and those that put the box just beside an existing box on
 * either axis, tried nearest first; when none of those is free, the spot below everything.
 * Pure and deterministic: same boxes, same answer.
 */
export function freeSpot(
  taken: readonly Rect[],
  wanted: { x: number; y: number },
  size: { width: number; height: number },
  gap = 20,
): { x: number; y: number } {
  const box = (x: number, y: number): Rect => ({ x, y, ...size });
  const isFree = (r: Rect) => !taken.some((t) => overlaps(r, t, gap));
  if (isFree(box(wanted.x, wanted.y))) return { x: wanted.x, y: wanted.y };
  const nearest = (values: number[], from: number) =>
    [...new Set(values)]
      .sort((a, b) => Math.abs(a - from) - Math.abs(b - from) || a - b)
      .slice(0, CANDIDATES_PER_AXIS);
  const xs = nearest(
    [wanted.x, ...taken.flatMap((t) => [t.x + t.width + gap, t.x - size.width - gap])],
    wanted.x,
  );
  const ys = nearest(
    [wanted.y, ...taken.flatMap((t) => [t.y + t.height + gap, t.y - size.height - gap])],
    wanted.y,
  );
  const spots = xs
    .flatMap((x) => ys.map((y) => ({ x, y, d: (x - wanted.x) ** 2 + (y - wanted.y) ** 2 })))
    .sort((a, b) => a.d - b.d || a.y - b.y || a.x - b.x);
  for (const s of spots) if (isFree(box(s.x, s.y))) return { x: s.x, y: s.y };
  const bottom = Math.max(...taken.map((t) => t.y + t.height));
  return { x: wanted.x, y: bottom + gap };
}
