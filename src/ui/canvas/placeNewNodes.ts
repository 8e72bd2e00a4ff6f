import { freeSpot, type Rect } from '../../lib/freeSpot';
import { resourceNodeId } from '../../domain/graph/ids';
import type { XY } from '../../state/designTypes';
import type { DesignFlowNode } from './toFlowElements';

/** More new nodes than this at once is an import, laid out as a whole, not placed one by one. */
const MAX_PLACED = 40;

const boxOf = (n: DesignFlowNode): Rect => ({
  x: n.position.x,
  y: n.position.y,
  width: Number(n.style?.width ?? n.initialWidth ?? 190),
  height: Number(n.style?.height ?? n.initialHeight ?? 56),
});

/**
 * Where nodes an edit just added go so they cover no other node: new top-level nodes (those whose
 * ids were not in the design before) are moved to the nearest free spot, a new EventSource together
 * with its new events. Returns only the nodes that move. Nothing moves when nothing of the design
 * was there before (opening or replacing a design) or when the edit added a great many nodes.
 */
export function placeNewNodes(
  before: ReadonlySet<string>,
  nodes: readonly DesignFlowNode[],
): Record<string, XY> {
  if (before.size === 0) return {};
  const fresh = nodes.filter((n) => !n.parentId && !before.has(n.id));
  if (fresh.length === 0 || fresh.length > MAX_PLACED) return {};
  const freshIds = new Set(fresh.map((n) => n.id));
  const taken = nodes.filter((n) => !n.parentId && !freshIds.has(n.id)).map(boxOf);
  if (taken.length === 0) return {};
  // A new resource and its new parts move as one group.
  const groups = new Map<string, DesignFlowNode[]>();
  for (const n of fresh) {
    const owner = resourceNodeId(n.id) ?? n.id;
    const key = freshIds.has(owner) ? owner : n.id;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  const out: Record<string, XY> = {};
  for (const group of groups.values()) {
    const boxes = group.map(boxOf);
    const x = Math.min(...boxes.map((b) => b.x));
    const y = Math.min(...boxes.map((b) => b.y));
    const width = Math.max(...boxes.map((b) => b.x + b.width)) - x;
    const height = Math.max(...boxes.map((b) => b.y + b.height)) - y;
    const spot = freeSpot(taken, { x, y }, { width, height });
    const dx = Math.round(spot.x - x);
    const dy = Math.round(spot.y - y);
    for (const b of boxes) taken.push({ ...b, x: b.x + dx, y: b.y + dy });
    if (dx === 0 && dy === 0) continue;
    for (const n of group) out[n.id] = { x: n.position.x + dx, y: n.position.y + dy };
  }
  return out;
}
