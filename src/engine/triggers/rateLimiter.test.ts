import { describe, expect, it } from 'vitest';
import { rateLimitConfig, takePermission, type RateLimitConfig } from './rateLimiter';

const config = (raw: unknown): RateLimitConfig => {
  const r = rateLimitConfig(raw);
  if (!r.ok || !r.config) throw new Error('no limiter');
  return r.config;
};

// pkg/sensors/listener.go initRateLimiter: Second unless the unit is Minute or Hour.
describe('initRateLimiter', () => {
  it('one turn every unit / requestsPerUnit, in integer nanoseconds', () => {
    expect(config({ unit: 'Second', requestsPerUnit: 4 }).perRequestMs).toBe(250);
    expect(config({ unit: 'Minute', requestsPerUnit: 2 }).perRequestMs).toBe(30_000);
    expect(config({ unit: 'Hour', requestsPerUnit: 1 }).perRequestMs).toBe(3_600_000);
    expect(config({ unit: 'minute', requestsPerUnit: 1 }).perRequestMs).toBe(1000);
    expect(config({ requestsPerUnit: 3 }).perRequestMs).toBe(333.333333);
  });

  it('no rateLimit is unlimited; requestsPerUnit 0 divides by zero', () => {
    expect(rateLimitConfig(undefined)).toEqual({ ok: true, config: null });
    expect(rateLimitConfig({ unit: 'Second' }).ok).toBe(false);
  });
});

// go.uber.org/ratelimit v0.3.1 limiter_atomic_int64.go Take (slack 10 by default).
describe('Take', () => {
  const c = config({ unit: 'Second', requestsPerUnit: 1 });

  it('the first call passes; the next ones at the same time wait one interval each', () => {
    const a = takePermission(c, undefined, 0);
    const b = takePermission(c, a.stateMs, 0);
    const d = takePermission(c, b.stateMs, 0);
    expect([a.permitMs, b.permitMs, d.permitMs]).toEqual([0, 1000, 2000]);
  });

  it('time unused is banked, up to slack × interval', () => {
    let last = takePermission(c, undefined, 0).stateMs;
    const permits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = takePermission(c, last, 60_000);
      permits.push(r.permitMs);
      last = r.stateMs;
    }
    expect(permits.filter((p) => p === 60_000)).toHaveLength(11);
    expect(permits.at(-1)).toBe(61_000);
  });
});
