import { describe, expect, it } from 'vitest';
import { sensorDesign, simDesignOf } from '../../test/simulation';
import { checkScenario } from './checkScenario';
import {
  formatScenarioFile,
  parseScenarioFile,
  readScenario,
} from '../../domain/scenario/scenario';

const design = simDesignOf(
  sensorDesign(`
- template:
    name: call
    conditions: a
    http: {url: "http://api.example/hook"}
  atLeastOnce: true
  retryStrategy: {steps: 3, duration: 2s, factor: 2, jitter: 0}
  policy: {status: {allow: [200]}}
  dlqTrigger:
    template: {name: page-oncall, log: {}}
    atLeastOnce: true
`),
);

const FILE = `apiVersion: eventflow.dev/v1alpha1
kind: Scenarios
scenarios:
  - name: the API is down, so on-call is paged after three tries
    start: 2026-01-01T09:00:00Z
    outcomes:
      s/call: status:503
    steps:
      - send: hooks/a
        namespace: ns
        body: {}
    expect:
      - fire: s/call
        failed: true
        error: status 503 is not allowed
        attempts: 3
        time: 2026-01-01T09:00:00Z
      - fire: s/page-oncall
        dlqOf: call
        time: 2026-01-01T09:00:06Z
  - name: it recovers on the second try
    steps:
      - outcomes:
          s/call: [{error: "dial tcp: connection refused"}, success]
      - send: hooks/a
        namespace: ns
    expect:
      - fire: s/call
        attempts: 2
`;

describe('scenario outcomes and expectations of attempts, times and dead-letter firings', () => {
  const parsed = parseScenarioFile(FILE);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const [down, recovers] = parsed.file.scenarios;

  it('read outcomes (scenario-level and as a step) and format back to the same scenarios', () => {
    expect(down?.outcomes).toEqual([
      { trigger: 's/call', outcomes: [{ kind: 'status', code: 503 }] },
    ]);
    expect(recovers?.steps[0]).toEqual({
      outcomes: [
        {
          trigger: 's/call',
          outcomes: [
            { kind: 'error', message: 'dial tcp: connection refused' },
            { kind: 'success' },
          ],
        },
      ],
    });
    const text = formatScenarioFile(parsed.file);
    expect(text).toContain('s/call: status:503');
    const again = parseScenarioFile(text);
    expect(again.ok && again.file).toEqual(parsed.file);
    // The app stores scenarios as values and reads them back with readScenario.
    expect(readScenario(JSON.parse(JSON.stringify(down)), () => {})).toEqual(down);
  });

  it('pass when the attempts, the error, the times and the hand-off match (the clock settles at the end)', async () => {
    expect((await checkScenario(design, down!)).failures).toEqual([]);
    expect((await checkScenario(design, recovers!)).failures).toEqual([]);
  });

  it('say what differs', async () => {
    const other = {
      ...down!,
      expect: [
        { fire: 's/call', attempts: 2, time: '2026-01-01T09:00:01Z' },
        { fire: 's/page-oncall', dlqOf: 'other' },
      ],
    };
    expect((await checkScenario(design, other)).failures).toEqual([
      's/call: failed after 3 attempts (policy application resulted in failure. http response status 503 is not allowed), expected it to succeed',
      's/call: ran 3 time(s), expected 2',
      's/call: ran at 2026-01-01T09:00:00Z, expected 2026-01-01T09:00:01Z',
      's/page-oncall: is the dlqTrigger of call, expected the dlqTrigger of other',
    ]);
    expect((await checkScenario(design, { ...down!, expect: [] })).failures).toEqual([
      's/call failed, which the scenario does not expect',
      's/page-oncall fired, which the scenario does not expect',
    ]);
  });

  it('settle: false stops at the last step, with the retries still pending', async () => {
    const r = await checkScenario(design, { ...down!, settle: false, expect: [] });
    expect(r.failures).toEqual([]);
    expect(r.result.state.actions).toHaveLength(1);
  });

  it('report outcomes they cannot read, with their line', () => {
    const bad = parseScenarioFile(FILE.replace('s/call: status:503', 's/call: status:later'));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems[0]).toMatchObject({
      line: 7,
      message: 'scenarios.0.outcomes.s/call: status:later: a status code such as 503',
    });
  });
});
