import { describe, expect, it } from 'vitest';
import { isDone, readProgress, recordProgress } from './lessonProgress';

const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    m,
  };
};

describe('lesson progress', () => {
  it('records and reads back per lesson', () => {
    const s = memory();
    recordProgress(s, 'build-pipeline', { designId: 'd1', passed: 2, total: 6 });
    recordProgress(s, 'only-main', { designId: 'd2', passed: 4, total: 4 });
    expect(readProgress(s)).toEqual({
      'build-pipeline': { designId: 'd1', passed: 2, total: 6 },
      'only-main': { designId: 'd2', passed: 4, total: 4 },
    });
    expect(isDone(readProgress(s)['only-main'])).toBe(true);
    expect(isDone(readProgress(s)['build-pipeline'])).toBe(false);
  });
  it('survives damaged storage and a full disk', () => {
    const s = memory();
    s.m.set('eventflow:lesson-progress', '{not json');
    expect(readProgress(s)).toEqual({});
    s.m.set(
      'eventflow:lesson-progress',
      JSON.stringify({ a: { designId: 1 }, b: { designId: 'x', passed: 1, total: 2 } }),
    );
    expect(Object.keys(readProgress(s))).toEqual(['b']);
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => recordProgress(full, 'a', { designId: 'd', passed: 0, total: 1 })).not.toThrow();
  });
});
