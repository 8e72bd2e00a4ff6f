import { describe, expect, it } from 'vitest';
import { decodeCloudEvent, encodeCloudEvent, rfc3339Nano, sensorTime } from './cloudEvent';

const bytes = (s: string) => new TextEncoder().encode(s);
const decode = (s: string) => decodeCloudEvent(bytes(s), 1 << 20);
const DATA =
  '{"header":{"Content-Type":["application/json"]},"body":{"n":1.0,"big":12345678901234567890}}';

// The body an EventSource pod publishes: sdk-go v2.16.2 WriteJson field order, SetData with []byte
// (pkg/eventsources/eventing.go) so the data is data_base64.
const POD_BODY =
  '{"specversion":"1.0","id":"5f2c8e4ad1b94c6f9e0a7b3c2d1e0f9a","source":"webhook","type":"webhook",' +
  '"subject":"build","datacontenttype":"application/json","time":"2026-03-01T09:30:15.123456789Z",' +
  `"data_base64":"${Buffer.from(DATA).toString('base64')}"}`;

describe('reading a bus message as the sensor does (sdk-go event_unmarshal.go readJsonFromIterator)', () => {
  it('decodes what an EventSource pod publishes, data byte for byte', () => {
    const r = decode(POD_BODY);
    expect(r).toEqual({
      ok: true,
      event: {
        context: {
          id: '5f2c8e4ad1b94c6f9e0a7b3c2d1e0f9a',
          source: 'webhook',
          specversion: '1.0',
          type: 'webhook',
          subject: 'build',
          time: '2026-03-01T09:30:15Z',
          datacontenttype: 'application/json',
        },
        data: DATA,
      },
      extensions: {},
    });
  });

  it('writes what it reads back to the same bytes (eventing.go → source_conn.go Publish)', () => {
    const r = decode(POD_BODY);
    if (!r.ok) throw new Error(r.reason);
    const m = encodeCloudEvent(r.event, '2026-03-01T09:30:15.123456789Z');
    expect(new TextDecoder().decode(m.body)).toBe(POD_BODY);
    expect(m.subject).toBe('default.webhook.build');
    expect(m.msgId).toBe('5f2c8e4ad1b94c6f9e0a7b3c2d1e0f9a');
  });

  it('keeps inline JSON data as written, in either order of data and datacontenttype', () => {
    const after = decode(
      '{"specversion":"1.0","id":"1","source":"s","type":"t","subject":"e","datacontenttype":"application/json","data":{"n": 1.0}}',
    );
    const before = decode(
      '{"data":{"n": 1.0},"specversion":"1.0","id":"1","source":"s","type":"t","subject":"e"}',
    );
    expect(after.ok && after.event.data).toBe('{"n": 1.0}');
    expect(before.ok && before.event.data).toBe('{"n": 1.0}');
    expect(before.ok && before.event.context.datacontenttype).toBe('');
  });

  it('reads non-JSON media types as strings, and data_base64 given before the spec version', () => {
    const text = decode(
      '{"specversion":"1.0","id":"1","source":"s","type":"t","datacontenttype":"text/plain","data":"a\\nb"}',
    );
    expect(text.ok && text.event.data).toBe('a\nb');
    const early = decode(
      '{"data_base64":"eyJ4IjoxfQ==","specversion":"1.0","id":"1","source":"s"}',
    );
    expect(early.ok && early.event.data).toBe('{"x":1}');
    const none = decode('{"specversion":"1.0","id":"1","source":"s","type":"t"}');
    expect(none.ok && none.event.data).toBe(null);
  });

  it('keeps valid extensions, lower-cased', () => {
    const r = decode('{"specversion":"1.0","id":"1","source":"s","Trace":"x","n":3}');
    expect(r.ok && r.extensions).toEqual({ trace: 'x', n: 3 });
  });

  it.each([
    ['not json', 'not-json', /Unexpected token|not valid JSON/],
    ['', 'not-json', /empty/],
    ['null', 'not-cloudevent', /nil event/],
    ['[1]', 'not-cloudevent', /array, not an object/],
    ['{"id":"1","source":"s"}', 'not-cloudevent', /no specversion/],
    ['{"specversion":"2.0"}', 'not-cloudevent', /unknown value: 2.0/],
    ['{"specversion":"1.0","specversion":"1.0"}', 'not-cloudevent', /already provided/],
    ['{"specversion":1}', 'not-cloudevent', /specversion: expected a string/],
    ['{"specversion":"1.0","source":""}', 'not-cloudevent', /cannot parse uri ref/],
    ['{"specversion":"1.0","source":"s","time":"yesterday"}', 'not-cloudevent', /RFC3339/],
    [
      '{"specversion":"1.0","source":"s","datacontenttype":"application/json","data_base64":"!!"}',
      'not-cloudevent',
      /illegal base64/,
    ],
    ['{"specversion":"1.0","source":"s","trace_id":"x"}', 'not-cloudevent', /bad key/],
    [
      '{"specversion":"1.0","source":"s","meta":{"a":1}}',
      'not-cloudevent',
      /invalid CloudEvents value/,
    ],
    [
      '{"specversion":"1.0","source":"s","datacontenttype":"text/plain","data":{"a":1}}',
      'not-cloudevent',
      /a string for media type text\/plain/,
    ],
  ])('discards %j (%s)', (body, kind, reason) => {
    const r = decode(body);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.kind).toBe(kind);
      expect(r.reason).toMatch(reason);
    }
  });

  it('refuses a message over the limit before reading it', () => {
    const r = decodeCloudEvent(bytes(POD_BODY), 100);
    expect(r).toMatchObject({ ok: false, kind: 'too-large' });
  });

  it('writes times as RFC 3339 in UTC, as the sensor holds them', () => {
    expect(sensorTime('2026-03-01T11:30:15.9+02:00')).toBe('2026-03-01T09:30:15Z');
    expect(sensorTime('0001-01-01T00:00:00Z')).toBe('0001-01-01T00:00:00Z');
    expect(rfc3339Nano(Date.UTC(2026, 0, 1, 0, 0, 0, 420))).toBe('2026-01-01T00:00:00.42Z');
    expect(rfc3339Nano(Date.UTC(2026, 0, 1))).toBe('2026-01-01T00:00:00Z');
  });
});
