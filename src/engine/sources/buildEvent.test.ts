import { describe, expect, it } from 'vitest';
import { EVENT_SOURCE_CATALOG } from '../../domain/catalog/eventSourceTypes';
import { buildEvent } from './buildEvent';
import { samplePayload, SAMPLE_PAYLOADS } from './samples';
import { gjsonString } from '../json/gjson';

const at = Date.UTC(2026, 2, 1, 9, 30, 0);
const base = { eventSourceName: 'src', eventName: 'example', id: 'a1b2', nowMs: at };

describe('buildEvent', () => {
  it.each(EVENT_SOURCE_CATALOG.map((i) => [i.type, i] as const))(
    '%s builds its sample into valid JSON data',
    (type, info) => {
      const sample = samplePayload(type, info.defaultConfig);
      expect(sample).toBeDefined();
      const r = buildEvent({
        ...base,
        sourceType: type,
        eventConfig: info.defaultConfig,
        payload: sample?.payload ?? {},
      });
      if (!r.ok) throw new Error(r.error);
      expect(() => JSON.parse(r.event.data ?? '')).not.toThrow();
      expect(r.event.context).toMatchObject({
        source: 'src',
        subject: 'example',
        type: info.cloudEventType,
        specversion: '1.0',
        time: '2026-03-01T09:30:00Z',
        datacontenttype: 'application/json',
      });
    },
  );

  it('has a sample for every type', () => {
    expect(Object.keys(SAMPLE_PAYLOADS).sort()).toEqual(
      EVENT_SOURCE_CATALOG.map((i) => i.type).sort(),
    );
  });

  it('webhook: singular header with canonical keys and array values, raw compact body, numbers as written', () => {
    const r = buildEvent({
      ...base,
      sourceType: 'webhook',
      eventConfig: { method: 'POST' },
      payload: {
        method: 'POST',
        headers: { 'x-github-event': 'push' },
        body: '{ "a": 1.50, "t": "<b>" }',
      },
    });
    expect(r.ok && r.event.data).toBe(
      '{"header":{"X-Github-Event":["push"]},"body":{"a":1.50,"t":"\\u003cb\\u003e"}}',
    );
  });

  it('webhook: refuses a wrong method and a body that is not JSON, like the source answering 400', () => {
    expect(
      buildEvent({
        ...base,
        sourceType: 'webhook',
        eventConfig: { method: 'POST' },
        payload: { method: 'GET' },
      }).ok,
    ).toBe(false);
    expect(
      buildEvent({
        ...base,
        sourceType: 'webhook',
        eventConfig: { method: 'POST' },
        payload: { body: 'hello' },
      }).ok,
    ).toBe(false);
  });

  it('webhook: GET bodies are the query and form posts are form fields', () => {
    const get = buildEvent({
      ...base,
      sourceType: 'webhook',
      eventConfig: { method: 'GET' },
      payload: { method: 'GET', query: 'a=1&a=2&b=x' },
    });
    expect(get.ok && gjsonString(get.event.data ?? '', 'body')).toBe('{"a":["1","2"],"b":["x"]}');
    const form = buildEvent({
      ...base,
      sourceType: 'webhook',
      eventConfig: { method: 'POST' },
      payload: { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'x=1' },
    });
    expect(form.ok && gjsonString(form.event.data ?? '', 'body.x.0')).toBe('1');
  });

  it('github uses plural headers', () => {
    const r = buildEvent({
      ...base,
      sourceType: 'github',
      eventConfig: {},
      payload: samplePayload('github')?.payload ?? {},
    });
    expect(r.ok && gjsonString(r.event.data ?? '', 'headers.X-Github-Event.0')).toBe('push');
    expect(r.ok && gjsonString(r.event.data ?? '', 'body.after')).toMatch(/^[0-9a-f]{40}$/);
  });

  it('message sources embed JSON only with jsonBody, otherwise base64', () => {
    const raw = buildEvent({
      ...base,
      sourceType: 'nats',
      eventConfig: { subject: 'o' },
      payload: { body: '{"a":1}' },
    });
    expect(raw.ok && gjsonString(raw.event.data ?? '', 'body')).toBe('eyJhIjoxfQ==');
    const embedded = buildEvent({
      ...base,
      sourceType: 'nats',
      eventConfig: { subject: 'o', jsonBody: true },
      payload: { body: '{"a":1}' },
    });
    expect(embedded.ok && gjsonString(embedded.event.data ?? '', 'body.a')).toBe('1');
  });

  it('calendar eventTime is Go time.String() in the configured zone; metadata is added when set', () => {
    const r = buildEvent({
      ...base,
      sourceType: 'calendar',
      eventConfig: { timezone: 'Europe/Berlin', metadata: { team: 'data' } },
      payload: {},
    });
    expect(r.ok && r.event.data).toBe(
      '{"eventTime":"2026-03-01 10:30:00 +0100 CET","metadata":{"team":"data"}}',
    );
  });

  it('minio puts the S3 record under notification.0 and file ops are numbers', () => {
    const m = buildEvent({
      ...base,
      sourceType: 'minio',
      eventConfig: {},
      payload: samplePayload('minio')?.payload ?? {},
    });
    expect(m.ok && gjsonString(m.event.data ?? '', 'notification.0.s3.object.key')).toBe(
      'data/2026/sales.csv',
    );
    const f = buildEvent({
      ...base,
      sourceType: 'file',
      eventConfig: {},
      payload: { fields: { name: 'a.csv', op: 2 } },
    });
    expect(f.ok && f.event.data).toBe('{"name":"a.csv","op":2,"metadata":null}');
  });

  it('minio delivers only records its prefix, suffix and events match (the server filters)', () => {
    const record = (key: string, eventName = 's3:ObjectCreated:Put') => ({
      eventName,
      s3: { object: { key } },
    });
    const cfg = { filter: { prefix: 'uploads/', suffix: '.csv' }, events: ['s3:ObjectCreated:*'] };
    const send = (records: unknown[]) =>
      buildEvent({
        ...base,
        sourceType: 'minio',
        eventConfig: cfg,
        payload: { body: JSON.stringify(records) },
      });
    expect(send([record('uploads/a.csv')]).ok).toBe(true);
    const png = send([record('uploads/a.png')]);
    expect(!png.ok && png.error).toMatch(
      /object key "uploads\/a.png" does not match the source's filter \(prefix "uploads\/", suffix ".csv"\)/,
    );
    expect(send([record('other/a.csv')]).ok).toBe(false);
    const removed = send([record('uploads/a.csv', 's3:ObjectRemoved:Delete')]);
    expect(!removed.ok && removed.error).toMatch(/not one of the source's events/);
    const mixed = send([record('uploads/a.png'), record('uploads/b.csv')]);
    expect(mixed.ok && gjsonString(mixed.event.data ?? '', 'notification.#')).toBe('1');
    expect(mixed.ok && gjsonString(mixed.event.data ?? '', 'notification.0.s3.object.key')).toBe(
      'uploads/b.csv',
    );
  });

  it('kafka ids are stable per partition and offset', () => {
    const r = buildEvent({
      ...base,
      sourceType: 'kafka',
      eventConfig: { url: 'k1:9092,k2:9092', topic: 'orders' },
      payload: samplePayload('kafka')?.payload ?? {},
    });
    expect(r.ok && r.event.context.id).toBe('src:example:k1:9092:orders:0:42');
  });

  it('refuses a webhook body over maxPayloadSize (default 1 MiB) as the server does, and any payload over 5 MB', () => {
    const body = (n: number) => JSON.stringify({ pad: 'x'.repeat(n) });
    const hook = (cfg: Record<string, unknown>, n: number) =>
      buildEvent({
        ...base,
        sourceType: 'webhook',
        eventConfig: { method: 'POST', ...cfg },
        payload: { method: 'POST', body: body(n) },
      });
    expect(hook({}, 1_000_000).ok).toBe(true);
    const big = hook({}, 1_048_576);
    expect(!big.ok && big.error).toMatch(
      /over the webhook's maxPayloadSize of 1048576 bytes \(the default\): the source answers "request too large"/,
    );
    const small = hook({ maxPayloadSize: 100 }, 200);
    expect(!small.ok && small.error).toMatch(/maxPayloadSize of 100 bytes:/);
    const github = buildEvent({
      ...base,
      sourceType: 'github',
      eventConfig: { webhook: { maxPayloadSize: 50 } },
      payload: { body: body(100) },
    });
    expect(github.ok).toBe(false);
    const kafka = buildEvent({
      ...base,
      sourceType: 'kafka',
      eventConfig: {},
      payload: { body: body(5_000_001) },
    });
    expect(!kafka.ok && kafka.error).toMatch(/the simulator takes events up to 5 MB/);
  });
});
