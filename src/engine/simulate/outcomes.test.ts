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
import type { SimManifest } from './simDesign';
import { nodeId } from '../../domain/graph/ids';

// The design the trace ran on: where each resource lives and what type each event is.
const manifests: SimManifest[] = [
  {
    kind: 'EventSource',
    value: { metadata: { name: 'hooks', namespace: 'ci' }, spec: { webhook: { build: {} } } },
  },
  { kind: 'Sensor', value: { metadata: { name: 's', namespace: 'ci' }, spec: {} } },
];
const D = { kind: 'dependency', namespace: 'ci', name: 's', key: 'd' } as const;

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
    expect(Object.fromEntries(traceOutcomes([received, dep(true), fired], manifests))).toEqual({
      'event:ci/hooks#webhook%2Fbuild': 'received',
      'dependency:ci/s#d': 'pass',
      'trigger:ci/s#t': 'fire',
    });
    expect(traceOutcomes([received, dep(false)], manifests).get(nodeId(D))).toBe('drop');
  });

  it('keys a rejected event by its node id, type and namespace taken from the design', () => {
    const rejected: TraceEvent = {
      type: 'event.rejected',
      source: 'hooks',
      subject: 'build',
      reason: 'method not allowed',
    };
    expect([...traceOutcomes([rejected], manifests).keys()]).toEqual([
      nodeId({ kind: 'event', namespace: 'ci', name: 'hooks', key: 'webhook/build' }),
    ]);
  });

  it('gives names that are object keys no special meaning', () => {
    const odd = traceOutcomes(
      [
        {
          type: 'dependency.evaluated',
          sensor: '__proto__',
          dependency: 'constructor',
          eventId: 'e1',
          families: [],
          operator: 'and',
          pass: true,
          reason: 'ok',
        },
      ],
      [],
    );
    expect([...odd]).toEqual([
      [
        nodeId({ kind: 'dependency', namespace: '', name: '__proto__', key: 'constructor' }),
        'pass',
      ],
    ]);
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
    expect(
      traceOutcomes(first.trace, []).get(
        nodeId({ kind: 'trigger', namespace: '', name: 's', key: 't' }),
      ),
    ).toBe('held');
    const all = runSteps(d, [outcomes({ t: 'error' }), send('a'), { type: 'settle' }]);
    const last = all.trace.slice(all.trace.findIndex((t) => t.type === 'actions.settled'));
    expect(summarizeTrace(last)).toBe(
      't failed after 2 attempts: failed to execute trigger, the call failed (simulated error); dead-letter dlq fired for t',
    );
    expect(summarizeTrace(first.trace.slice(0, 1))).toBe('s/t fails with an error');
  });
});
