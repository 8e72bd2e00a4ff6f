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

const httpTrigger = (extra: string, name = 'call') => `
- template:
    name: ${name}
    conditions: a
    http: {url: "http://api.example/hook", method: POST}
${extra}`;

// pkg/sensors/listener.go actionFunc → pkg/shared/util/retry.go DoWithRetry →
// k8s.io/apimachinery wait.ExponentialBackoff: `steps` attempts, `steps - 1` sleeps of
// duration × factor^n, each widened by up to jitter × itself (the simulator takes the start).
describe('retryStrategy on the virtual clock', () => {
  const design = simDesignOf(
    sensorDesign(
      httpTrigger(
        '  atLeastOnce: true\n  retryStrategy: {steps: 3, duration: 1s, factor: 2, jitter: 0.5}',
      ),
    ),
  );

  it('waits 1 s, then 2 s, between three failing attempts; retries happen when the clock passes them', () => {
    const r = runSteps(design, [
      outcomes({ call: 'error' }),
      send('a'),
      advance(999),
      advance(1),
      advance(2000),
    ]);
    expect(r.steps.map((s) => s.length)).toEqual([0, 0, 0, 0, 1]);
    const retries = r.trace.filter((t) => t.type === 'trigger.retry');
    expect(retries).toMatchObject([
      { attempt: 2, at: at(1000), waitMs: 1000, window: { from: at(1000), to: at(1500) } },
      { attempt: 3, at: at(3000), waitMs: 2000, window: { from: at(3000), to: at(4000) } },
    ]);
    const f = r.firings[0]!;
    expect(f).toMatchObject({ trigger: 'call', result: 'failed', attempts: 3, time: at(0) });
    expect(f.tries.map((t) => [t.at, t.ok])).toEqual([
      [at(0), false],
      [at(1000), false],
      [at(3000), false],
    ]);
    expect(f.error).toBe(
      'failed to execute trigger, Post "http://api.example/hook": dial tcp: connect: connection refused',
    );
    expect(r.state.actions).toEqual([]);
  });

  it('keeps the pending retry in the state until then', () => {
    const r = runSteps(design, [outcomes({ call: 'error' }), send('a')]);
    expect(r.state.actions).toHaveLength(1);
    expect(r.state.actions[0]?.next).toMatchObject({ kind: 'take', atMs: Date.parse(at(1000)) });
  });

  it('succeeds on the attempt whose outcome is success (outcomes per attempt, the last repeats)', () => {
    const r = runSteps(design, [
      outcomes({ call: 'error,timeout:2s,success' }),
      send('a'),
      { type: 'settle' },
    ]);
    expect(r.firings).toMatchObject([{ result: 'succeeded', attempts: 3, time: at(0) }]);
    // The timeout takes 2 s before the second wait (2 s) starts.
    expect(r.firings[0]?.tries.map((t) => t.at)).toEqual([at(0), at(1000), at(5000)]);
    // An http status without policy.status is a success: the sensor does not look at it.
    const r2 = runSteps(design, [outcomes({ call: 'status:503' }), send('a')]);
    expect(r2.firings).toMatchObject([{ result: 'succeeded', attempts: 1 }]);
    expect(r2.firings[0]?.tries[0]?.detail).toContain('no policy.status.allow');
  });

  it('an empty retryStrategy means 5 attempts of 1 s with jitter 1; none means one attempt', () => {
    const five = simDesignOf(sensorDesign(httpTrigger('  atLeastOnce: true\n  retryStrategy: {}')));
    const r = runSteps(five, [outcomes({ call: 'error' }), send('a'), { type: 'settle' }]);
    expect(r.firings[0]?.tries.map((t) => t.at)).toEqual([0, 1, 2, 3, 4].map((s) => at(s * 1000)));
    expect(r.trace.find((t) => t.type === 'trigger.retry')).toMatchObject({
      window: { from: at(1000), to: at(2000) },
    });
    const one = simDesignOf(sensorDesign(httpTrigger('  atLeastOnce: true')));
    expect(runSteps(one, [outcomes({ call: 'error' }), send('a')]).firings).toMatchObject([
      { result: 'failed', attempts: 1 },
    ]);
  });

  it('a duration in nanoseconds and a timeout that takes the http timeout before the next wait', () => {
    const d = simDesignOf(
      sensorDesign(`
- template:
    name: call
    conditions: a
    http: {url: "http://api.example/hook", timeout: 5}
  atLeastOnce: true
  retryStrategy: {steps: 2, duration: 1500000000, jitter: 0}
`),
    );
    const r = runSteps(d, [outcomes({ call: 'timeout' }), send('a'), { type: 'settle' }]);
    expect(r.firings[0]?.tries).toMatchObject([
      { at: at(0), endedAt: at(5000), ok: false },
      { at: at(6500), endedAt: at(11500), ok: false },
    ]);
    expect(r.firings[0]?.error).toContain('context deadline exceeded (Client.Timeout exceeded');
  });

  it('a backoff the retry loop cannot read fails with no attempt (DoWithRetry)', () => {
    const d = simDesignOf(
      sensorDesign(httpTrigger('  atLeastOnce: true\n  retryStrategy: {duration: "10"}')),
    );
    const r = runSteps(d, [send('a')]);
    expect(r.firings).toMatchObject([
      {
        result: 'failed',
        attempts: 0,
        error: 'invalid backoff configuration, time: missing unit in duration "10"',
      },
    ]);
  });
});

// pkg/sensors/listener.go triggerActions: atLeastOnce runs the action inside the retry loop before
// the message is acknowledged; otherwise in a goroutine whose error only reaches the log.
describe('atLeastOnce', () => {
  const extra =
    '  retryStrategy: {steps: 3, duration: 1s}\n  dlqTrigger:\n    template: {name: dlq, log: {}}\n    atLeastOnce: true';

  it('off: a failing action is never retried and never reaches its dlqTrigger', () => {
    const d = simDesignOf(sensorDesign(httpTrigger(extra)));
    const r = runSteps(d, [outcomes({ call: 'error' }), send('a'), advance(60_000)]);
    expect(r.firings).toMatchObject([
      { trigger: 'call', result: 'failed', attempts: 1, atLeastOnce: false },
    ]);
    expect(r.firings[0]?.tries[0]?.detail).toContain('never retried and no dlqTrigger runs');
    expect(
      r.trace.some((t) => t.type === 'trigger.retry' || t.type === 'trigger.dead-letter'),
    ).toBe(false);
  });

  it('on: the trigger takes no other event until its action (retries included) has ended', () => {
    const d = simDesignOf(sensorDesign(httpTrigger(`  atLeastOnce: true\n${extra}`)));
    const r = runSteps(d, [
      outcomes({ call: 'error,error,success' }),
      send('a', '{"n":1}'),
      send('a', '{"n":2}'),
      { type: 'settle' },
    ]);
    expect(r.trace.find((t) => t.type === 'trigger.queued')).toMatchObject({
      trigger: 'call',
      busyUntil: at(1000),
    });
    expect(r.firings.map((f) => [f.result, f.attempts, f.time, f.triggeredAt])).toEqual([
      ['succeeded', 3, at(0), undefined],
      // The second event waited in the bus until the first action ended at 00:02.
      ['succeeded', 3, at(2000), undefined],
    ]);
  });

  it('off: the trigger takes the next event at once, while the first one is still running', () => {
    const d = simDesignOf(
      sensorDesign(`
- template:
    name: call
    conditions: a
    http: {url: "http://api.example/hook", timeout: 10}
`),
    );
    const r = runSteps(d, [
      outcomes({ call: 'timeout' }),
      send('a'),
      send('a'),
      { type: 'settle' },
    ]);
    expect(r.trace.some((t) => t.type === 'trigger.queued')).toBe(false);
    expect(r.firings.map((f) => f.time)).toEqual([at(0), at(0)]);
  });
});

// pkg/sensors/listener.go actionFunc: after the retries, DoWithRetry on the dlqTrigger with its own
// retryStrategy (default one step) and the same events.
describe('dlqTrigger', () => {
  const d = simDesignOf(
    sensorDesign(
      httpTrigger(`  atLeastOnce: true
  retryStrategy: {steps: 2, duration: 1s}
  dlqTrigger:
    template:
      name: dlq
      http: {url: "http://alerts.example/failed"}
    atLeastOnce: true
    retryStrategy: {steps: 2, duration: 5s, jitter: 0}`),
    ),
  );

  it('gets the events once the retries are exhausted, listed as a firing of its own', () => {
    const r = runSteps(d, [outcomes({ call: 'error' }), send('a'), advance(1000)]);
    expect(
      r.steps[2]?.map((f) => [f.trigger, f.result, f.attempts, f.time, f.dlqOf, f.handedTo]),
    ).toEqual([
      ['call', 'failed', 2, at(0), undefined, 'dlq'],
      ['dlq', 'succeeded', 1, at(1000), 'call', undefined],
    ]);
    expect(r.trace.find((t) => t.type === 'trigger.dead-letter')).toMatchObject({
      trigger: 'call',
      dlq: 'dlq',
      at: at(1000),
    });
    expect(r.firings[1]?.events).toEqual(r.firings[0]?.events);
  });

  it('retries with its own retryStrategy and outcome', () => {
    const r = runSteps(d, [
      outcomes({ call: 'error', dlq: 'status:500' }),
      send('a'),
      { type: 'settle' },
    ]);
    // No policy.status: a 500 is a success for the sensor.
    expect(r.firings[1]).toMatchObject({ trigger: 'dlq', result: 'succeeded', attempts: 1 });
    const r2 = runSteps(d, [
      outcomes({ call: 'error', dlq: 'error' }),
      send('a'),
      { type: 'settle' },
    ]);
    expect(r2.firings[1]?.tries.map((t) => t.at)).toEqual([at(1000), at(6000)]);
    expect(r2.firings[1]).toMatchObject({ result: 'failed', attempts: 2 });
  });

  it('does not run when the main trigger succeeds', () => {
    const r = runSteps(d, [send('a'), { type: 'settle' }]);
    expect(r.firings.map((f) => f.trigger)).toEqual(['call']);
  });
});
