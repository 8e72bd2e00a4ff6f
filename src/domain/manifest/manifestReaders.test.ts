import { describe, expect, it } from 'vitest';
import { ensureArray, ensureObject, isJsonObject, objectsOf, readString } from './jsonValue';
import { eventSourceEvents, eventsOfType } from './eventSourceManifest';
import {
  findDependency,
  findTrigger,
  sensorTriggers,
  triggerConditions,
  triggerName,
  triggerParameterLists,
  triggerTypeSpec,
} from './sensorManifest';

describe('JSON readers', () => {
  it('a mapping is an object that is neither null nor a list', () => {
    expect([{}, [], null, 'x', 1].map(isJsonObject)).toEqual([true, false, false, false, false]);
  });

  it('ensureObject and ensureArray replace what is not a mapping or a list, and keep what is', () => {
    const o: Record<string, unknown> = { a: 'text', b: { x: 1 }, c: 3, d: [1] };
    expect(ensureObject(o, 'a')).toEqual({});
    expect(ensureObject(o, 'b')).toBe(o.b);
    expect(ensureArray(o, 'c')).toEqual([]);
    expect(ensureArray(o, 'd')).toBe(o.d);
    expect(o).toEqual({ a: {}, b: { x: 1 }, c: [], d: [1] });
  });

  it('objectsOf keeps the mappings of a list and passes other items by', () => {
    expect(objectsOf([{ a: 1 }, 'x', null, [2], { b: 2 }])).toEqual([{ a: 1 }, { b: 2 }]);
    expect(objectsOf('not a list')).toEqual([]);
    expect(readString({ a: 1, b: 'two' }, 'a')).toBeUndefined();
  });
});

// pkg/apis/events/v1alpha1/eventsource_types.go EventSourceSpec: one map of events per type key.
describe('EventSource events', () => {
  const manifest = {
    spec: {
      eventBusName: 'main',
      service: { ports: [{ port: 12000 }] },
      template: { serviceAccountName: 'x' },
      webhook: { a: { port: '12000' }, constructor: { port: '12001' } },
      calendar: { daily: { schedule: '0 0 * * *' } },
      replicas: 2,
      broken: 'not a map',
    },
  };

  it('lists every event with its type, in spec order, leaving out the keys that are not types', () => {
    expect(eventSourceEvents(manifest)).toEqual([
      { type: 'webhook', name: 'a', spec: { port: '12000' } },
      { type: 'webhook', name: 'constructor', spec: { port: '12001' } },
      { type: 'calendar', name: 'daily', spec: { schedule: '0 0 * * *' } },
    ]);
  });

  it('gives the live event map of a type, and nothing for service or template', () => {
    expect(eventsOfType(manifest, 'webhook')).toBe(manifest.spec.webhook);
    expect(eventsOfType(manifest, 'service')).toBeUndefined();
    expect(eventsOfType(manifest, 'template')).toBeUndefined();
    expect(eventsOfType(manifest, 'broken')).toBeUndefined();
    expect(eventSourceEvents({ spec: 'none' })).toEqual([]);
  });
});

// pkg/apis/events/v1alpha1/sensor_types.go SensorSpec, Trigger, TriggerTemplate.
describe('Sensor dependencies and triggers', () => {
  const manifest = {
    spec: {
      dependencies: [{ name: 'dep-a', eventSourceName: 'hooks', eventName: 'a' }, 'junk'],
      triggers: [
        'junk',
        { template: 'not a template' },
        {
          parameters: [{ src: { dependencyName: 'dep-a' }, dest: 'x' }],
          template: {
            name: 'post',
            conditions: 'dep-a',
            http: { url: 'http://x', payload: [{ src: { dependencyName: 'dep-a' }, dest: 'y' }] },
            log: { intervalSeconds: 1 },
          },
        },
      ],
    },
  };

  it('reads the mappings of the lists only', () => {
    expect(sensorTriggers(manifest)).toHaveLength(2);
    expect(findDependency(manifest, 'dep-a')?.eventName).toBe('a');
    expect(findTrigger(manifest, undefined)).toBeUndefined();
  });

  it('finds a trigger by its template name and reads its fields', () => {
    const t = findTrigger(manifest, 'post');
    if (!t) throw new Error('no trigger');
    expect(triggerName(t)).toBe('post');
    expect(triggerConditions(t)).toBe('dep-a');
    // pkg/sensors/triggers: the controller takes the first type key in its own order (http before log).
    expect(triggerTypeSpec(t)?.type).toBe('http');
    expect(triggerParameterLists(t)).toEqual([
      [{ src: { dependencyName: 'dep-a' }, dest: 'x' }],
      [{ src: { dependencyName: 'dep-a' }, dest: 'y' }],
    ]);
  });
});
