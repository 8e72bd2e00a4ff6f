import type { Edge } from '@xyflow/react';
import type { DesignFlowNode } from './toFlowElements';

/**
 * Returns `next` with every element that did not change replaced by the previous object, so React
 * Flow (which compares node objects by identity) re-renders only what an edit touched: at 1,000
 * nodes that is the difference between one card and all of them.
 */
export function reuseUnchanged<T extends { id: string }>(
  previous: readonly T[],
  next: readonly T[],
  same: (a: T, b: T) => boolean,
): T[] {
  if (previous.length === 0) return next as T[];
  const byId = new Map(previous.map((p) => [p.id, p]));
  let changed = previous.length !== next.length;
  const out = next.map((n, i) => {
    const p = byId.get(n.id);
    if (p && same(p, n)) {
      if (previous[i] !== p) changed = true;
      return p;
    }
    changed = true;
    return n;
  });
  return changed ? out : (previous as T[]);
}

export function sameNode(a: DesignFlowNode, b: DesignFlowNode): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.parentId === b.parentId &&
    a.selected === b.selected &&
    a.ariaLabel === b.ariaLabel &&
    a.style?.width === b.style?.width &&
    a.style?.height === b.style?.height &&
    shallowEqual(a.data, b.data)
  );
}

export function sameEdge(a: Edge, b: Edge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.className === b.className &&
    a.animated === b.animated &&
    a.ariaLabel === b.ariaLabel
  );
}

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}
