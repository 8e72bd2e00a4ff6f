import { describe, expect, it } from 'vitest';
import { EVENT_SOURCE_CATALOG } from '../../domain/catalog/eventSourceTypes';
import { buildEvent } from './buildEvent';
import { samplesFor, SAMPLE_PAYLOADS } from './samples';

const at = Date.UTC(2026, 2, 1, 9, 30, 0);
const base = { eventSourceName: 'src', eventName: 'example', id: 'a1b2', nowMs: at, startMs: at };

describe('buildEvent', () => {
  it.each(EVENT_SOURCE_CATALOG.map((i) => [i.type, i] as const))(
    '%s builds every sample of its default configuration into JSON data with the CloudEvent context',
    (type, info) => {
      const samples = samplesFor(type, info.defaultConfig);
      expect(samples.length).toBeGreaterThan(0);
      let published = 0;
      for (const s of samples) {
        const r = buildEvent({
          ...base,
          sourceType: type,
          eventConfig: info.defaultConfig,
          payload: s.payload,
        });
        // SNS SubscriptionConfirmation and Slack url_verification are samples of "no event".
        if (!r.ok) {
          expect(r.stage, `${s.kind}: ${r.error}`).toBe('not-published');
          continue;
        }
        published++;
        expect(() => JSON.parse(r.event.data ?? '')).not.toThrow();
        expect(r.event.context).toMatchObject({
          source: 'src',
          subject: 'example',
          type: info.cloudEventType,
          specversion: '1.0',
          time: '2026-03-01T09:30:00Z',
          datacontenttype: 'application/json',
        });
      }
      expect(published).toBeGreaterThan(0);
    },
  );

  it('has a default sample for every type', () => {
    expect(Object.keys(SAMPLE_PAYLOADS).sort()).toEqual(
      EVENT_SOURCE_CATALOG.map((i) => i.type).sort(),
    );
  });

  // pkg/eventsources/eventing.go GetEventingServers + filterEvent.
  const FILTERED = EVENT_SOURCE_CATALOG.map((i) => i.type).filter(
    (t) => !['minio', 'storageGrid', 'stripe', 'resource'].includes(t),
  );

  it('filter.expression applies to 28 types: a false expression publishes nothing, a true one publishes', () => {
    expect(FILTERED).toHaveLength(28);
    for (const type of FILTERED) {
      const info = EVENT_SOURCE_CATALOG.find((i) => i.type === type)!;
      const sample = samplesFor(type, info.defaultConfig)[0]!;
      const with_ = (expression: string) =>
        buildEvent({
          ...base,
          sourceType: type,
          eventConfig: { ...info.defaultConfig, filter: { expression } },
          payload: sample.payload,
        });
      const no = with_('false');
      expect(!no.ok && no.stage, type).toBe('not-published');
      expect(!no.ok && no.dropped[0]?.expression, type).toBe('false');
      expect(with_('true').ok, type).toBe(true);
    }
  });

  it('minio, storageGrid, stripe and resource have no expression: their `filter` is something else', () => {
    for (const type of ['minio', 'storageGrid', 'stripe', 'resource']) {
      const info = EVENT_SOURCE_CATALOG.find((i) => i.type === type)!;
      const cfg = {
        ...info.defaultConfig,
        filter: { ...(info.defaultConfig.filter as object), expression: 'false' },
      };
      const r = buildEvent({
        ...base,
        sourceType: type,
        eventConfig: cfg,
        payload: samplesFor(type, cfg)[0]!.payload,
      });
      expect(r.ok, type).toBe(true);
    }
  });

  it('a webhook filtered on body.amount > 100 publishes amount 150 and drops amount 5, saying why', () => {
    const cfg = { method: 'POST', filter: { expression: 'body.amount > 100' } };
    const send = (amount: number) =>
      buildEvent({
        ...base,
        sourceType: 'webhook',
        eventConfig: cfg,
        payload: { method: 'POST', body: JSON.stringify({ amount }) },
      });
    expect(send(150).ok).toBe(true);
    const r = send(5);
    expect(!r.ok && r.error).toBe('the filter expression "body.amount > 100" is false');
    expect(!r.ok && r.dropped[0]?.data).toBe('{"header":{},"body":{"amount":5}}');
    const err = buildEvent({
      ...base,
      sourceType: 'webhook',
      eventConfig: { method: 'POST', filter: { expression: 'body.missing.x > 1' } },
      payload: { method: 'POST', body: '{}' },
    });
    expect(!err.ok && err.dropped[0]?.error).toMatch(/cannot fetch x from <nil>/);
    const skipped = buildEvent({
      ...base,
      sourceType: 'webhook',
      eventConfig: cfg,
      payload: { method: 'POST', body: '{"amount":5}' },
      skipFilter: true,
    });
    expect(skipped.ok).toBe(true);
  });

  it('refuses any payload over 5 MB (the simulator limit)', () => {
    const r = buildEvent({
      ...base,
      sourceType: 'kafka',
      eventConfig: {},
      payload: { body: 'x'.repeat(5_000_001) },
    });
    expect(!r.ok && r.error).toMatch(/the simulator takes events up to 5 MB/);
  });
});
