import { describe, expect, it } from 'vitest';
import {
  outcomes,
  runSteps,
  send,
  sensorDesign,
  simDesignOf,
  testFiring,
} from '../../test/simulation';
import type { TraceEvent } from '../trace';
import { summarizeTrace, traceOutcomes } from './outcomes';

const received: TraceEvent = {
  type: 'event.received',
  eventId: 'e1',
  source: 'hooks',
  subject: 'build',
  sourceType: 'webhook',
  time: 't',
  data: '{}',
};
const dep = (pass: boolean): TraceEvent => ({
  type: 'dependency.evaluated',
  sensor: 's',
  dependency: 'd',
  eventId: 'e1',
  families: [],
  operator: 'and',
  pass,
  reason: pass ? 'ok' : 'data filter did not pass',
});

describe('traceOutcomes', () => {
  it('marks the event, the dependency and the trigger an input went through', () => {
    const fired: TraceEvent = {
      type: 'trigger.fired',
      sensor: 's',
      trigger: 't',
      firing: testFiring({ sensor: 's', trigger: 't', triggerType: 'log' }),
    };
    expect(traceOutcomes([received, dep(true), fired])).toEqual({
      'event:hooks/build': 'received',
      'dependency:s/d': 'pass',
      'trigger:s/t': 'fire',
    });
    expect(traceOutcomes([received, dep(false)])['dependency:s/d']).toBe('drop');
  });

  it('summarizes the input in a line', () => {
    expect(summarizeTrace([received, dep(false)])).toBe('dropped by the filters');
    expect(
      summarizeTrace([
        received,
        dep(true),
        {
          type: 'trigger.held',
          sensor: 's',
          trigger: 't',
          dependency: 'd',
          eventId: 'e1',
          replaced: null,
          missing: ['other'],
          expression: 'd && other',
        },
      ]),
    ).toBe('t waits for other');
  });

  it('says what a trigger action came to: retries waiting, failures, dead-letter firings', () => {
    const d = simDesignOf(
      sensorDesign(`
- template: {name: t, conditions: a, log: {}}
  atLeastOnce: true
  retryStrategy: {steps: 2, duration: 1s}
  dlqTrigger: {template: {name: dlq, log: {}}, atLeastOnce: true}
`),
    );
    const first = runSteps(d, [outcomes({ t: 'error' }), send('a')]);
    expect(summarizeTrace(first.trace.slice(1))).toBe('t waits to retry at 2026-01-01T09:00:01Z');
    expect(traceOutcomes(first.trace)['trigger:s/t']).toBe('held');
    const all = runSteps(d, [outcomes({ t: 'error' }), send('a'), { type: 'settle' }]);
    const last = all.trace.slice(all.trace.findIndex((t) => t.type === 'actions.settled'));
    expect(summarizeTrace(last)).toBe(
      't failed after 2 attempts: failed to execute trigger, the call failed (simulated error); dead-letter dlq fired for t',
    );
    expect(summarizeTrace(first.trace.slice(0, 1))).toBe('s/t fails with an error');
  });
});
