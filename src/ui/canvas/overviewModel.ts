import type { GraphNode } from '../../domain/graph/designGraph';
import { finish, sliceEnd, type Sliced } from '../../lib/slicedWork';

/**
 * From this many nodes on, a design is big: the canvas draws only the cards in view, and zoomed out
 * it is one picture instead of cards (hundreds of cards at a fit's zoom are unreadable specks that
 * cost the browser most of every frame to paint).
 */
export const OVERVIEW_MIN_NODES = 300;
/** Below this zoom a big design is drawn as the overview picture. */
const OVERVIEW_MAX_ZOOM = 0.35;
/** Screen font size of the overview's names (px), the same at every zoom so they stay legible. */
export const OVERVIEW_FONT_PX = 11;
/** A name is drawn only in a box at least this wide on screen (px); smaller boxes are plain boxes. */
const LABEL_MIN_WIDTH = 44;
/** A name needs this much height on screen (px). */
const LABEL_MIN_HEIGHT = 12;
/** Average width of a character at the overview font size, to shorten names without measuring. */
const CHAR_PX = 6.2;

/** One node of the overview, in flow coordinates (children already offset by their Sensor). */
export interface OverviewBox {
  id: string;
  kind: GraphNode['kind'];
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A Sensor drawn as a frame around its dependencies and triggers. */
  group: boolean;
  selected: boolean;
}

/** What the overview needs of a canvas node (a React Flow node of the design). */
export interface OverviewSourceNode {
  id: string;
  position: { x: number; y: number };
  parentId?: string;
  initialWidth?: number;
  initialHeight?: number;
  measured?: { width?: number; height?: number };
  selected?: boolean;
  data: { kind: GraphNode['kind']; label: string };
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** A box to draw, in screen pixels of the canvas, with the name to write in it (or none). */
export interface OverviewDraw {
  box: OverviewBox;
  left: number;
  top: number;
  width: number;
  height: number;
  text: string | null;
}

/**
 * Whether the canvas shows the overview picture for a design of `nodeCount` nodes at `zoom`. While a
 * fit is pending (a design just opened or imported) a big design is the picture too, so no frame
 * mounts thousands of cards at the old viewport before the fit zooms out.
 */
export function showsOverview(nodeCount: number, zoom: number, fitPending = false): boolean {
  return nodeCount > OVERVIEW_MIN_NODES && (fitPending || zoom < OVERVIEW_MAX_ZOOM);
}

const boxesOf = new WeakMap<readonly OverviewSourceNode[], OverviewBox[]>();

/**
 * The canvas nodes as boxes in flow coordinates; parents come before their children. Kept per node
 * list: the drawing and a fit of the same nodes share one pass.
 */
export function overviewBoxes(nodes: readonly OverviewSourceNode[]): OverviewBox[] {
  return finish(overviewBoxesWork(nodes));
}

/** {@link overviewBoxes} as work that yields between nodes (kept per node list the same way). */
export function* overviewBoxesWork(nodes: readonly OverviewSourceNode[]): Sliced<OverviewBox[]> {
  const known = boxesOf.get(nodes);
  if (known) return known;
  const at = new Map<string, { x: number; y: number }>();
  const parents = new Set<string>();
  for (const n of nodes) if (n.parentId) parents.add(n.parentId);
  const boxes: OverviewBox[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (sliceEnd(i)) yield;
    const n = nodes[i]!;
    const parent = n.parentId ? at.get(n.parentId) : undefined;
    const x = n.position.x + (parent?.x ?? 0);
    const y = n.position.y + (parent?.y ?? 0);
    at.set(n.id, { x, y });
    boxes.push({
      id: n.id,
      kind: n.data.kind,
      label: n.data.label,
      x,
      y,
      width: n.measured?.width ?? n.initialWidth ?? 190,
      height: n.measured?.height ?? n.initialHeight ?? 56,
      group: n.data.kind === 'sensor' && parents.has(n.id),
      selected: n.selected ?? false,
    });
  }
  boxesOf.set(nodes, boxes);
  return boxes;
}

/**
 * Whether the canvas fits the whole design after its nodes went from `before` to `now`: on opening
 * (nothing before), always for a design that is not big (the old behaviour: a new node comes into
 * view), and for a big design only when much of it is new (another design, an import), never for
 * an edit there, which would throw the user out of the part they are working on.
 */
export function needsFit(
  before: ReadonlySet<string> | null,
  now: readonly { id: string }[],
): boolean {
  if (!before || before.size === 0 || now.length <= OVERVIEW_MIN_NODES) return true;
  let added = 0;
  for (const n of now) if (!before.has(n.id)) added++;
  const removed = before.size - (now.length - added);
  return added + removed >= Math.max(20, now.length / 4);
}

/** The rectangle around all `boxes` in flow coordinates, or null when there are none. */
export function boxesBounds(
  boxes: readonly OverviewBox[],
): { x: number; y: number; width: number; height: number } | null {
  if (!boxes.length) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** A connection in the overview: from the right middle of one box to the left middle of another. */
export interface OverviewLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The edges between `boxes` as lines in flow coordinates (edges to undrawn nodes are left out). */
export function overviewLines(
  boxes: readonly OverviewBox[],
  edges: readonly OverviewEdge[],
): OverviewLine[] {
  return finish(overviewLinesWork(boxes, edges));
}

type OverviewEdge = { source: string; target: string };

const linesOf = new WeakMap<
  readonly OverviewEdge[],
  { boxes: readonly OverviewBox[]; lines: OverviewLine[] }
>();

/** The newest lines worked out, for an edge list that is new but joins the same nodes. */
let last: {
  edges: readonly OverviewEdge[];
  boxes: readonly OverviewBox[];
  lines: OverviewLine[];
} | null = null;

/** {@link overviewLines} as work that yields between edges, kept per edge and box list. */
export function* overviewLinesWork(
  boxes: readonly OverviewBox[],
  edges: readonly OverviewEdge[],
): Sliced<OverviewLine[]> {
  const known = linesOf.get(edges);
  if (known?.boxes === boxes) return known.lines;
  // A new edge list that joins the same nodes (a step of the simulator marks the edges it took)
  // has the same lines: comparing the ends is a fraction of working them out again.
  if (last?.boxes === boxes && sameEnds(last.edges, edges)) {
    linesOf.set(edges, { boxes, lines: last.lines });
    last = { edges, boxes, lines: last.lines };
    return last.lines;
  }
  const byId = new Map<string, OverviewBox>();
  for (let i = 0; i < boxes.length; i++) {
    if (sliceEnd(i)) yield;
    byId.set(boxes[i]!.id, boxes[i]!);
  }
  const lines: OverviewLine[] = [];
  for (let i = 0; i < edges.length; i++) {
    if (sliceEnd(i)) yield;
    const a = byId.get(edges[i]!.source);
    const b = byId.get(edges[i]!.target);
    if (!a || !b) continue;
    lines.push({ x1: a.x + a.width, y1: a.y + a.height / 2, x2: b.x, y2: b.y + b.height / 2 });
  }
  linesOf.set(edges, { boxes, lines });
  last = { edges, boxes, lines };
  return lines;
}

function sameEnds(a: readonly OverviewEdge[], b: readonly OverviewEdge[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (a[i]!.source !== b[i]!.source || a[i]!.target !== b[i]!.target) return false;
  return true;
}

/**
 * The lines that cross a canvas of `size` screen pixels at `viewport`, cut to the canvas, in screen
 * pixels. Lines that would land on the same pixels are drawn once: zoomed out, the 130,000 lines
 * from one EventSource to its events are a few hundred distinct strokes, and each stroke drawn
 * costs the browser's paint (it was a 370 ms commit).
 */
export function linesInView(
  lines: readonly OverviewLine[],
  viewport: Viewport,
  size: { width: number; height: number },
): OverviewLine[] {
  const { x, y, zoom } = viewport;
  const out: OverviewLine[] = [];
  const drawn = new Set<number>();
  for (const l of lines) {
    const cut = clipToRect(
      l.x1 * zoom + x,
      l.y1 * zoom + y,
      l.x2 * zoom + x,
      l.y2 * zoom + y,
      size.width,
      size.height,
    );
    if (!cut) continue;
    // Four coordinates inside the canvas (under 8,192 px each), 13 bits each: one exact number.
    const key = cut.reduce((k, v) => k * 8192 + Math.min(8191, Math.max(0, Math.round(v))), 0);
    if (drawn.has(key)) continue;
    drawn.add(key);
    out.push({ x1: cut[0], y1: cut[1], x2: cut[2], y2: cut[3] });
  }
  return out;
}

/** The part of a segment inside [0, width] × [0, height] (Liang–Barsky), or null when none is. */
function clipToRect(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  width: number,
  height: number,
): [number, number, number, number] | null {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const span = { t0: 0, t1: 1 };
  // Each edge of the rectangle as p·t ≤ q (left, right, top, bottom).
  if (
    !narrow(span, -dx, x1) ||
    !narrow(span, dx, width - x1) ||
    !narrow(span, -dy, y1) ||
    !narrow(span, dy, height - y1)
  )
    return null;
  return [x1 + span.t0 * dx, y1 + span.t0 * dy, x1 + span.t1 * dx, y1 + span.t1 * dy];
}

/** Narrows the segment's parameter span to p·t ≤ q; false when nothing of it is left. */
function narrow(span: { t0: number; t1: number }, p: number, q: number): boolean {
  if (p === 0) return q >= 0;
  const t = q / p;
  if (p < 0) span.t0 = Math.max(span.t0, t);
  else span.t1 = Math.min(span.t1, t);
  return span.t0 <= span.t1;
}

/** `label` cut to what fits `width` screen pixels at the overview font, or null if nothing does. */
export function fitLabel(label: string, width: number, height: number): string | null {
  if (width < LABEL_MIN_WIDTH || height < LABEL_MIN_HEIGHT) return null;
  const chars = Math.floor((width - 8) / CHAR_PX);
  if (chars < 3) return null;
  return label.length <= chars ? label : `${label.slice(0, chars - 1)}…`;
}

/**
 * The boxes inside a canvas of `size` screen pixels at `viewport`, in screen pixels, each with the
 * name it has room for. Sensors come first so their parts are drawn over them.
 */
export function boxesInView(
  boxes: readonly OverviewBox[],
  viewport: Viewport,
  size: { width: number; height: number },
): OverviewDraw[] {
  const { x, y, zoom } = viewport;
  const out: OverviewDraw[] = [];
  const later: OverviewDraw[] = [];
  for (const box of boxes) {
    const left = box.x * zoom + x;
    const top = box.y * zoom + y;
    const width = box.width * zoom;
    const height = box.height * zoom;
    if (left > size.width || top > size.height || left + width < 0 || top + height < 0) continue;
    // A Sensor's name sits in its header, one line high.
    const text = fitLabel(box.label, width, box.group ? Math.min(height, 56 * zoom) : height);
    (box.group ? out : later).push({ box, left, top, width, height, text });
  }
  return out.concat(later);
}

/** The node at a flow point: a dependency or trigger before the Sensor around it; null on the pane. */
export function nodeAt(
  boxes: readonly OverviewBox[],
  point: { x: number; y: number },
): string | null {
  let group: string | null = null;
  for (let i = boxes.length - 1; i >= 0; i--) {
    const b = boxes[i]!;
    if (point.x < b.x || point.y < b.y || point.x > b.x + b.width || point.y > b.y + b.height)
      continue;
    if (!b.group) return b.id;
    group ??= b.id;
  }
  return group;
}
