import { describe, expect, it } from 'vitest';
import { nodeId } from '../domain/graph/ids';
import { addedCounts, withoutCounts } from './outcomeTotals';

const A = nodeId({ kind: 'trigger', namespace: 'ns', name: 's', key: 'a' });
const B = nodeId({ kind: 'trigger', namespace: 'ns', name: 's', key: 'b' });
const step = (counts: [typeof A, Record<string, number>][]) => ({ counts: new Map(counts) });

describe('outcome totals', () => {
  it('adds steps without touching the totals it was given, sharing what they did not change', () => {
    const before = addedCounts(new Map(), [step([[A, { fire: 1 }]]), step([[B, { held: 1 }]])]);
    const after = addedCounts(before, [step([[A, { fire: 2, fail: 1 }]])]);
    expect(before.get(A)).toEqual({ fire: 1 });
    expect(after.get(A)).toEqual({ fire: 3, fail: 1 });
    expect(after.get(B)).toBe(before.get(B));
  });

  it('takes steps off again, leaving out outcomes that come to nothing', () => {
    const later = [step([[A, { fail: 1 }]])];
    const all = addedCounts(addedCounts(new Map(), [step([[A, { fire: 2 }]])]), later);
    expect(withoutCounts(all, later).get(A)).toEqual({ fire: 2 });
    expect(withoutCounts(all, [])).toBe(all);
  });
});
