import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { validateText } from '../validation/validate';
import {
  EVENT_SOURCE_CATALOG,
  EVENT_SOURCE_TYPES,
  lookupEventSourceType,
} from './eventSourceTypes';
import { TRIGGER_CATALOG, TRIGGER_TYPES } from './triggerTypes';
import { EVENT_BUS_CATALOG } from './eventBusKinds';

const schema = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../../third_party/argo-events/schema/schema.json'),
    'utf8',
  ),
) as {
  definitions: Record<string, { properties: Record<string, unknown> }>;
};
const BUS = {
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'EventBus',
  metadata: { name: 'default' },
  spec: { jetstream: { version: 'latest' } },
};
const problems = (docs: unknown[]) =>
  validateText('catalog.yaml', docs.map((d) => stringify(d)).join('---\n'))
    .filter((d) => d.severity !== 'info')
    .map((d) => `${d.code}: ${d.message}`);

describe('EventSource catalog', () => {
  it('lists exactly the 32 spec.<type> keys of the schema', () => {
    const keys = Object.keys(
      schema.definitions['io.argoproj.events.v1alpha1.EventSourceSpec']?.properties ?? {},
    ).filter((k) => !['template', 'service', 'eventBusName', 'replica', 'replicas'].includes(k));
    expect(EVENT_SOURCE_TYPES).toHaveLength(32);
    expect([...EVENT_SOURCE_TYPES].sort()).toEqual(keys.sort());
  });

  it.each(EVENT_SOURCE_CATALOG.map((i) => [i.type, i] as const))(
    '%s default config passes validation',
    (type, info) => {
      const es = {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'EventSource',
        metadata: { name: 'source' },
        spec: { [type]: { example: info.defaultConfig } },
      };
      expect(problems([BUS, es])).toEqual([]);
      expect(info.docUrl).toMatch(/^https:\/\/argoproj\.github\.io\/argo-events\//);
    },
  );

  it('maps spec keys to the CloudEvent type the source stamps', () => {
    expect(lookupEventSourceType('pubSub')?.cloudEventType).toBe('pubsub');
    expect(lookupEventSourceType('storageGrid')?.cloudEventType).toBe('storagegrid');
    expect(lookupEventSourceType('webhook')?.cloudEventType).toBe('webhook');
  });
});

describe('trigger catalog', () => {
  it('lists every template.<key> trigger type of the schema', () => {
    const keys = Object.keys(
      schema.definitions['io.argoproj.events.v1alpha1.TriggerTemplate']?.properties ?? {},
    ).filter((k) => !['name', 'conditions', 'conditionsReset'].includes(k));
    expect([...TRIGGER_TYPES].sort()).toEqual(keys.sort());
  });

  it.each(TRIGGER_CATALOG.map((i) => [i.type, i] as const))(
    '%s default spec passes validation',
    (type, info) => {
      const es = {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'EventSource',
        metadata: { name: 'source' },
        spec: { webhook: { 'example-dep': { port: '12000', endpoint: '/x', method: 'POST' } } },
      };
      const sensor = {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Sensor',
        metadata: { name: 'sensor' },
        spec: {
          dependencies: [
            { name: 'example-dep', eventSourceName: 'source', eventName: 'example-dep' },
          ],
          triggers: [{ template: { name: 'trigger', [type]: info.defaultSpec } }],
        },
      };
      expect(problems([BUS, es, sensor])).toEqual([]);
    },
  );
});

describe('EventBus catalog', () => {
  it.each(EVENT_BUS_CATALOG.map((i) => [i.kind, i] as const))(
    '%s default spec passes validation',
    (kind, info) => {
      const bus = {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'EventBus',
        metadata: { name: 'default' },
        spec: { [kind]: info.defaultSpec },
      };
      expect(problems([bus])).toEqual([]);
    },
  );
});
