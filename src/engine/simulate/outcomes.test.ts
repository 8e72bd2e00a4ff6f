import { describe, expect, it } from 'vitest';
import { testFiring } from '../../test/simulation';
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
});
