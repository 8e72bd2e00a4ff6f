import { compileGoRegex, goRegexMatch } from '../regex/goRegex';
import {
  BITBUCKET_EVENTS,
  BITBUCKET_SERVER_EVENTS,
  GERRIT_EVENTS,
} from './samples/bitbucketEvents';
import { SLACK_EVENTS, STRIPE_EVENTS } from './samples/appEvents';
import {
  ORDER_JSON,
  s3Record,
  SNS_MESSAGES,
  SQS_MESSAGE,
  storageGridBody,
} from './samples/cloudEvents';
import { GITHUB_EVENTS } from './samples/githubEvents';
import { ENVELOPE } from './samples/githubObjects';
import { GITLAB_EVENTS } from './samples/gitlabEvents';
import { resourceObject } from './samples/kubernetesObjects';
import type { SourcePayload } from './sourcePayload';

/** A realistic preset of what a source receives, for the composer, the field picker and the advice. */
export interface SamplePayload {
  label: string;
  /** The provider's event kind (`push`, `Merge Request Hook`, `ADD`…), or the type when it has one kind. */
  kind: string;
  payload: SourcePayload;
  /** A stand-in for a kind the simulator has no real sample of: its body says nothing about the fields. */
  generic?: boolean;
}

type Cfg = Record<string, unknown>;
const json = (v: unknown) => JSON.stringify(v);
const SAMPLE_TIME = '2026-03-01T09:30:00Z';
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const obj = (v: unknown): Cfg | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Cfg) : null;
const secretSet = (v: unknown) => obj(v) !== null;

/**
 * The kinds the configuration receives: all when it names none (or `*`), else the named ones in
 * its order, with a stand-in (`generic`) for a kind there is no sample of.
 */
function pick<T extends { event: string; label: string }>(
  all: readonly T[],
  wanted: string[],
  stand: (event: string) => T,
): (T & { generic?: boolean })[] {
  if (wanted.length === 0 || wanted.includes('*')) return [...all];
  return wanted.map((w) => all.find((a) => a.event === w) ?? { ...stand(w), generic: true });
}

function github(cfg: Cfg): SamplePayload[] {
  const stand = (event: string) => ({
    event,
    label: `${event} (no sample: repository and sender only)`,
    body: { action: 'created', ...ENVELOPE },
  });
  return pick(GITHUB_EVENTS, strs(cfg.events), stand).map((e, i) => ({
    label: e.label,
    kind: e.event,
    ...(e.generic ? { generic: true } : {}),
    payload: {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'GitHub-Hookshot/7f3a2c1',
        'X-GitHub-Event': e.event,
        'X-GitHub-Delivery': `72d3162e-cc78-11e3-81ab-4c9367dc09${String(50 + i).padStart(2, '0')}`,
        'X-GitHub-Hook-ID': '512345678',
        'X-GitHub-Hook-Installation-Target-ID': '812345678',
        'X-GitHub-Hook-Installation-Target-Type': 'repository',
        ...(secretSet(cfg.webhookSecret)
          ? {
              'X-Hub-Signature-256':
                'sha256=0f2a3f0c3c5d2e1b7a9c8d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a',
            }
          : {}),
      },
      body: json(e.body),
    },
  }));
}

function gitlab(cfg: Cfg): SamplePayload[] {
  const stand = (event: string) => ({
    event,
    header: event.replace(/Events$/, ' Hook'),
    label: `${event} (no sample)`,
    body: { object_kind: event.replace(/Events$/, '').toLowerCase() },
  });
  return pick(GITLAB_EVENTS, strs(cfg.events), stand).map((e) => ({
    label: e.label,
    kind: e.event,
    ...(e.generic ? { generic: true } : {}),
    payload: {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'GitLab/17.9.0',
        'X-Gitlab-Event': e.header,
        'X-Gitlab-Instance': 'https://gitlab.example.com',
        'X-Gitlab-Webhook-UUID': '2b4b7a0c-6c4e-4f6b-8d3e-5a1c2b3d4e5f',
        'X-Gitlab-Event-UUID': '13792a34-cac6-4fda-95a8-c58e00a3954e',
        ...(secretSet(cfg.secretToken) ? { 'X-Gitlab-Token': 'the-token-from-the-secret' } : {}),
      },
      body: json(e.body),
    },
  }));
}

function bitbucket(cfg: Cfg, server: boolean): SamplePayload[] {
  const all = server ? BITBUCKET_SERVER_EVENTS : BITBUCKET_EVENTS;
  const stand = (event: string) => ({ event, label: `${event} (no sample)`, body: {} });
  return pick(all, strs(cfg.events), stand).map((e) => ({
    label: e.label,
    kind: e.event,
    ...(e.generic ? { generic: true } : {}),
    payload: {
      method: 'POST',
      headers: (server
        ? {
            'Content-Type': 'application/json; charset=utf-8',
            'User-Agent': 'Atlassian HttpClient 4.2.0 / Bitbucket-9.4.0',
            'X-Event-Key': e.event,
            'X-Request-Id': '1c3d6f0e-2b7a-4f1e-9d8c-7b6a5f4e3d2c',
            ...(secretSet(cfg.webhookSecret)
              ? {
                  'X-Hub-Signature':
                    'sha256=7d1e5b3c9a8f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d',
                }
              : {}),
          }
        : {
            'Content-Type': 'application/json',
            'User-Agent': 'Bitbucket-Webhooks/2.0',
            'X-Event-Key': e.event,
            'X-Request-UUID': '5f7c7e36-6e4b-4f0a-9d2b-1c3e5a7b9d0f',
            'X-Hook-UUID': '{6a0b8e4f-1d2c-4b3a-9e8f-7d6c5b4a3e2f}',
            'X-Attempt-Number': '1',
          }) as Record<string, string>,
      body: json(e.body),
    },
  }));
}

function plainHttp(
  event: string,
  label: string,
  body: unknown,
  headers: Record<string, string>,
): SamplePayload {
  return {
    label,
    kind: event,
    payload: { method: 'POST', headers, body: typeof body === 'string' ? body : json(body) },
  };
}

function minio(cfg: Cfg): SamplePayload[] {
  const filter = obj(cfg.filter) ?? {};
  const prefix = typeof filter.prefix === 'string' ? filter.prefix : 'data/2026/';
  const suffix = typeof filter.suffix === 'string' && filter.suffix ? filter.suffix : '.csv';
  const events = strs(cfg.events);
  const names = (events.length ? events : ['s3:ObjectCreated:Put']).map((e) =>
    e.replace(/\*$/, e.includes('Removed') ? 'Delete' : 'Put'),
  );
  return names.map((name) => ({
    label: `${name.replace(/^s3:/, '')} ${prefix}sales${suffix}`,
    kind: name,
    payload: {
      body: json([
        s3Record(`${prefix}sales${suffix}`, name, str(obj(cfg.bucket)?.name) || 'sales'),
      ]),
    },
  }));
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** A file name the watch configuration selects: its path, or a common name its pathRegexp matches. */
function watchedName(watch: Cfg): string {
  if (str(watch.path)) return str(watch.path);
  const pattern = str(watch.pathRegexp);
  const re = pattern ? compileGoRegex(pattern) : null;
  const candidates = [
    'sales.csv',
    'data.json',
    'report.txt',
    'upload.zip',
    'image.png',
    'event.yaml',
    'file.txt',
    'a',
  ];
  return (re?.ok && candidates.find((c) => goRegexMatch(re.re, c))) || 'sales.csv';
}

function fileSample(type: 'file' | 'sftp' | 'hdfs', cfg: Cfg): SamplePayload {
  const watch = type === 'hdfs' ? cfg : (obj(cfg.watchPathConfig) ?? {});
  const rel = watchedName(watch);
  const name = type === 'sftp' ? rel : `${str(watch.directory)}${rel}`;
  const op = str(type === 'hdfs' ? cfg.type : cfg.eventType) || 'CREATE';
  return { label: `${op} ${name}`, kind: op, payload: { fields: { name, op } } };
}

function resource(cfg: Cfg, nowMs?: number): SamplePayload[] {
  const at =
    nowMs !== undefined ? new Date(nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z') : SAMPLE_TIME;
  const object = resourceObject(cfg, at);
  const kind = String(object.kind);
  const types = strs(cfg.eventTypes);
  return (types.length ? types : ['ADD']).map((t) => {
    const meta = object.metadata as Cfg;
    const fields: Record<string, unknown> = { type: t };
    let body = object;
    if (t === 'UPDATE')
      fields.oldObject = { ...object, metadata: { ...meta, resourceVersion: '481500' } };
    if (t === 'DELETE')
      body = {
        ...object,
        metadata: { ...meta, deletionTimestamp: at, deletionGracePeriodSeconds: 0 },
      };
    return {
      label: `${kind} ${t === 'ADD' ? 'added' : t === 'UPDATE' ? 'updated' : 'deleted'}`,
      kind: t,
      payload: { body: json(body), fields },
    };
  });
}

function message(label: string, payload: SourcePayload): SamplePayload[] {
  return [{ label, kind: 'message', payload }];
}

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
          'X-Amz-Sns-Message-Id': String((m.body as Cfg).MessageId),
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

/** Each type's default sample (for listings and tests). */
export const SAMPLE_PAYLOADS: Readonly<Record<string, SamplePayload>> = Object.fromEntries(
  [
    'amqp',
    'azureEventsHub',
    'azureQueueStorage',
    'azureServiceBus',
    'bitbucket',
    'bitbucketserver',
    'calendar',
    'emitter',
    'file',
    'generic',
    'gerrit',
    'github',
    'gitlab',
    'hdfs',
    'kafka',
    'minio',
    'mns',
    'mqtt',
    'nats',
    'nsq',
    'pubSub',
    'pulsar',
    'redis',
    'redisStream',
    'resource',
    'sftp',
    'slack',
    'sns',
    'sqs',
    'storageGrid',
    'stripe',
    'webhook',
  ].map((t) => [t, samplePayload(t)!]),
);
