import { describe, expect, it } from 'vitest';
import { fitPadding } from './fitPadding';

describe('fitPadding: a fit keeps clear of the overview map', () => {
  const canvas = { width: 700, height: 560 };
  it('keeps room beside the map for a tall design', () => {
    expect(fitPadding({ width: 1000, height: 5000 }, canvas, true)).toMatchObject({
      right: '236px',
      bottom: '24px',
    });
  });
  it('keeps room above the map for a wide design', () => {
    expect(fitPadding({ width: 5000, height: 1000 }, canvas, true)).toMatchObject({
      right: '24px',
      bottom: '186px',
    });
  });
  it('keeps no room when the map is hidden', () => {
    expect(fitPadding({ width: 5000, height: 1000 }, canvas, false)).toEqual({
      top: '24px',
      left: '24px',
      bottom: '24px',
      right: '24px',
    });
  });
});
