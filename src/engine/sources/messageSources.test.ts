import { describe, expect, it } from 'vitest';
import { gjsonString } from '../json/gjson';
import { buildEvent } from './buildEvent';
import { samplePayload } from './samples';
import type { SourcePayload } from './sourcePayload';

const at = Date.UTC(2026, 2, 1, 9, 30, 0);
const build = (sourceType: string, eventConfig: unknown, payload: SourcePayload) =>
  buildEvent({
    eventSourceName: 'src',
    eventName: 'example',
    id: 'a1b2',
    nowMs: at,
    sourceType,
    eventConfig,
    payload,
  });
const data = (r: ReturnType<typeof buildEvent>) =>
  r.ok ? (r.event.data ?? '') : `NOT: ${r.error}`;
const keys = (r: ReturnType<typeof buildEvent>) => Object.keys(JSON.parse(data(r)) as object);
const msg = { body: '{"a":1}' };

// Field names and order of pkg/eventsources/events/event-data.go, one struct per source.
describe('message sources: the EventData struct of each (events/event-data.go)', () => {
  it.each([
    [
      'amqp',
      [
        'contentType',
        'contentEncoding',
        'deliveryMode',
        'priority',
        'correlationId',
        'replyTo',
        'expiration',
        'messageId',
        'timestamp',
        'type',
        'appId',
        'exchange',
        'routingKey',
        'body',
      ],
    ],
    ['kafka', ['topic', 'key', 'partition', 'body', 'timestamp', 'headers']],
    ['mqtt', ['topic', 'messageId', 'body']],
    ['nats', ['subject', 'body']],
    ['pubSub', ['id', 'body', 'attributes', 'publishTime']],
    ['redis', ['channel', 'pattern', 'body']],
    ['redisStream', ['stream', 'message_id', 'values']],
    ['nsq', ['body', 'timestamp', 'nsqdAddress']],
    ['pulsar', ['key', 'publishTime', 'body']],
    ['emitter', ['topic', 'body']],
    ['azureEventsHub', ['id', 'partitionKey', 'body']],
    ['azureQueueStorage', ['body', 'messageID', 'insertionTime']],
    [
      'azureServiceBus',
      [
        'applicationProperties',
        'body',
        'contentType',
        'correlationID',
        'enqueuedTime',
        'messageID',
        'replyTo',
        'sequenceNumber',
        'subject',
      ],
    ],
    ['generic', ['body']],
    ['mns', ['messageId', 'body']],
    ['sqs', ['messageId', 'messageAttributes', 'body']],
  ])('%s writes %j', (type, fields) => {
    expect(keys(build(type, {}, msg))).toEqual(fields);
  });

  it('a []byte body is base64 unless jsonBody embeds it (nats/start.go, kafka/start.go, …)', () => {
    expect(gjsonString(data(build('nats', {}, msg)), 'body')).toBe('eyJhIjoxfQ==');
    expect(gjsonString(data(build('nats', { jsonBody: true }, msg)), 'body.a')).toBe('1');
    expect(build('nats', { jsonBody: true }, { body: 'not json' }).ok).toBe(false);
  });

  it('kafka: the id is stable per broker, topic, partition and offset; timestamp is Time.String()', () => {
    const r = build(
      'kafka',
      { url: 'k1:9092,k2:9092', topic: 'orders' },
      samplePayload('kafka')!.payload,
    );
    expect(r.ok && r.event.context.id).toBe('src:example:k1:9092:orders:0:42');
    expect(gjsonString(data(r), 'timestamp')).toBe('2026-03-01 09:30:00 +0000 UTC');
  });

  it('sqs: messageAttributes are sqs.MessageAttributeValue structs (Go field names), null when there are none', () => {
    const r = build('sqs', { jsonBody: true }, samplePayload('sqs')!.payload);
    expect(gjsonString(data(r), 'messageAttributes.source')).toBe(
      '{"BinaryListValues":null,"BinaryValue":null,"DataType":"String","StringListValues":null,"StringValue":"checkout"}',
    );
    expect(gjsonString(data(r), 'body.orderId')).toBe('A-1001');
    expect(JSON.parse(data(build('sqs', {}, msg))).messageAttributes).toBeNull();
    expect(
      gjsonString(
        data(build('sqs', {}, { ...msg, attributes: { k: 'v' } })),
        'messageAttributes.k.StringValue',
      ),
    ).toBe('v');
  });

  it('redis: Subscribe gives pattern "" and a Go string body (raw JSON with jsonBody); other channels are not received', () => {
    const r = build('redis', { channels: ['orders'] }, { body: '{"a":1}', topic: 'orders' });
    expect(data(r)).toBe('{"channel":"orders","pattern":"","body":"{\\"a\\":1}"}');
    expect(
      gjsonString(
        data(build('redis', { channels: ['orders'], jsonBody: true }, { body: '{"a":1}' })),
        'body.a',
      ),
    ).toBe('1');
    const other = build('redis', { channels: ['orders'] }, { body: 'x', topic: 'audit' });
    expect(!other.ok && other.stage).toBe('not-published');
  });

  it('mns (alibabacloudmns/start.go): the body is always the message string, and metadata is never set', () => {
    const r = build('mns', { jsonBody: true, metadata: { a: 'b' } }, msg);
    expect(data(r)).toBe('{"messageId":"a1b2","body":"{\\"a\\":1}"}');
  });

  it('metadata is appended as the last member when configured (every EventData has metadata,omitempty)', () => {
    expect(data(build('generic', { metadata: { z: '1', a: '2' } }, msg))).toBe(
      '{"body":"eyJhIjoxfQ==","metadata":{"a":"2","z":"1"}}',
    );
  });
});
