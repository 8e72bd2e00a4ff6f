import { httpServerConfig, lookupEventSourceType } from '../../domain/catalog/eventSourceTypes';
import { base64Encode, utf8Encode, utf8Length } from '../../lib/utf8';
import type { SensorEvent } from '../event';
import { goMarshal, goMarshalString, type MarshalValue } from '../json/goJson';
import { goTimeString } from '../template/values';
import { GoTime } from '../template/values';
import { canonicalHeaders, compactGoJson, parseQuery } from './goHttp';
import type { SourcePayload } from './sourcePayload';

export interface BuildEventInput {
  eventSourceName: string;
  /** The spec key, e.g. `webhook`, `pubSub`. */
  sourceType: string;
  eventName: string;
  /** The event's configuration: the value under `spec.<type>.<eventName>`. */
  eventConfig: unknown;
  payload: SourcePayload;
  id: string;
  /** Dispatch time, epoch ms (from the simulated clock). */
  nowMs: number;
}

export type BuiltEvent = { ok: true; event: SensorEvent } | { ok: false; error: string };

type Entries = [string, string][];
type Ctx = { cfg: Record<string, unknown>; p: SourcePayload; input: BuildEventInput };
type Builder = (ctx: Ctx) => Entries | string;

const J = (v: MarshalValue) => goMarshal(v);
const S = (s: string) => goMarshalString(s);
const rfc3339 = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const field = (ctx: Ctx, name: string, dflt: MarshalValue): string =>
  J((ctx.p.fields?.[name] as MarshalValue | undefined) ?? dflt);
const base64 = (s: string) => S(base64Encode(utf8Encode(s)));

/** A message body: embedded JSON with `jsonBody: true`, otherwise base64 text (it is a Go []byte). */
function messageBody(ctx: Ctx): string {
  const body = ctx.p.body ?? '';
  if (ctx.cfg.jsonBody === true) {
    const c = compactGoJson(body);
    if (c === null)
      throw new BuildError(
        'jsonBody is true but the message is not valid JSON, so the event is dropped',
      );
    return c;
  }
  return base64(body);
}

function jsonBody(ctx: Ctx, what: string): string {
  const c = compactGoJson(ctx.p.body ?? '');
  if (c === null) throw new BuildError(`${what} body must be valid JSON (the source answers 400)`);
  return c;
}

class BuildError extends Error {}

/**
 * MinIO filters on the server (ListenBucketNotification with prefix, suffix and event names), so a
 * record the source's filter does not match is never delivered; when none is left, no event exists.
 */
function bucketNotification(ctx: Ctx, json: string): string {
  const records = JSON.parse(json) as unknown;
  if (!Array.isArray(records)) return json;
  const filter = (ctx.cfg.filter ?? {}) as { prefix?: unknown; suffix?: unknown };
  const prefix = typeof filter.prefix === 'string' ? filter.prefix : '';
  const suffix = typeof filter.suffix === 'string' ? filter.suffix : '';
  const events = Array.isArray(ctx.cfg.events)
    ? ctx.cfg.events.filter((e): e is string => typeof e === 'string')
    : [];
  const eventMatches = (name: unknown) =>
    events.length === 0 ||
    events.some((e) => (e.endsWith('*') ? String(name).startsWith(e.slice(0, -1)) : e === name));
  const reasons: string[] = [];
  const kept = records.filter((r) => {
    const key = String((r as { s3?: { object?: { key?: unknown } } })?.s3?.object?.key ?? '');
    const name = (r as { eventName?: unknown })?.eventName;
    if (!key.startsWith(prefix) || !key.endsWith(suffix))
      return (
        reasons.push(
          `object key ${JSON.stringify(key)} does not match the source's filter (prefix ${JSON.stringify(prefix)}, suffix ${JSON.stringify(suffix)})`,
        ),
        false
      );
    if (name !== undefined && !eventMatches(name))
      return (
        reasons.push(
          `${JSON.stringify(name)} is not one of the source's events (${events.join(', ')})`,
        ),
        false
      );
    return true;
  });
  if (records.length > 0 && kept.length === 0)
    throw new BuildError(`the bucket sends no notification: ${reasons.join('; ')}`);
  return kept.length === records.length ? json : (compactGoJson(JSON.stringify(kept)) ?? json);
}

const webhookLike =
  (headerKey: 'header' | 'headers'): Builder =>
  (ctx) => [
    [headerKey, J(canonicalHeaders(ctx.p.headers))],
    ['body', jsonBody(ctx, 'the request')],
  ];

const BUILDERS: Record<string, Builder> = {
  webhook: (ctx) => {
    const want = typeof ctx.cfg.method === 'string' ? ctx.cfg.method : '';
    const method = (ctx.p.method ?? (want || 'POST')).toUpperCase();
    if (method !== want)
      throw new BuildError(
        `the request method ${method} does not match the event's method ${JSON.stringify(want)} (the source answers 400)`,
      );
    const headers = canonicalHeaders(ctx.p.headers);
    let body: string;
    if (method === 'GET') body = J(parseQuery(ctx.p.query ?? ''));
    else if ((headers['Content-Type'] ?? [])[0] === 'application/x-www-form-urlencoded')
      body = J(parseQuery(ctx.p.body ?? ''));
    else body = jsonBody(ctx, 'a webhook POST');
    return [
      ['header', J(headers)],
      ['body', body],
    ];
  },
  github: webhookLike('headers'),
  gitlab: webhookLike('headers'),
  bitbucket: webhookLike('headers'),
  bitbucketserver: webhookLike('headers'),
  gerrit: webhookLike('headers'),
  sns: webhookLike('header'),
  slack: (ctx) => jsonBody(ctx, 'the Slack'),
  stripe: (ctx) => [['event', jsonBody(ctx, 'the Stripe')]],
  sqs: (ctx) => [
    ['messageId', field(ctx, 'messageId', '6a1e1b2c-0d3f-4e5a-8b7c-9d0e1f2a3b4c')],
    ['messageAttributes', J((ctx.p.attributes ?? {}) as MarshalValue)],
    ['body', messageBody(ctx)],
  ],
  calendar: (ctx) => {
    const zone =
      typeof ctx.cfg.timezone === 'string' && ctx.cfg.timezone ? ctx.cfg.timezone : 'UTC';
    return [
      ['eventTime', S(goTimeString(new GoTime(ctx.input.nowMs - (ctx.input.nowMs % 1000), zone)))],
    ];
  },
  resource: (ctx) => [
    ['type', field(ctx, 'type', 'ADD')],
    ['body', ctx.p.body !== undefined ? jsonBody(ctx, 'the resource') : field(ctx, 'object', {})],
    ['oldBody', field(ctx, 'oldObject', null)],
    ['group', J((ctx.cfg.group as string | undefined) ?? '')],
    ['version', J((ctx.cfg.version as string | undefined) ?? '')],
    ['resource', J((ctx.cfg.resource as string | undefined) ?? '')],
  ],
  minio: (ctx) => [
    [
      'notification',
      bucketNotification(
        ctx,
        ctx.p.body !== undefined
          ? jsonBody(ctx, 'the notification')
          : field(ctx, 'notification', []),
      ),
    ],
  ],
  storageGrid: (ctx) => [
    [
      'notification',
      ctx.p.body !== undefined ? jsonBody(ctx, 'the notification') : field(ctx, 'notification', {}),
    ],
  ],
  kafka: (ctx) => [
    ['topic', S(ctx.p.topic ?? String(ctx.cfg.topic ?? ''))],
    ['key', S(ctx.p.key ?? '')],
    ['partition', field(ctx, 'partition', 0)],
    ['body', messageBody(ctx)],
    ['timestamp', S(goTimeString(new GoTime(ctx.input.nowMs, 'UTC')))],
    ['headers', J((ctx.p.attributes ?? {}) as MarshalValue)],
  ],
  nats: (ctx) => [
    ['subject', S(ctx.p.topic ?? String(ctx.cfg.subject ?? ''))],
    ['body', messageBody(ctx)],
    ...(ctx.p.headers ? ([['header', J(canonicalHeaders(ctx.p.headers))]] as Entries) : []),
  ],
  amqp: (ctx) => [
    ['contentType', S(ctx.p.attributes?.contentType ?? 'application/json')],
    ['contentEncoding', S(ctx.p.attributes?.contentEncoding ?? '')],
    ['deliveryMode', field(ctx, 'deliveryMode', 2)],
    ['priority', field(ctx, 'priority', 0)],
    ['correlationId', S(ctx.p.attributes?.correlationId ?? '')],
    ['replyTo', S(ctx.p.attributes?.replyTo ?? '')],
    ['expiration', S(ctx.p.attributes?.expiration ?? '')],
    ['messageId', S(ctx.p.attributes?.messageId ?? ctx.input.id)],
    ['timestamp', S(rfc3339(ctx.input.nowMs))],
    ['type', S(ctx.p.attributes?.type ?? '')],
    ['appId', S(ctx.p.attributes?.appId ?? '')],
    ['exchange', S(String(ctx.cfg.exchangeName ?? ''))],
    ['routingKey', S(ctx.p.key ?? String(ctx.cfg.routingKey ?? ''))],
    ['body', messageBody(ctx)],
  ],
  mqtt: (ctx) => [
    ['topic', S(ctx.p.topic ?? String(ctx.cfg.topic ?? ''))],
    ['messageId', field(ctx, 'messageId', 1)],
    ['body', messageBody(ctx)],
  ],
  pubSub: (ctx) => [
    ['id', S(ctx.input.id)],
    ['body', messageBody(ctx)],
    ['attributes', J((ctx.p.attributes ?? {}) as MarshalValue)],
    ['publishTime', S(rfc3339(ctx.input.nowMs))],
  ],
  redis: (ctx) => [
    ['channel', S(ctx.p.topic ?? String((ctx.cfg.channels as string[] | undefined)?.[0] ?? ''))],
    ['pattern', S(String((ctx.cfg.channels as string[] | undefined)?.[0] ?? ''))],
    ['body', messageBody(ctx)],
  ],
  redisStream: (ctx) => [
    ['stream', S(ctx.p.topic ?? String((ctx.cfg.streams as string[] | undefined)?.[0] ?? ''))],
    ['message_id', S(`${ctx.input.nowMs}-0`)],
    [
      'values',
      ctx.p.body !== undefined
        ? jsonBody(ctx, 'the stream entry')
        : J((ctx.p.attributes ?? {}) as MarshalValue),
    ],
  ],
  nsq: (ctx) => [
    ['body', messageBody(ctx)],
    ['timestamp', S(rfc3339(ctx.input.nowMs))],
    ['nsqdAddress', S(String(ctx.cfg.hostAddress ?? ''))],
  ],
  pulsar: (ctx) => [
    ['key', S(ctx.p.key ?? '')],
    ['publishTime', S(rfc3339(ctx.input.nowMs))],
    ['body', messageBody(ctx)],
  ],
  emitter: (ctx) => [
    ['topic', S(ctx.p.topic ?? String(ctx.cfg.channelName ?? ''))],
    ['body', messageBody(ctx)],
  ],
  azureEventsHub: (ctx) => [
    ['id', S(ctx.input.id)],
    ['partitionKey', S(ctx.p.key ?? '')],
    ['body', base64(ctx.p.body ?? '')],
  ],
  azureQueueStorage: (ctx) => [
    ['body', messageBody(ctx)],
    ['messageID', S(ctx.input.id)],
    ['insertionTime', S(rfc3339(ctx.input.nowMs))],
  ],
  azureServiceBus: (ctx) => [
    ['applicationProperties', J((ctx.p.attributes ?? {}) as MarshalValue)],
    ['body', messageBody(ctx)],
    ['contentType', S('application/json')],
    ['correlationID', S('')],
    ['enqueuedTime', S(rfc3339(ctx.input.nowMs))],
    ['messageID', S(ctx.input.id)],
    ['replyTo', S('')],
    ['sequenceNumber', field(ctx, 'sequenceNumber', 1)],
    ['subject', S(ctx.p.topic ?? '')],
  ],
  file: (ctx) => [
    ['name', field(ctx, 'name', 'incoming/sales.csv')],
    ['op', field(ctx, 'op', 1)],
  ],
  sftp: (ctx) => [
    ['name', field(ctx, 'name', 'upload/sales.csv')],
    ['op', field(ctx, 'op', 1)],
  ],
  hdfs: (ctx) => [
    ['name', field(ctx, 'name', '/incoming/sales.csv')],
    ['op', field(ctx, 'op', 1)],
  ],
  generic: (ctx) => [['body', messageBody(ctx)]],
  mns: (ctx) => [
    ['messageId', S(ctx.input.id)],
    ['body', messageBody(ctx)],
  ],
};

const ALWAYS_METADATA = new Set(['file', 'sftp', 'hdfs']);

/** Largest payload the simulator takes from any source (the UI stays responsive; real brokers cap lower). */
export const MAX_EVENT_BYTES = 5_000_000;
/** Argo Events' webhook server default for `maxPayloadSize` (1 MiB). */
const DEFAULT_WEBHOOK_MAX_PAYLOAD = 1_048_576;

/** A refusal for a payload over the source's or the simulator's limit, else null. */
function payloadTooLarge(
  sourceType: string,
  cfg: Record<string, unknown>,
  payload: SourcePayload,
): string | null {
  const size = utf8Length(payload.body ?? '') + utf8Length(payload.query ?? '');
  if (size > MAX_EVENT_BYTES)
    return `the payload is ${(size / 1e6).toFixed(1)} MB; the simulator takes events up to ${MAX_EVENT_BYTES / 1e6} MB`;
  const server = httpServerConfig(sourceType, cfg);
  if (!server) return null;
  const configured = Number(server.maxPayloadSize);
  const limit =
    Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_WEBHOOK_MAX_PAYLOAD;
  return size > limit
    ? `the request body is ${size} bytes, over the webhook's maxPayloadSize of ${limit} bytes${Number.isFinite(configured) && configured > 0 ? '' : ' (the default)'}: the source answers "request too large" and publishes nothing`
    : null;
}

/**
 * Builds the event a sensor receives when an EventSource of `sourceType` gets `payload`
 * (SEMANTICS §1): the CloudEvent context and the data JSON in the field order Go writes it.
 * Refusals that a real source would answer with 400 (wrong method, body not JSON) are errors.
 */
export function buildEvent(input: BuildEventInput): BuiltEvent {
  const info = lookupEventSourceType(input.sourceType);
  const builder = BUILDERS[input.sourceType];
  if (!info || !builder)
    return { ok: false, error: `unknown EventSource type ${JSON.stringify(input.sourceType)}` };
  const cfg = (
    input.eventConfig && typeof input.eventConfig === 'object' ? input.eventConfig : {}
  ) as Record<string, unknown>;
  const tooLarge = payloadTooLarge(input.sourceType, cfg, input.payload);
  if (tooLarge) return { ok: false, error: tooLarge };
  let data: string;
  try {
    const built = builder({ cfg, p: input.payload, input });
    if (typeof built === 'string') data = built;
    else {
      const meta =
        cfg.metadata && typeof cfg.metadata === 'object'
          ? (cfg.metadata as Record<string, MarshalValue>)
          : {};
      const entries = [...built];
      if (Object.keys(meta).length > 0) entries.push(['metadata', J(meta)]);
      else if (ALWAYS_METADATA.has(input.sourceType)) entries.push(['metadata', 'null']);
      data = `{${entries.map(([k, v]) => `${S(k)}:${v}`).join(',')}}`;
    }
  } catch (e) {
    if (e instanceof BuildError) return { ok: false, error: e.message };
    throw e;
  }
  const id = input.sourceType === 'kafka' ? kafkaId(input, cfg) : input.id;
  return {
    ok: true,
    event: {
      context: {
        id,
        source: input.eventSourceName,
        subject: input.eventName,
        type: info.cloudEventType,
        specversion: '1.0',
        time: rfc3339(input.nowMs),
        datacontenttype: 'application/json',
      },
      data,
    },
  };
}

/** The Kafka source's stable id, so redeliveries de-duplicate (SEMANTICS §1.1). */
function kafkaId(input: BuildEventInput, cfg: Record<string, unknown>): string {
  const broker = String(cfg.url ?? '').split(',')[0] ?? '';
  const partition = String(input.payload.fields?.partition ?? 0);
  const offset = String(input.payload.fields?.offset ?? input.id);
  return `${input.eventSourceName}:${input.eventName}:${broker}:${input.payload.topic ?? String(cfg.topic ?? '')}:${partition}:${offset}`;
}
