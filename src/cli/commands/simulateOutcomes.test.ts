import { describe, expect, it } from 'vitest';
import { run, scratch } from '../testKit';

const DESIGN = `apiVersion: argoproj.io/v1alpha1
kind: EventBus
metadata: {name: default}
spec: {jetstream: {version: latest}}
---
apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata: {name: webhook}
spec:
  webhook:
    deploy: {port: "12000", endpoint: /deploy, method: POST}
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata: {name: deployer}
spec:
  dependencies:
    - {name: d, eventSourceName: webhook, eventName: deploy}
  triggers:
    - template:
        name: call-api
        http: {url: "http://api.example/deploy"}
      atLeastOnce: true
      retryStrategy: {steps: 3, duration: 1s, factor: 2}
      policy: {status: {allow: [200]}}
      rateLimit: {unit: Minute, requestsPerUnit: 1}
      dlqTrigger:
        template: {name: notify, log: {}}
        atLeastOnce: true
`;

interface JsonFiring {
  trigger: string;
  time: string;
  attempts: number;
  result: string;
  dlqOf?: string;
  handedTo?: string;
  error?: string;
}

const simulate = async (...args: string[]) => {
  const dir = scratch({ 'd.yaml': DESIGN });
  const r = await run(['simulate', 'd.yaml', '-o', 'json', ...args], { cwd: dir });
  return { ...r, json: JSON.parse(r.out) as { firings: JsonFiring[]; exitCode: number } };
};

// The CLI contract of issue 19: --outcome SENSOR/TRIGGER=error|timeout|status:CODE on every
// attempt; each firing carries time (RFC 3339) and attempts; DLQ firings are firings of their own.
describe('eventflow simulate --outcome', () => {
  it('no outcome: one attempt at the event’s time; the second event waits its rate-limit turn', async () => {
    const r = await simulate('--event', 'webhook/deploy={}', '--event', 'webhook/deploy={}');
    expect(r.code).toBe(0);
    expect(r.json.firings.map((f) => [f.trigger, f.time, f.attempts, f.result])).toEqual([
      ['call-api', '2026-01-01T00:00:00Z', 1, 'succeeded'],
      ['call-api', '2026-01-01T00:01:00Z', 1, 'succeeded'],
    ]);
  });

  it('status:503 on every attempt: three attempts, one rate-limit turn each, then the dlqTrigger', async () => {
    const r = await simulate(
      '--event',
      'webhook/deploy={}',
      '--outcome',
      'deployer/call-api=status:503',
    );
    expect(r.code).toBe(1);
    expect(r.json.firings).toMatchObject([
      {
        trigger: 'call-api',
        time: '2026-01-01T00:00:00Z',
        attempts: 3,
        result: 'failed',
        handedTo: 'notify',
        error: 'policy application resulted in failure. http response status 503 is not allowed',
      },
      {
        trigger: 'notify',
        time: '2026-01-01T00:02:00Z',
        attempts: 1,
        result: 'succeeded',
        dlqOf: 'call-api',
      },
    ]);
  });

  it('error and timeout, and a failing dead-letter trigger', async () => {
    const timeout = await simulate(
      '--event',
      'webhook/deploy={}',
      '--outcome',
      'deployer/call-api=timeout',
      '--outcome',
      'deployer/notify=error',
    );
    expect(timeout.json.firings.map((f) => [f.trigger, f.result, f.attempts])).toEqual([
      ['call-api', 'failed', 3],
      ['notify', 'failed', 1],
    ]);
    expect(timeout.json.firings[0]?.error).toContain('context deadline exceeded');
  });

  it('text output names every attempt, wait and hand-off', async () => {
    const dir = scratch({ 'd.yaml': DESIGN });
    const r = await run(
      [
        'simulate',
        'd.yaml',
        '--event',
        'webhook/deploy={}',
        '--outcome',
        'deployer/call-api=error',
      ],
      { cwd: dir },
    );
    expect(r.out).toContain('Trigger deployer/call-api attempt 1 at 2026-01-01T00:00:00Z failed');
    expect(r.out).toContain('retries: attempt 2 at 2026-01-01T00:00:01Z');
    expect(r.out).toContain(
      'waits for its rate limit (1 per Minute): attempt 2, asked at 2026-01-01T00:00:01Z, runs at 2026-01-01T00:01:00Z',
    );
    expect(r.out).toContain(
      'gave up at 2026-01-01T00:02:00Z: its events go to the dlqTrigger notify',
    );
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('2 trigger firing(s), 1 failed.');
  });

  it('bad outcomes are usage errors; an unknown trigger is a warning', async () => {
    const dir = scratch({ 'd.yaml': DESIGN });
    for (const bad of ['deployer/call-api', 'deployer/call-api=later', 'call-api=error'])
      expect(
        (
          await run(['simulate', 'd.yaml', '--event', 'webhook/deploy={}', '--outcome', bad], {
            cwd: dir,
          })
        ).code,
      ).toBe(2);
    const typo = await run(
      [
        'simulate',
        'd.yaml',
        '--event',
        'webhook/deploy={}',
        '--outcome',
        'deployer/call-apl=error',
      ],
      { cwd: dir },
    );
    expect(typo.out).toContain(
      'warning simulate.unknown-trigger --outcome names "deployer/call-apl", but Sensor deployer has no trigger "call-apl" (it has "call-api", "notify")',
    );
  });
});
