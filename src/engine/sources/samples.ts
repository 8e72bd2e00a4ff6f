import { EVENT_SOURCE_TYPES } from '../../domain/catalog/eventSourceTypes';
import {
  bitbucket,
  fileSample,
  github,
  gitlab,
  json,
  message,
  minio,
  obj,
  pick,
  plainHttp,
  resource,
  secretSet,
  str,
  strs,
  type SamplePayload,
} from './samples/sampleKinds';
import { GERRIT_EVENTS } from './samples/bitbucketEvents';
import { SLACK_EVENTS, STRIPE_EVENTS } from './samples/appEvents';
import { ORDER_JSON, SNS_MESSAGES, SQS_MESSAGE, storageGridBody } from './samples/cloudEvents';
import { nullRecord } from '../../lib/nullRecord';
import { asRecord } from '../../lib/jsonValue';

export type { SamplePayload };

/** Every sample for a source type, the kinds its configuration receives first. */
export function samplesFor(
  sourceType: string,
  eventConfig?: unknown,
  opts: { nowMs?: number } = {},
): SamplePayload[] {
  const cfg = obj(eventConfig) ?? {};
  switch (sourceType) {
    case 'webhook': {
      const method = str(cfg.method) || 'POST';
      const auth: Record<string, string> = secretSet(cfg.authSecret)
        ? { Authorization: 'Bearer the-token-from-the-secret' }
        : {};
      if (method === 'GET')
        return [
          {
            label: 'GET with a query string',
            kind: 'GET',
            payload: { method, headers: { ...auth }, query: 'project=kubedojo&branch=main' },
          },
        ];
      return [
        {
          label: `${method} a build request`,
          kind: 'json',
          payload: {
            method,
            headers: { 'Content-Type': 'application/json', ...auth },
            body: json({ project: 'kubedojo', branch: 'main', commit: 'abc123' }),
          },
        },
        {
          label: `${method} a form`,
          kind: 'form',
          payload: {
            method,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...auth },
            body: 'project=kubedojo&branch=main',
          },
        },
      ];
    }
    case 'github':
      return github(cfg);
    case 'gitlab':
      return gitlab(cfg);
    case 'bitbucket':
      return bitbucket(cfg, false);
    case 'bitbucketserver':
      return bitbucket(cfg, true);
    case 'gerrit':
      return pick(GERRIT_EVENTS, strs(cfg.events), (event) => ({
        event,
        label: `${event} (no sample)`,
        body: { type: event },
      })).map((e) =>
        plainHttp(e.event, e.label, e.body, { 'Content-Type': 'application/json; charset=utf-8' }),
      );
    case 'sns':
      return SNS_MESSAGES.map((m) =>
        plainHttp(m.event, m.label, m.body, {
          'Content-Type': 'text/plain; charset=UTF-8',
          'User-Agent': 'Amazon Simple Notification Service Agent',
          'X-Amz-Sns-Message-Type': m.event,
          'X-Amz-Sns-Message-Id': String(asRecord(m.body)?.MessageId),
          'X-Amz-Sns-Topic-Arn': 'arn:aws:sns:us-east-1:123456789012:orders',
        }),
      );
    case 'slack':
      return SLACK_EVENTS.map((e) =>
        plainHttp(e.event, e.label, e.form ?? e.body, {
          'Content-Type': e.form ? 'application/x-www-form-urlencoded' : 'application/json',
          'User-Agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
          'X-Slack-Request-Timestamp': '1772357400',
          'X-Slack-Signature':
            'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
        }),
      );
    case 'stripe':
      return pick(STRIPE_EVENTS, strs(cfg.eventFilter), (event) => ({
        event,
        label: `${event} (no sample)`,
        body: {
          id: 'evt_1P9xYzLkdIwHu7ixAbCdEfGh',
          object: 'event',
          created: 1772357400,
          data: { object: {} },
          livemode: false,
          pending_webhooks: 1,
          request: null,
          type: event,
        },
      })).map((e) =>
        plainHttp(e.event, e.label, e.body, {
          'Content-Type': 'application/json; charset=utf-8',
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          'Stripe-Signature':
            't=1772357400,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd',
        }),
      );
    case 'storageGrid': {
      const f = obj(cfg.filter) ?? {};
      const key = `${str(f.prefix) || 'data/2026/'}sales${str(f.suffix) || '.csv'}`;
      return [
        plainHttp('ObjectCreated:Put', `ObjectCreated:Put ${key}`, storageGridBody(key), {
          'Content-Type': 'application/x-www-form-urlencoded',
        }),
      ];
    }
    case 'minio':
      return minio(cfg);
    case 'resource':
      return resource(cfg, opts.nowMs);
    case 'file':
    case 'sftp':
    case 'hdfs':
      return [fileSample(sourceType, cfg)];
    case 'calendar':
      return [{ label: 'scheduled tick', kind: 'tick', payload: {} }];
    case 'sqs':
      return message('order message', SQS_MESSAGE);
    case 'kafka':
      return message('order message', {
        body: ORDER_JSON,
        key: 'A-1001',
        topic: str(cfg.topic) || 'orders',
        fields: { partition: 0, offset: 42 },
        attributes: { 'content-type': 'application/json' },
      });
    case 'nats':
      return message('order message', { body: ORDER_JSON, topic: str(cfg.subject) || 'orders' });
    case 'amqp':
      return message('order message', {
        body: ORDER_JSON,
        key: str(cfg.routingKey) || 'orders.created',
        attributes: { contentType: 'application/json' },
      });
    case 'mqtt':
      return message('temperature reading', {
        body: json({ sensor: 'greenhouse-3', celsius: 27.4 }),
        topic: str(cfg.topic) || 'sensors/temperature',
      });
    case 'redis':
      return message('order message', {
        body: ORDER_JSON,
        topic: strs(cfg.channels)[0] ?? 'orders',
      });
    case 'redisStream':
      return message('stream entry', {
        body: json({ orderId: 'A-1001', status: 'paid' }),
        topic: strs(cfg.streams)[0] ?? 'orders',
      });
    case 'pubSub':
      return message('order message', { body: ORDER_JSON, attributes: { origin: 'checkout' } });
    case 'emitter':
      return message('order message', {
        body: ORDER_JSON,
        topic: str(cfg.channelName) || 'orders',
      });
    case 'azureEventsHub':
      return message('telemetry', {
        body: json({ device: 'pump-12', pressure: 3.1 }),
        key: 'pump-12',
      });
    case 'azureServiceBus':
      return message('order message', { body: ORDER_JSON, attributes: { source: 'checkout' } });
    case 'nsq':
    case 'pulsar':
    case 'azureQueueStorage':
    case 'generic':
    case 'mns':
      return message('order message', {
        body: ORDER_JSON,
        ...(sourceType === 'pulsar' ? { key: 'A-1001' } : {}),
      });
    default:
      return [];
  }
}

/** The preset for a type as its configuration receives it (a given kind, else the first). */
export function samplePayload(
  sourceType: string,
  eventConfig?: unknown,
  kind?: string,
): SamplePayload | undefined {
  const all = samplesFor(sourceType, eventConfig);
  return (kind !== undefined ? all.find((s) => s.kind === kind) : undefined) ?? all[0];
}

/** Each type's default sample (for listings and tests); null-prototype, looked up by type name. */
export const SAMPLE_PAYLOADS: Readonly<Record<string, SamplePayload>> = nullRecord(
  EVENT_SOURCE_TYPES.map((t) => [t, samplePayload(t)!]),
);
