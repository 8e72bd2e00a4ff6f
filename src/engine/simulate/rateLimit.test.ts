import { describe, expect, it } from 'vitest';
import {
  advance,
  at,
  outcomes,
  runSteps,
  send,
  sensorDesign,
  simDesignOf,
} from '../../test/simulation';

const limited = (rateLimit: string, extra = '') =>
  simDesignOf(
    sensorDesign(`
- template:
    name: log-it
    conditions: a
    log: {}
  rateLimit: ${rateLimit}
${extra}`),
  );

// pkg/sensors/listener.go initRateLimiter + triggerWithRateLimit: go.uber.org/ratelimit v0.3.1
// New(requestsPerUnit, Per(unit)) per trigger name; Take() blocks, so firings are delayed, not dropped.
describe('rateLimit: a leaky bucket per trigger', () => {
  it('two events under 1 per Minute: the second fires a minute later, when the clock gets there', () => {
    const d = limited('{unit: Minute, requestsPerUnit: 1}');
    const r = runSteps(d, [send('a'), send('a'), advance(59_999), advance(1)]);
    expect(r.steps.map((s) => s.length)).toEqual([1, 0, 0, 1]);
    expect(r.trace.find((t) => t.type === 'trigger.rate-limited')).toMatchObject({
      trigger: 'log-it',
      requestedAt: at(0),
      at: at(60_000),
      waitMs: 60_000,
      limit: '1 per Minute',
    });
    expect(r.firings.map((f) => [f.time, f.triggeredAt])).toEqual([
      [at(0), undefined],
      [at(60_000), at(0)],
    ]);
    // The log line carries the time the action ran.
    expect(r.firings[1]?.log?.[0]).toContain(`"ts":"${at(60_000)}"`);
  });

  it('per unit: Second, Minute, Hour; any other unit is a Second', () => {
    const spacing = (rateLimit: string) => {
      const r = runSteps(limited(rateLimit), [send('a'), send('a'), send('a'), { type: 'settle' }]);
      return r.firings.map((f) => Date.parse(f.time) - Date.parse(at(0)));
    };
    expect(spacing('{unit: Second, requestsPerUnit: 2}')).toEqual([0, 500, 1000]);
    expect(spacing('{unit: Minute, requestsPerUnit: 3}')).toEqual([0, 20_000, 40_000]);
    expect(spacing('{unit: Hour, requestsPerUnit: 1}')).toEqual([0, 3_600_000, 7_200_000]);
    expect(spacing('{unit: Day, requestsPerUnit: 1}')).toEqual([0, 1000, 2000]);
    // 1 s / 3 in integer nanoseconds: 333333333 ns apart (times shown to the microsecond).
    const thirds = runSteps(limited('{requestsPerUnit: 3}'), [
      send('a'),
      send('a'),
      send('a'),
      { type: 'settle' },
    ]);
    expect(thirds.firings.map((f) => f.time)).toEqual([
      at(0),
      '2026-01-01T09:00:00.333333Z',
      '2026-01-01T09:00:00.666666Z',
    ]);
  });

  it('after a quiet spell the bucket has banked up to 10 turns (the library default slack)', () => {
    const d = limited('{unit: Second, requestsPerUnit: 1}');
    const burst = Array.from({ length: 12 }, () => send('a'));
    const r = runSteps(d, [send('a'), advance(20_000), ...burst, { type: 'settle' }]);
    const times = r.firings.slice(1).map((f) => f.time);
    expect(times.filter((t) => t === at(20_000))).toHaveLength(11);
    expect(times.at(-1)).toBe(at(21_000));
  });

  it('every retry attempt takes a turn too', () => {
    const d = limited(
      '{unit: Minute, requestsPerUnit: 1}',
      '  atLeastOnce: true\n  retryStrategy: {steps: 2, duration: 1s}',
    );
    const r = runSteps(d, [outcomes({ 'log-it': 'error' }), send('a'), { type: 'settle' }]);
    // The retry's backoff ends after 1 s, but its turn comes a minute after the first.
    expect(r.firings[0]?.tries.map((t) => [t.requestedAt, t.at])).toEqual([
      [undefined, at(0)],
      [at(1000), at(60_000)],
    ]);
  });

  it('a dead-letter trigger shares a limiter only by name with a Sensor trigger; its own rateLimit is never read', () => {
    const d = simDesignOf(
      sensorDesign(`
- template: {name: main, conditions: a, log: {}}
  atLeastOnce: true
  dlqTrigger:
    template: {name: dlq, log: {}}
    atLeastOnce: true
    rateLimit: {unit: Hour, requestsPerUnit: 1}
`),
    );
    const r = runSteps(d, [outcomes({ main: 'error' }), send('a'), send('a'), { type: 'settle' }]);
    expect(r.firings.filter((f) => f.trigger === 'dlq').map((f) => f.time)).toEqual([at(0), at(0)]);
  });

  it('requestsPerUnit 0 fails: the sensor divides by it', () => {
    const r = runSteps(limited('{unit: Second}'), [send('a')]);
    expect(r.firings[0]).toMatchObject({ result: 'failed', attempts: 0 });
    expect(r.firings[0]?.error).toContain('divide by zero');
  });
});
