import type { GraphNode } from '../../domain/graph/designGraph';

/** From this many nodes on, a zoomed-out canvas is drawn as one picture instead of node cards. */
export const OVERVIEW_MIN_NODES = 600;
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

/** Whether the canvas shows the overview picture for a design of `nodeCount` nodes at `zoom`. */
export function showsOverview(nodeCount: number, zoom: number): boolean {
  return nodeCount > OVERVIEW_MIN_NODES && zoom < OVERVIEW_MAX_ZOOM;
}

/** The canvas nodes as boxes in flow coordinates; parents come before their children. */
export function overviewBoxes(nodes: readonly OverviewSourceNode[]): OverviewBox[] {
  const at = new Map<string, { x: number; y: number }>();
  const parents = new Set<string>();
  for (const n of nodes) if (n.parentId) parents.add(n.parentId);
  return nodes.map((n) => {
    const parent = n.parentId ? at.get(n.parentId) : undefined;
    const x = n.position.x + (parent?.x ?? 0);
    const y = n.position.y + (parent?.y ?? 0);
    at.set(n.id, { x, y });
    return {
      id: n.id,
      kind: n.data.kind,
      label: n.data.label,
      x,
      y,
      width: n.measured?.width ?? n.initialWidth ?? 190,
      height: n.measured?.height ?? n.initialHeight ?? 56,
      group: n.data.kind === 'sensor' && parents.has(n.id),
      selected: n.selected ?? false,
    };
  });
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
