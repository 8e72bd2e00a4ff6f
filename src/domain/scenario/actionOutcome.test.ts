import { describe, expect, it } from 'vitest';
import { formatOutcome, mergeOutcomes, outcomeFor, readOutcomes } from './actionOutcome';

describe('trigger outcomes', () => {
  it('read the CLI words and scenario mappings, attempt by attempt', () => {
    expect(readOutcomes('error')).toEqual({ ok: true, outcomes: [{ kind: 'error' }] });
    expect(readOutcomes('status:503,timeout:30s,success')).toEqual({
      ok: true,
      outcomes: [
        { kind: 'status', code: 503 },
        { kind: 'timeout', afterMs: 30_000 },
        { kind: 'success' },
      ],
    });
    expect(readOutcomes('error:dial tcp: i/o timeout, retry later,success')).toEqual({
      ok: true,
      outcomes: [
        { kind: 'error', message: 'dial tcp: i/o timeout, retry later' },
        { kind: 'success' },
      ],
    });
    expect(readOutcomes([{ error: 'refused' }, { status: 500 }, 'labels:never'])).toEqual({
      ok: true,
      outcomes: [
        { kind: 'error', message: 'refused' },
        { kind: 'status', code: 500 },
        { kind: 'labels', matchOnPoll: null },
      ],
    });
  });

  it('refuse what they cannot read, saying what they take', () => {
    for (const bad of ['boom', 'status:abc', 'timeout:soon', 'labels:0', {}, 42])
      expect(readOutcomes(bad)).toMatchObject({ ok: false, error: expect.any(String) });
  });

  it('the last outcome repeats; a trigger not named succeeds; names like __proto__ are names', () => {
    const list = [
      {
        trigger: 's/__proto__',
        outcomes: [{ kind: 'error' as const }, { kind: 'success' as const }],
      },
    ];
    expect(outcomeFor(list, 's', '__proto__', 1)).toEqual({ kind: 'error' });
    expect(outcomeFor(list, 's', '__proto__', 5)).toEqual({ kind: 'success' });
    expect(outcomeFor(list, 's', 'constructor', 1)).toEqual({ kind: 'success' });
    expect(mergeOutcomes(list, [{ trigger: 's/__proto__', outcomes: [] }])).toEqual([]);
    expect(formatOutcome({ kind: 'labels', matchOnPoll: 3 })).toBe('labels:3');
  });
});
