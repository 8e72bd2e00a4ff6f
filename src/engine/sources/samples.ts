import type { SourcePayload } from './sourcePayload';

/** A realistic preset of what a source receives, for the simulator's "send a test event" menu. */
export interface SamplePayload {
  label: string;
  payload: SourcePayload;
}

const json = (v: unknown) => JSON.stringify(v);
const SHA = '9f4c2a7e1b3d5f60718293a4b5c6d7e8f9012345';

const S3_RECORD = {
  eventVersion: '2.0',
  eventSource: 'minio:s3',
  awsRegion: '',
  eventTime: '2026-03-01T09:30:00.000Z',
  eventName: 's3:ObjectCreated:Put',
  userIdentity: { principalId: 'minio' },
  requestParameters: { sourceIPAddress: '10.0.0.12' },
  responseElements: { 'x-amz-request-id': '17E1B2C3D4E5F607' },
  s3: {
    s3SchemaVersion: '1.0',
    configurationId: 'Config',
    bucket: { name: 'sales', ownerIdentity: { principalId: 'minio' }, arn: 'arn:aws:s3:::sales' },
    object: {
      key: 'data/2026/sales.csv',
      size: 48213,
      eTag: 'd41d8cd98f00b204e9800998ecf8427e',
      contentType: 'text/csv',
      sequencer: '17E1B2C3D4E5F607',
    },
  },
};

const ORDER = json({
  orderId: 'A-1001',
  customer: 'acme',
  amount: 129.5,
  currency: 'EUR',
  items: [{ sku: 'kb-01', qty: 2 }],
});

export const SAMPLE_PAYLOADS: Readonly<Record<string, SamplePayload>> = {
  webhook: {
    label: 'POST a build request',
    payload: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: json({ project: 'kubedojo', branch: 'main', commit: 'abc123' }),
    },
  },
  github: {
    label: 'push to refs/heads/main',
    payload: {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-GitHub-Event': 'push',
        'X-GitHub-Delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958',
      },
      body: json({
        ref: 'refs/heads/main',
        before: '0000000000000000000000000000000000000000',
        after: SHA,
        repository: { name: 'app', full_name: 'example/app', default_branch: 'main' },
        pusher: { name: 'alice' },
        head_commit: { id: SHA, message: 'Fix checkout total', author: { name: 'Alice' } },
      }),
    },
  },
  gitlab: {
    label: 'push to main',
    payload: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Gitlab-Event': 'Push Hook' },
      body: json({
        object_kind: 'push',
        ref: 'refs/heads/main',
        checkout_sha: SHA,
        user_username: 'alice',
        project: { path_with_namespace: 'example/app' },
        total_commits_count: 1,
      }),
    },
  },
  bitbucket: {
    label: 'repo:push',
    payload: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Event-Key': 'repo:push' },
      body: json({
        push: { changes: [{ new: { name: 'main', type: 'branch', target: { hash: SHA } } }] },
        repository: { full_name: 'example/app' },
        actor: { nickname: 'alice' },
      }),
    },
  },
  bitbucketserver: {
    label: 'repo:refs_changed',
    payload: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Event-Key': 'repo:refs_changed' },
      body: json({
        eventKey: 'repo:refs_changed',
        changes: [
          { ref: { id: 'refs/heads/main', displayId: 'main' }, toHash: SHA, type: 'UPDATE' },
        ],
        repository: { slug: 'app', project: { key: 'APP' } },
      }),
    },
  },
  gerrit: {
    label: 'patchset-created',
    payload: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: json({
        type: 'patchset-created',
        change: { project: 'app', branch: 'main', subject: 'Fix checkout total', number: 4211 },
        patchSet: { number: 1, revision: SHA },
        uploader: { username: 'alice' },
      }),
    },
  },
  sns: {
    label: 'notification with a JSON message',
    payload: {
      method: 'POST',
      headers: {
        'Content-Type': 'text/plain; charset=UTF-8',
        'X-Amz-Sns-Message-Type': 'Notification',
      },
      body: json({
        Type: 'Notification',
        MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
        TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders',
        Subject: 'order',
        Message: ORDER,
        Timestamp: '2026-03-01T09:30:00.000Z',
        SignatureVersion: '1',
      }),
    },
  },
  slack: {
    label: 'app_mention',
    payload: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: json({
        type: 'app_mention',
        user: 'U061F7AUR',
        text: '<@U0LAN0Z89> deploy app',
        channel: 'C0LAN2Q65',
        ts: '1740821400.000100',
      }),
    },
  },
  stripe: {
    label: 'charge.succeeded',
    payload: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: json({
        id: 'evt_1Nx',
        object: 'event',
        type: 'charge.succeeded',
        data: { object: { id: 'ch_3Nx', amount: 12950, currency: 'eur', paid: true } },
      }),
    },
  },
  sqs: { label: 'order message', payload: { body: ORDER, attributes: { source: 'checkout' } } },
  calendar: { label: 'scheduled tick', payload: {} },
  resource: {
    label: 'Pod added',
    payload: {
      fields: {
        type: 'ADD',
        object: {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: 'worker-7c9f', namespace: 'argo-events', labels: { app: 'worker' } },
          status: { phase: 'Pending' },
        },
      },
    },
  },
  minio: {
    label: 'ObjectCreated:Put data/2026/sales.csv',
    payload: { fields: { notification: [S3_RECORD] } },
  },
  storageGrid: {
    label: 'ObjectCreated:Put',
    payload: {
      fields: {
        notification: {
          Action: 'Publish',
          Message: { Records: [S3_RECORD] },
          TopicArn: 'urn:sgws:sns::123456789012:orders',
          Version: '2010-03-31',
        },
      },
    },
  },
  kafka: {
    label: 'order message',
    payload: { body: ORDER, key: 'A-1001', topic: 'orders', fields: { partition: 0, offset: 42 } },
  },
  nats: { label: 'order message', payload: { body: ORDER, topic: 'orders' } },
  amqp: {
    label: 'order message',
    payload: {
      body: ORDER,
      key: 'orders.created',
      attributes: { contentType: 'application/json' },
    },
  },
  mqtt: {
    label: 'temperature reading',
    payload: {
      body: json({ sensor: 'greenhouse-3', celsius: 27.4 }),
      topic: 'sensors/temperature',
    },
  },
  pubSub: { label: 'order message', payload: { body: ORDER, attributes: { origin: 'checkout' } } },
  redis: { label: 'order message', payload: { body: ORDER, topic: 'orders' } },
  redisStream: {
    label: 'stream entry',
    payload: { body: json({ orderId: 'A-1001', status: 'paid' }), topic: 'orders' },
  },
  nsq: { label: 'order message', payload: { body: ORDER } },
  pulsar: { label: 'order message', payload: { body: ORDER, key: 'A-1001' } },
  emitter: { label: 'order message', payload: { body: ORDER, topic: 'orders' } },
  azureEventsHub: {
    label: 'telemetry',
    payload: { body: json({ device: 'pump-12', pressure: 3.1 }), key: 'pump-12' },
  },
  azureQueueStorage: { label: 'order message', payload: { body: ORDER } },
  azureServiceBus: {
    label: 'order message',
    payload: { body: ORDER, attributes: { source: 'checkout' } },
  },
  file: {
    label: 'CREATE incoming/sales.csv',
    payload: { fields: { name: '/data/incoming/sales.csv', op: 1 } },
  },
  sftp: {
    label: 'CREATE upload/sales.csv',
    payload: { fields: { name: '/upload/sales.csv', op: 1 } },
  },
  hdfs: {
    label: 'CREATE /incoming/sales.csv',
    payload: { fields: { name: '/incoming/sales.csv', op: 1 } },
  },
  generic: { label: 'generic message', payload: { body: ORDER } },
  mns: { label: 'order message', payload: { body: ORDER } },
};

/** The preset for a type, with the request method adapted to the event's configuration. */
export function samplePayload(
  sourceType: string,
  eventConfig?: unknown,
): SamplePayload | undefined {
  const sample = SAMPLE_PAYLOADS[sourceType];
  if (!sample) return undefined;
  const method = (eventConfig as { method?: unknown } | undefined)?.method;
  if (
    sourceType === 'webhook' &&
    typeof method === 'string' &&
    method &&
    method !== sample.payload.method
  ) {
    return { ...sample, payload: { ...sample.payload, method } };
  }
  return sample;
}
