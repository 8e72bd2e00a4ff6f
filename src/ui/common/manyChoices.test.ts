import { describe, expect, it } from 'vitest';
import { findChoices, SHOWN_CHOICES } from './manyChoices';

const names = (n: number) => Array.from({ length: n }, (_, i) => `item-${i}`);
const self = (s: string) => s;

describe('findChoices', () => {
  it('draws a short list whole, without a search', () => {
    expect(findChoices(names(3), 'x', self)).toEqual({
      many: false,
      shown: ['item-0', 'item-1', 'item-2'],
      more: 0,
      found: 3,
    });
  });

  it('draws the first matches of a long one and counts the rest', () => {
    const all = names(SHOWN_CHOICES * 3);
    const none = findChoices(all, '', self);
    expect(none.shown).toEqual(all.slice(0, SHOWN_CHOICES));
    expect(none).toMatchObject({ many: true, more: SHOWN_CHOICES * 2, found: all.length });
    const some = findChoices(all, 'item-1', self);
    expect(some.shown.every((s) => s.includes('item-1'))).toBe(true);
    expect(some.found).toBe(all.filter((s) => s.includes('item-1')).length);
    expect(findChoices(all, 'nothing', self)).toMatchObject({ shown: [], found: 0, more: 0 });
  });

  it('keeps the chosen item drawn, first, when the search does not find it', () => {
    const all = names(SHOWN_CHOICES + 1);
    expect(findChoices(all, 'item-7', self, 'item-50').shown).toEqual(['item-50', 'item-7']);
    expect(findChoices(all, 'item-50', self, 'item-50').shown).toEqual(['item-50']);
  });
});
