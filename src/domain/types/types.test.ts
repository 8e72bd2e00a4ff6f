import { describe, expect, expectTypeOf, it } from 'vitest';
import { parse } from 'yaml';
import type {
  EventDependency,
  SensorManifest,
  TriggerParameter,
  WebhookEventSource,
} from './index';

describe('generated model types', () => {
  it('type a parsed Sensor field for field and keep unknown fields as unknown', () => {
    const sensor = parse(
      'kind: Sensor\nspec:\n  dependencies: [{name: d, eventSourceName: e, eventName: x}]\nextra: 1\n',
    ) as SensorManifest;
    const dep: EventDependency | undefined = sensor.spec?.dependencies?.[0];
    expect(dep?.eventSourceName).toBe('e');
    expectTypeOf(sensor.extra).toEqualTypeOf<unknown>();
    expectTypeOf<TriggerParameter['dest']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<WebhookEventSource>().toHaveProperty('endpoint');
  });
});
