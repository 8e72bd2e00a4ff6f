import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  backoffStep,
  convertBackoff,
  DEFAULT_BACKOFF,
  type WaitBackoff,
} from './backoff';

const S = 1e9;
const ok = (raw: unknown): WaitBackoff => {
  const r = convertBackoff(raw);
  if (!r.ok) throw new Error(r.error);
  return r.backoff;
};

// pkg/shared/util/retry.go Convert2WaitBackoff (and its retry_test.go TestConvert2WaitBackoff).
describe('Convert2WaitBackoff', () => {
  it('defaults: 1s, factor 1.0, jitter 1, and steps 5 when steps is not positive', () => {
    expect(ok({})).toEqual({ ...DEFAULT_BACKOFF });
    expect(ok({ steps: 2, duration: '1s', factor: 1, jitter: 1 })).toMatchObject({
      durationNs: S,
      factor: 1,
      jitter: 1,
      steps: 2,
    });
    expect(ok({ steps: -3 }).steps).toBe(5);
  });

  it('a number is nanoseconds, a string a Go duration', () => {
    expect(ok({ duration: 1_000_000_000 }).durationNs).toBe(S);
    expect(ok({ duration: '1m30s' }).durationNs).toBe(90 * S);
    expect(ok({ duration: '250ms' }).durationNs).toBe(250e6);
  });

  it('refuses what Go refuses, with Go’s words', () => {
    expect(convertBackoff({ duration: '10' })).toEqual({
      ok: false,
      error: 'time: missing unit in duration "10"',
    });
    expect(convertBackoff({ duration: '1d' })).toEqual({
      ok: false,
      error: 'time: unknown unit "d" in duration "1d"',
    });
    expect(convertBackoff({ factor: '2' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^invalid factor/),
    });
  });
});

// k8s.io/apimachinery/pkg/util/wait/backoff.go delay() and ExponentialBackoff (v0.32.2).
describe('wait.Backoff steps', () => {
  it('multiplies the duration by the factor after each sleep; jitter only widens the sleep', () => {
    const b = ok({ steps: 4, duration: '1s', factor: 2, jitter: 0.5 });
    const w1 = backoffStep(b);
    expect([w1.waitNs, w1.windowNs]).toEqual([S, [S, 1.5 * S]]);
    const w2 = backoffStep(w1.next);
    expect([w2.waitNs, w2.windowNs]).toEqual([2 * S, [2 * S, 3 * S]]);
    expect(w2.next).toMatchObject({ durationNs: 4 * S, steps: 2 });
  });

  it('factor 0 keeps the duration; jitter 0 gives an exact wait', () => {
    const w = backoffStep(ok({ duration: '3s', factor: 0, jitter: 0 }));
    expect([w.waitNs, w.windowNs, w.next.durationNs]).toEqual([3 * S, [3 * S, 3 * S], 3 * S]);
  });

  it('steps N means N tries: N - 1 sleeps, then the loop stops', () => {
    let b = ok({ steps: 3, jitter: 0 });
    const kinds: string[] = [];
    for (;;) {
      const a = afterFailure(b);
      kinds.push(a.kind);
      if (a.kind !== 'retry') break;
      b = a.wait.next;
    }
    expect(kinds).toEqual(['retry', 'retry', 'exhausted']);
  });

  it('a cap ends the loop after the sleep that reaches it', () => {
    const b: WaitBackoff = { durationNs: S, factor: 10, jitter: 0, steps: 5, capNs: 5 * S };
    expect(afterFailure(b).kind).toBe('exhausted-after-wait');
  });
});
