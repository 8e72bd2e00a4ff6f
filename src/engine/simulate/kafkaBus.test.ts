import { describe, expect, it } from 'vitest';
import { buildEvent } from '../sources/buildEvent';
import { NS, runSteps, send, sensorDesign, simDesignOf, T0 } from '../../test/simulation';
import type { SimInput } from './simInput';

const AND_TRIGGER = `
- template:
    name: both
    conditions: a && b
    http:
      url: http://api.example/hook
      payload:
        - src: {dependencyName: a, dataKey: body.x, value: none}
          dest: fromA
        - src: {dependencyName: b, dataKey: body.y}
          dest: fromB
`;

// pkg/eventbus/kafka/sensor/trigger_handler.go Action: the action's map holds only the event of the
// dependency named in the message header, the one whose event completed the conditions.
describe('the Kafka bus hands the action only the completing dependency’s event', () => {
  const run = (bus: 'kafka' | 'jetstream') =>
    runSteps(simDesignOf(sensorDesign(AND_TRIGGER, bus)), [
      send('a', '{"x":"held"}'),
      send('b', '{"y":"completes"}'),
    ]);

  it('Kafka: b completed a && b, so a’s parameter falls back to its value', () => {
    const f = run('kafka').firings[0]!;
    expect(Object.keys(f.events)).toEqual(['b']);
    expect(f.request?.body).toBe('{"fromA":"none","fromB":"completes"}');
    expect(f.notes.some((n) => n.startsWith('on the Kafka bus only the event of b'))).toBe(true);
  });

  it('JetStream: both events reach the action', () => {
    const f = run('jetstream').firings[0]!;
    expect(Object.keys(f.events).sort()).toEqual(['a', 'b']);
    expect(f.request?.body).toBe('{"fromA":"held","fromB":"completes"}');
  });

  it('Kafka keeps no event ids, so a redelivered event fires again; JetStream drops it within 60 s', () => {
    const built = buildEvent({
      eventSourceName: 'hooks',
      sourceType: 'webhook',
      eventName: 'a',
      eventConfig: { method: 'POST' },
      payload: { body: '{}', headers: { 'Content-Type': 'application/json' } },
      id: 'same-id',
      nowMs: T0,
    });
    if (!built.ok) throw new Error(built.error);
    const twice: SimInput[] = [1, 2].map(() => ({
      type: 'sensor-event',
      event: built.event,
      namespace: NS,
    }));
    const or = `
- template: {name: each, conditions: a, log: {}}
`;
    expect(runSteps(simDesignOf(sensorDesign(or, 'kafka')), twice).firings).toHaveLength(2);
    expect(runSteps(simDesignOf(sensorDesign(or, 'jetstream')), twice).firings).toHaveLength(1);
  });
});
