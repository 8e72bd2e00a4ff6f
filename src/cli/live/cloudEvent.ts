// A CloudEvent as it travels on the Argo Events JetStream bus, read the way the sensor reads it and
// written the way an EventSource pod writes it. The sensor: pkg/eventbus/jetstream/sensor/
// trigger_conn.go processMsg calls json.Unmarshal into a *cloudevents.Event (sdk-go v2.16.2,
// v2/event/event_unmarshal.go readJsonFromIterator), then pkg/sensors/listener.go convertEvent.
// The pod: pkg/eventsources/eventing.go sets id, type, source, subject, time and
// SetData(application/json, []byte), which makes the SDK write the data as `data_base64`.
import type { EventContext, SensorEvent } from '../../engine/event';
import { goMarshalString } from '../../engine/json/goJson';
import { base64Encode, utf8Decode, utf8Encode } from '../../lib/utf8';
import { objectMembers } from './jsonMembers';
import { nullRecord } from '../../lib/nullRecord';
import { errorText } from '../../lib/errorText';

type BadMessageKind = 'too-large' | 'not-json' | 'not-cloudevent';

export type DecodedMessage =
  | { ok: true; event: SensorEvent; extensions: Record<string, unknown> }
  | { ok: false; kind: BadMessageKind; reason: string };

/** The bus's own limit: the JetStream EventBus's `max_payload` (pkg/apis/events/v1alpha1 JetStreamMaxPayload). */
export const BUS_MAX_PAYLOAD = 1024 * 1024;

const V1_ATTRIBUTES = new Set([
  'id',
  'source',
  'type',
  'datacontenttype',
  'subject',
  'time',
  'specversion',
  'dataschema',
]);
/** sdk-go content_type.go isJSON: compared as written, after the part before `;` is trimmed. */
const JSON_MEDIA_TYPES = new Set([
  'application/json',
  'text/json',
  'application/cloudevents+json',
  'application/cloudevents-batch+json',
  '',
]);

class NotCloudEvent extends Error {}
function fail(reason: string): never {
  throw new NotCloudEvent(reason);
}

/**
 * Reads one bus message as the sensor would. Never throws: a message the sensor discards comes
 * back with the reason it discards it.
 */
export function decodeCloudEvent(bytes: Uint8Array, limit: number): DecodedMessage {
  if (bytes.length > limit)
    return {
      ok: false,
      kind: 'too-large',
      reason: `${bytes.length} bytes, over the limit of ${limit} bytes`,
    };
  const text = utf8Decode(bytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      kind: 'not-json',
      reason: text.trim() === '' ? 'the message is empty' : errorText(e),
    };
  }
  if (value === null)
    return {
      ok: false,
      kind: 'not-cloudevent',
      reason: 'the message is JSON null: the sensor gets a nil event from it and panics',
    };
  if (typeof value !== 'object' || Array.isArray(value))
    return {
      ok: false,
      kind: 'not-cloudevent',
      reason: `the message is a JSON ${Array.isArray(value) ? 'array' : typeof value}, not an object`,
    };
  try {
    return readMembers(text);
  } catch (e) {
    if (e instanceof NotCloudEvent) return { ok: false, kind: 'not-cloudevent', reason: e.message };
    throw e;
  }
}

interface Parsed {
  version: '1.0' | '0.3' | null;
  id: string;
  type: string;
  source: string;
  subject: string;
  time: string;
  contentType: string | null;
  base64: boolean;
  /** Data whose attributes were not known yet when it was read (sdk-go's cachedData). */
  cached: string | null;
  data: Uint8Array | null;
  extensions: Record<string, unknown>;
}

function readMembers(text: string): DecodedMessage {
  const p: Parsed = {
    version: null,
    id: '',
    type: '',
    source: '',
    subject: '',
    time: '',
    contentType: null,
    base64: false,
    cached: null,
    data: null,
    extensions: nullRecord<unknown>(),
  };
  let sawType = false;
  const early: [string, string][] = [];
  for (const { key, raw } of objectMembers(text)) {
    if (key === 'specversion') {
      if (p.version) fail('specversion was already provided');
      const v = readString(raw, key);
      if (v !== '1.0' && v !== '0.3') fail(`specversion: unknown value: ${v}`);
      p.version = v;
      for (const [k, r] of early) applyLate(p, k, r, true);
      continue;
    }
    if (!p.version) {
      if (key === 'data' || key === 'data_base64') {
        if (key === 'data_base64') early.push([key, raw]);
        else p.cached = raw;
      } else if (key === 'datacontenttype') {
        p.contentType = readString(raw, key) || null;
        sawType = true;
      } else early.push([key, raw]);
      continue;
    }
    if (key === 'datacontenttype') {
      if (sawType) fail('datacontenttype was already provided');
      p.contentType = readString(raw, key);
      sawType = true;
      continue;
    }
    if ((key === 'data' || (key === 'data_base64' && p.version === '1.0')) && !sawType) {
      if (key === 'data_base64') p.base64 = true;
      p.cached = raw;
      continue;
    }
    applyLate(p, key, raw, false);
  }
  if (!p.version) fail('no specversion');
  if (p.cached !== null) p.data = dataFromCache(p, p.cached);
  const context: EventContext = {
    id: p.id,
    source: p.source,
    specversion: p.version!,
    type: p.type,
    subject: p.subject,
    time: p.time === '' ? '0001-01-01T00:00:00Z' : p.time,
    datacontenttype: p.contentType ?? '',
  };
  return {
    ok: true,
    event: { context, data: p.data === null ? null : utf8Decode(p.data) },
    extensions: p.extensions,
  };
}

/** An attribute once the spec version is known (early ones are replayed here when it arrives). */
function applyLate(p: Parsed, key: string, raw: string, early: boolean): void {
  switch (key) {
    case 'id':
      p.id = readString(raw, key);
      return;
    case 'type':
      p.type = readString(raw, key);
      return;
    case 'source':
      p.source = readString(raw, key);
      // types.ParseURIRef("") is nil: sdk-go's readUriRef fails on it.
      if (p.source === '') fail('cannot parse uri ref: source is empty');
      return;
    case 'subject':
      p.subject = readString(raw, key);
      return;
    case 'time':
      p.time = sensorTime(readString(raw, key));
      return;
    case 'dataschema':
    case 'schemaurl':
    case 'datacontentencoding':
      if (key === 'datacontentencoding' && p.version === '0.3') {
        if (readString(raw, key) !== 'base64')
          fail('datacontentencoding: the only allowed value is base64');
        p.base64 = true;
      }
      return;
    case 'data_base64':
      // A 0.3 event has no such attribute: sdk-go makes it an extension, whose name it refuses.
      if (p.version === '0.3') return setExtension(p, key, raw);
      if (early) {
        p.base64 = true;
        p.cached = raw;
      } else p.data = consume(p, raw, true);
      return;
    case 'data':
      p.data = consume(p, raw, p.version === '0.3' && p.base64);
      return;
    default:
      setExtension(p, key, raw);
  }
}

/** sdk-go consumeData: data read once its content type is known. */
function consume(p: Parsed, raw: string, base64: boolean): Uint8Array {
  if (base64) return base64Bytes(readString(raw, 'data_base64'));
  if (!JSON_MEDIA_TYPES.has(mediaType(p.contentType)))
    return utf8Encode(readString(raw, 'data', `a string for media type ${p.contentType}`));
  return utf8Encode(raw);
}

/** sdk-go consumeDataAsBytes (v2.16.2): base64 is the token with its quotes cut off, escapes and all. */
function dataFromCache(p: Parsed, raw: string): Uint8Array {
  if (p.base64) return base64Bytes(raw.slice(1, -1));
  if (!JSON_MEDIA_TYPES.has(mediaType(p.contentType)))
    return utf8Encode(readString(raw, 'data', `a string for media type ${p.contentType}`));
  return utf8Encode(raw);
}

function mediaType(contentType: string | null): string {
  if (contentType === null) return '';
  const i = contentType.indexOf(';');
  return i === -1 ? contentType : contentType.slice(0, i).trim();
}

/** jsoniter ReadString: a string, or null read as "". */
function readString(raw: string, key: string, what = 'a string'): string {
  const v: unknown = JSON.parse(raw);
  if (v === null) return '';
  if (typeof v !== 'string') return fail(`${key}: expected ${what}, found ${raw.slice(0, 40)}`);
  return v;
}

/** Go's base64.StdEncoding: padded, line breaks ignored. */
function base64Bytes(text: string): Uint8Array {
  const s = text.replace(/[\r\n]/g, '');
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s))
    fail('data_base64: illegal base64 data');
  return new Uint8Array(Buffer.from(s, 'base64'));
}

/** EventContextV1.SetExtension: ASCII letters and digits, not a spec attribute, a CloudEvents value. */
function setExtension(p: Parsed, key: string, raw: string): void {
  if (key === '' || !/^[A-Za-z0-9]+$/.test(key))
    fail(
      `bad key ${JSON.stringify(key)}: CloudEvents attribute names are ASCII letters and digits`,
    );
  if (V1_ATTRIBUTES.has(key.toLowerCase()))
    fail(`bad key ${JSON.stringify(key)}: a spec attribute cannot be an extension`);
  const v: unknown = JSON.parse(raw);
  if (v === null) return;
  if (typeof v === 'object')
    fail(`extension ${key}: invalid CloudEvents value ${raw.slice(0, 40)}`);
  if (typeof v === 'number' && (v > 2147483647 || v < -2147483648))
    fail(`extension ${key}: ${raw} is out of range for a CloudEvents integer`);
  p.extensions[key.toLowerCase()] = typeof v === 'number' ? Math.trunc(v) : v;
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * The event time as the sensor holds it (a time.Time from RFC 3339), written as the engine reads
 * it: UTC, whole seconds (what metav1.Time prints; time filters compare whole-second bounds, so
 * dropping the fraction never moves an event across one).
 */
export function sensorTime(text: string): string {
  if (text === '') return '';
  const m = RFC3339.exec(text);
  if (!m) return fail(`time: ${JSON.stringify(text)} is not in RFC3339 format`);
  // The pattern's first six groups always take part in a match.
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = m.slice(1, 7).map(Number);
  const offset = m[9] ? (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59)
    fail(`time: ${JSON.stringify(text)} is out of range`);
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  t.setUTCHours(h, mi - offset, s, 0);
  return `${t.toISOString().slice(0, 19)}Z`;
}

/** What an EventSource pod puts on the bus for one event: subject, message id and body. */
export interface BusMessage {
  subject: string;
  msgId: string;
  body: Uint8Array;
}

/**
 * The message an EventSource pod publishes (pkg/eventbus/jetstream/eventsource/source_conn.go
 * Publish): subject `default.<eventSourceName>.<eventName>`, `Nats-Msg-Id` the event id, and the
 * CloudEvent as json.Marshal writes it (sdk-go WriteJson field order, data as `data_base64`).
 */
export function encodeCloudEvent(event: SensorEvent, timeText: string): BusMessage {
  const c = event.context;
  const fields: [string, string][] = [
    ['specversion', '1.0'],
    ['id', c.id],
    ['source', c.source],
    ['type', c.type],
  ];
  if (c.subject !== '') fields.push(['subject', c.subject]);
  fields.push(['datacontenttype', c.datacontenttype || 'application/json']);
  fields.push(['time', timeText]);
  const parts = fields.map(([k, v]) => `${goMarshalString(k)}:${goMarshalString(v)}`);
  if (event.data !== null)
    parts.push(`"data_base64":${goMarshalString(base64Encode(utf8Encode(event.data)))}`);
  return {
    subject: `default.${c.source}.${c.subject}`,
    msgId: c.id,
    body: utf8Encode(`{${parts.join(',')}}`),
  };
}

/** time.Time RFC3339Nano in UTC (sdk-go types.FormatTime): the fraction without trailing zeros. */
export function rfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString();
  const fraction = iso.slice(19, 23).replace(/\.?0+$/, '');
  return `${iso.slice(0, 19)}${fraction}Z`;
}
