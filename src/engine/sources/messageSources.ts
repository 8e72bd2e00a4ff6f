import { goTimeString, GoTime } from '../template/values';
import {
  base64,
  BuildError,
  field,
  J,
  jsonBody,
  messageBody,
  NoEvent,
  obj,
  rfc3339,
  S,
  str,
  type Builder,
  type BuildCtx,
  type Entries,
} from './builderKit';
import { canonicalHeaders, compactGoJson } from './goHttp';

/** Entries spelt inline (a bare array literal would be string[][]). */
const entries = (...e: Entries): Entries => e;

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/**
 * aws-sdk-go sqs.MessageAttributeValue, which has no JSON tags: Go's field names are the keys.
 * A plain string attribute is a String attribute; an object is taken as the struct itself.
 */
function sqsAttributes(ctx: BuildCtx): string {
  const given = obj(ctx.p.fields?.messageAttributes) ?? ctx.p.attributes;
  if (!given || Object.keys(given).length === 0) return 'null';
  const entries = Object.keys(given)
    .sort()
    .map((k) => {
      const v = given[k];
      const a = obj(v) ?? { DataType: 'String', StringValue: String(v) };
      const strOrNull = (x: unknown) => (typeof x === 'string' ? S(x) : 'null');
      const list = (x: unknown) => (Array.isArray(x) ? J(x) : 'null');
      return `${S(k)}:{"BinaryListValues":${list(a.BinaryListValues)},"BinaryValue":${strOrNull(a.BinaryValue)},"DataType":${strOrNull(a.DataType)},"StringListValues":${list(a.StringListValues)},"StringValue":${strOrNull(a.StringValue)}}`;
    });
  return `{${entries.join(',')}}`;
}

/** A Go string body (redis Payload, MNS MessageBody) or, with jsonBody where the source has it, raw JSON. */
function stringBody(ctx: BuildCtx, honoursJsonBody: boolean): string {
  const body = ctx.p.body ?? '';
  if (honoursJsonBody && ctx.cfg.jsonBody === true) {
    const c = compactGoJson(body);
    if (c === null)
      throw new BuildError(
        'jsonBody is true but the message is not valid JSON, so the event is dropped',
      );
    return c;
  }
  return S(body);
}

export const MESSAGE_BUILDERS: Readonly<Record<string, Builder>> = {
  // awssqs/start.go processMessage.
  sqs: (ctx) => [
    ['messageId', field(ctx, 'messageId', '6a1e1b2c-0d3f-4e5a-8b7c-9d0e1f2a3b4c')],
    ['messageAttributes', sqsAttributes(ctx)],
    ['body', messageBody(ctx)],
  ],
  // kafka/start.go: the id is stable per partition and offset (see kafkaId).
  kafka: (ctx) => [
    ['topic', S(ctx.p.topic ?? str(ctx.cfg.topic))],
    ['key', S(ctx.p.key ?? '')],
    ['partition', field(ctx, 'partition', 0)],
    ['body', messageBody(ctx)],
    ['timestamp', S(goTimeString(new GoTime(ctx.nowMs, 'UTC')))],
    ['headers', J(ctx.p.attributes ?? {})],
  ],
  nats: (ctx) => [
    ['subject', S(ctx.p.topic ?? str(ctx.cfg.subject))],
    ['body', messageBody(ctx)],
    ...(ctx.p.headers ? entries(['header', J(canonicalHeaders(ctx.p.headers))]) : []),
  ],
  amqp: (ctx) => [
    ['contentType', S(ctx.p.attributes?.contentType ?? 'application/json')],
    ['contentEncoding', S(ctx.p.attributes?.contentEncoding ?? '')],
    ['deliveryMode', field(ctx, 'deliveryMode', 2)],
    ['priority', field(ctx, 'priority', 0)],
    ['correlationId', S(ctx.p.attributes?.correlationId ?? '')],
    ['replyTo', S(ctx.p.attributes?.replyTo ?? '')],
    ['expiration', S(ctx.p.attributes?.expiration ?? '')],
    ['messageId', S(ctx.p.attributes?.messageId ?? ctx.id)],
    ['timestamp', S(rfc3339(ctx.nowMs))],
    ['type', S(ctx.p.attributes?.type ?? '')],
    ['appId', S(ctx.p.attributes?.appId ?? '')],
    ['exchange', S(str(ctx.cfg.exchangeName))],
    ['routingKey', S(ctx.p.key ?? str(ctx.cfg.routingKey))],
    ['body', messageBody(ctx)],
  ],
  mqtt: (ctx) => [
    ['topic', S(ctx.p.topic ?? str(ctx.cfg.topic))],
    ['messageId', field(ctx, 'messageId', 1)],
    ['body', messageBody(ctx)],
  ],
  pubSub: (ctx) => [
    ['id', S(ctx.id)],
    ['body', messageBody(ctx)],
    ['attributes', J(ctx.p.attributes ?? {})],
    ['publishTime', S(rfc3339(ctx.nowMs))],
  ],
  // redis/start.go handleOne: Subscribe (not PSubscribe), so pattern is "" and the body a Go string.
  redis: (ctx) => {
    const channels = strings(ctx.cfg.channels);
    const channel = ctx.p.topic ?? channels[0] ?? '';
    if (channels.length > 0 && !channels.includes(channel))
      throw new NoEvent(
        `the source subscribes to ${channels.join(', ')}, not to ${JSON.stringify(channel)}`,
      );
    return [
      ['channel', S(channel)],
      ['pattern', S('')],
      ['body', stringBody(ctx, true)],
    ];
  },
  redisStream: (ctx) => [
    ['stream', S(ctx.p.topic ?? strings(ctx.cfg.streams)[0] ?? '')],
    ['message_id', S(`${ctx.nowMs}-0`)],
    [
      'values',
      ctx.p.body !== undefined ? jsonBody(ctx, 'the stream entry') : J(ctx.p.attributes ?? {}),
    ],
  ],
  nsq: (ctx) => [
    ['body', messageBody(ctx)],
    ['timestamp', S(rfc3339(ctx.nowMs))],
    ['nsqdAddress', S(str(ctx.cfg.hostAddress))],
  ],
  pulsar: (ctx) => [
    ['key', S(ctx.p.key ?? '')],
    ['publishTime', S(rfc3339(ctx.nowMs))],
    ['body', messageBody(ctx)],
  ],
  emitter: (ctx) => [
    ['topic', S(ctx.p.topic ?? str(ctx.cfg.channelName))],
    ['body', messageBody(ctx)],
  ],
  azureEventsHub: (ctx) => [
    ['id', S(ctx.id)],
    ['partitionKey', S(ctx.p.key ?? '')],
    ['body', base64(ctx.p.body ?? '')],
  ],
  azureQueueStorage: (ctx) => [
    ['body', messageBody(ctx)],
    ['messageID', S(ctx.id)],
    ['insertionTime', S(rfc3339(ctx.nowMs))],
  ],
  azureServiceBus: (ctx) => [
    ['applicationProperties', J(ctx.p.attributes ?? {})],
    ['body', messageBody(ctx)],
    ['contentType', S('application/json')],
    ['correlationID', S('')],
    ['enqueuedTime', S(rfc3339(ctx.nowMs))],
    ['messageID', S(ctx.id)],
    ['replyTo', S('')],
    ['sequenceNumber', field(ctx, 'sequenceNumber', 1)],
    ['subject', S(ctx.p.topic ?? '')],
  ],
  generic: (ctx) => [['body', messageBody(ctx)]],
  // alibabacloudmns/start.go: MessageBody is a string, jsonBody is ignored and no metadata is set.
  mns: (ctx) => `{"messageId":${S(ctx.id)},"body":${stringBody(ctx, false)}}`,
};
