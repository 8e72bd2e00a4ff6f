import { describe, expect, it } from 'vitest';
import { reuseUnchanged, sameNode } from './reuseElements';
import type { DesignFlowNode } from './toFlowElements';

const node = (id: string, x: number, label = id): DesignFlowNode =>
  ({
    id,
    type: 'design',
    position: { x, y: 0 },
    data: { kind: 'event', label, detail: 'webhook', errors: 0, warnings: 0 },
  }) as DesignFlowNode;

describe('reuseUnchanged', () => {
  it('keeps the previous objects of unchanged nodes and takes the new ones of changed nodes', () => {
    const before = [node('a', 0), node('b', 0), node('c', 0)];
    const after = reuseUnchanged(
      before,
      [node('a', 0), node('b', 10), node('c', 0, 'renamed')],
      sameNode,
    );
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[2]!.data.label).toBe('renamed');
  });

  it('returns the previous array itself when nothing changed, and handles removals and order', () => {
    const before = [node('a', 0), node('b', 0)];
    expect(reuseUnchanged(before, [node('a', 0), node('b', 0)], sameNode)).toBe(before);
    const removed = reuseUnchanged(before, [node('b', 0)], sameNode);
    expect(removed).toEqual([before[1]]);
    expect(reuseUnchanged(before, [node('b', 0), node('a', 0)], sameNode)).toEqual([
      before[1],
      before[0],
    ]);
  });
});
