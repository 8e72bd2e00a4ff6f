import { isJsonObject, readObject } from '../manifest/jsonValue';
/**
 * The 32 EventSource types, declared once (SEMANTICS §6.1). The palette, the inspector, validation and
 * the simulator all read this table. What the controller requires of each type is not here but in
 * its rule (`src/domain/validation/rules/eventSources/`), written after the upstream validate.go.
 */
export const EVENT_SOURCE_TYPES = [
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
] as const;

export type EventSourceType = (typeof EVENT_SOURCE_TYPES)[number];

export interface EventSourceTypeInfo {
  type: EventSourceType;
  label: string;
  /** Id of the icon the UI draws for this type. */
  iconId: string;
  docUrl: string;
  /** The CloudEvent `type` the source stamps on its events (not always the spec key). */
  cloudEventType: string;
  /** Pods of "recreate" sources cannot be rolled; the controller refuses mixing the two kinds in one EventSource. */
  strategy: 'recreate' | 'rolling';
  /** Receives HTTP requests itself (port + endpoint), directly or under `webhook:`. */
  http: 'direct' | 'nested' | 'none';
  /** A realistic event configuration that passes validation; credentials are Secret references. */
  defaultConfig: Record<string, unknown>;
}

const DOCS = 'https://argoproj.github.io/argo-events/eventsources/setup';
const secret = (name: string, key: string) => ({ name, key });
const hook = (endpoint: string) => ({
  endpoint,
  port: '12000',
  method: 'POST',
  url: 'https://events.example.com',
});

type Row = Omit<EventSourceTypeInfo, 'type' | 'iconId' | 'cloudEventType' | 'strategy' | 'http'> &
  Partial<Pick<EventSourceTypeInfo, 'iconId' | 'cloudEventType' | 'strategy' | 'http'>>;

const ROWS: Record<EventSourceType, Row> = {
  amqp: {
    label: 'AMQP',
    docUrl: `${DOCS}/amqp/`,
    strategy: 'recreate',
    defaultConfig: {
      url: 'amqp://rabbitmq.argo-events.svc:5672',
      exchangeName: 'orders',
      exchangeType: 'fanout',
      routingKey: 'orders.created',
      jsonBody: true,
    },
  },
  azureEventsHub: {
    label: 'Azure Event Hubs',
    docUrl: `${DOCS}/azure-event-hubs/`,
    strategy: 'recreate',
    defaultConfig: {
      fqdn: 'example.servicebus.windows.net',
      hubName: 'events',
      sharedAccessKeyName: secret('azure-event-hubs', 'keyname'),
      sharedAccessKey: secret('azure-event-hubs', 'key'),
    },
  },
  azureQueueStorage: {
    label: 'Azure Queue Storage',
    docUrl: `${DOCS}/azure-queue-storage/`,
    strategy: 'rolling',
    defaultConfig: { storageAccountName: 'examplestorage', queueName: 'orders', jsonBody: true },
  },
  azureServiceBus: {
    label: 'Azure Service Bus',
    docUrl: `${DOCS}/azure-service-bus/`,
    strategy: 'recreate',
    defaultConfig: {
      connectionString: secret('azure-service-bus', 'connectionstring'),
      queueName: 'orders',
      jsonBody: true,
    },
  },
  bitbucket: {
    label: 'Bitbucket',
    docUrl: `${DOCS}/bitbucket/`,
    http: 'nested',
    defaultConfig: {
      webhook: hook('/bitbucket'),
      auth: { oauthToken: secret('bitbucket-access', 'token') },
      events: ['repo:push'],
      repositories: [{ owner: 'example', repositorySlug: 'app' }],
    },
  },
  bitbucketserver: {
    label: 'Bitbucket Server',
    docUrl: `${DOCS}/bitbucket-server/`,
    iconId: 'bitbucket',
    http: 'nested',
    defaultConfig: {
      bitbucketserverBaseURL: 'https://bitbucket.example.com/rest',
      webhook: hook('/bitbucketserver'),
      events: ['repo:refs_changed'],
      repositories: [{ projectKey: 'APP', repositorySlug: 'app' }],
      accessToken: secret('bitbucketserver-access', 'token'),
      webhookSecret: secret('bitbucketserver-access', 'secret'),
    },
  },
  calendar: {
    label: 'Calendar',
    docUrl: `${DOCS}/calendar/`,
    strategy: 'recreate',
    defaultConfig: { schedule: '0 9 * * 1-5', timezone: 'UTC' },
  },
  emitter: {
    label: 'Emitter',
    docUrl: `${DOCS}/emitter/`,
    strategy: 'recreate',
    defaultConfig: {
      broker: 'broker.emitter.svc:8080',
      channelKey: 'example-key',
      channelName: 'orders',
      jsonBody: true,
    },
  },
  file: {
    label: 'File',
    docUrl: `${DOCS}/file/`,
    strategy: 'recreate',
    defaultConfig: {
      eventType: 'CREATE',
      watchPathConfig: { directory: '/data/incoming/', pathRegexp: '.*\\.csv' },
    },
  },
  generic: {
    label: 'Generic (gRPC)',
    docUrl: `${DOCS}/generic/`,
    strategy: 'recreate',
    defaultConfig: {
      url: 'generic-event-source-server.argo-events.svc:8080',
      config: 'key1: value1',
      insecure: true,
      jsonBody: true,
    },
  },
  gerrit: {
    label: 'Gerrit',
    docUrl: `${DOCS}/gerrit/`,
    http: 'nested',
    defaultConfig: {
      hookName: 'argo-events',
      webhook: hook('/gerrit'),
      events: ['patchset-created'],
      gerritBaseURL: 'https://gerrit.example.com',
      projects: ['app'],
      auth: {
        username: secret('gerrit-access', 'username'),
        password: secret('gerrit-access', 'password'),
      },
    },
  },
  github: {
    label: 'GitHub',
    docUrl: `${DOCS}/github/`,
    http: 'nested',
    defaultConfig: {
      repositories: [{ owner: 'example', names: ['app'] }],
      webhook: hook('/push'),
      events: ['push'],
      apiToken: secret('github-access', 'token'),
      webhookSecret: secret('github-access', 'secret'),
      insecure: false,
      active: true,
      contentType: 'json',
    },
  },
  gitlab: {
    label: 'GitLab',
    docUrl: `${DOCS}/gitlab/`,
    http: 'nested',
    defaultConfig: {
      projects: ['example/app'],
      webhook: hook('/push'),
      events: ['PushEvents'],
      accessToken: secret('gitlab-access', 'token'),
      enableSSLVerification: true,
      gitlabBaseURL: 'https://gitlab.com',
    },
  },
  hdfs: {
    label: 'HDFS',
    docUrl: `${DOCS}/hdfs/`,
    strategy: 'recreate',
    defaultConfig: {
      directory: '/incoming/',
      pathRegexp: '.*',
      type: 'CREATE',
      addresses: ['hdfs-namenode.hdfs.svc:8020'],
      hdfsUser: 'root',
      checkInterval: '10s',
    },
  },
  kafka: {
    label: 'Kafka',
    docUrl: `${DOCS}/kafka/`,
    strategy: 'recreate',
    defaultConfig: {
      url: 'kafka.argo-events.svc:9092',
      topic: 'orders',
      jsonBody: true,
      consumerGroup: { groupName: 'argo-events' },
    },
  },
  minio: {
    label: 'MinIO / S3',
    docUrl: `${DOCS}/minio/`,
    iconId: 's3',
    strategy: 'recreate',
    defaultConfig: {
      bucket: { name: 'sales' },
      endpoint: 'minio.argo-events.svc:9000',
      events: ['s3:ObjectCreated:Put'],
      filter: { prefix: 'data/', suffix: '.csv' },
      insecure: true,
      accessKey: secret('artifacts-minio', 'accesskey'),
      secretKey: secret('artifacts-minio', 'secretkey'),
    },
  },
  mns: {
    label: 'Alibaba MNS',
    docUrl: `${DOCS}/mns/`,
    defaultConfig: {
      queue: 'orders',
      endpoint: 'http://1234.mns.cn-hangzhou.aliyuncs.com',
      accessKey: secret('mns-access', 'accesskey'),
      secretKey: secret('mns-access', 'secretkey'),
      jsonBody: true,
    },
  },
  mqtt: {
    label: 'MQTT',
    docUrl: `${DOCS}/mqtt/`,
    strategy: 'recreate',
    defaultConfig: {
      url: 'tcp://mqtt.argo-events.svc:1883',
      topic: 'sensors/temperature',
      clientId: 'argo-events',
      jsonBody: true,
    },
  },
  nats: {
    label: 'NATS',
    docUrl: `${DOCS}/nats/`,
    strategy: 'recreate',
    defaultConfig: { url: 'nats://nats.argo-events.svc:4222', subject: 'orders', jsonBody: true },
  },
  nsq: {
    label: 'NSQ',
    docUrl: `${DOCS}/nsq/`,
    strategy: 'recreate',
    defaultConfig: {
      hostAddress: 'nsqlookupd.argo-events.svc:4161',
      topic: 'orders',
      channel: 'argo-events',
      jsonBody: true,
    },
  },
  pubSub: {
    label: 'Google Cloud Pub/Sub',
    docUrl: `${DOCS}/gcp-pub-sub/`,
    iconId: 'pubsub',
    cloudEventType: 'pubsub',
    strategy: 'recreate',
    defaultConfig: {
      projectID: 'example-project',
      topic: 'orders',
      jsonBody: true,
      credentialSecret: secret('gcp-credentials', 'key.json'),
    },
  },
  pulsar: {
    label: 'Apache Pulsar',
    docUrl: `${DOCS}/pulsar/`,
    strategy: 'recreate',
    defaultConfig: {
      url: 'pulsar://pulsar.argo-events.svc:6650',
      topics: ['orders'],
      type: 'exclusive',
      jsonBody: true,
    },
  },
  redis: {
    label: 'Redis Pub/Sub',
    docUrl: `${DOCS}/redis/`,
    strategy: 'recreate',
    defaultConfig: {
      hostAddress: 'redis.argo-events.svc:6379',
      db: 0,
      channels: ['orders'],
      jsonBody: true,
    },
  },
  redisStream: {
    label: 'Redis Streams',
    docUrl: `${DOCS}/redis-streams/`,
    iconId: 'redis',
    cloudEventType: 'redisStream',
    strategy: 'recreate',
    defaultConfig: {
      hostAddress: 'redis.argo-events.svc:6379',
      db: 0,
      streams: ['orders'],
      consumerGroup: 'argo-events',
    },
  },
  resource: {
    label: 'Kubernetes resource',
    docUrl: `${DOCS}/resource/`,
    iconId: 'kubernetes',
    strategy: 'recreate',
    defaultConfig: {
      namespace: 'argo-events',
      group: '',
      version: 'v1',
      resource: 'pods',
      eventTypes: ['ADD'],
      filter: { afterStart: true },
    },
  },
  sftp: {
    label: 'SFTP',
    docUrl: `${DOCS}/sftp/`,
    strategy: 'recreate',
    defaultConfig: {
      eventType: 'CREATE',
      watchPathConfig: { directory: '/upload/', pathRegexp: '.*\\.csv' },
      address: secret('sftp-access', 'address'),
      username: secret('sftp-access', 'username'),
      password: secret('sftp-access', 'password'),
      pollIntervalDuration: '10s',
    },
  },
  slack: {
    label: 'Slack',
    docUrl: `${DOCS}/slack/`,
    http: 'nested',
    defaultConfig: {
      signingSecret: secret('slack-access', 'signingSecret'),
      token: secret('slack-access', 'token'),
      webhook: hook('/slack'),
    },
  },
  sns: {
    label: 'AWS SNS',
    docUrl: `${DOCS}/aws-sns/`,
    http: 'nested',
    defaultConfig: {
      topicArn: 'arn:aws:sns:us-east-1:123456789012:orders',
      webhook: hook('/sns'),
      accessKey: secret('aws-secret', 'accesskey'),
      secretKey: secret('aws-secret', 'secretkey'),
      region: 'us-east-1',
    },
  },
  sqs: {
    label: 'AWS SQS',
    docUrl: `${DOCS}/aws-sqs/`,
    defaultConfig: {
      region: 'us-east-1',
      queue: 'orders',
      waitTimeSeconds: 20,
      jsonBody: true,
      accessKey: secret('aws-secret', 'accesskey'),
      secretKey: secret('aws-secret', 'secretkey'),
    },
  },
  storageGrid: {
    label: 'StorageGRID',
    docUrl: `${DOCS}/storage-grid/`,
    iconId: 's3',
    cloudEventType: 'storagegrid',
    http: 'nested',
    defaultConfig: {
      webhook: hook('/storagegrid'),
      events: ['s3:ObjectCreated:*'],
      topicArn: 'urn:sgws:sns::123456789012:orders',
      bucket: 'sales',
      region: 'us-east-1',
      authToken: secret('storagegrid-access', 'token'),
      apiURL: 'https://storagegrid.example.com/api/v3',
    },
  },
  stripe: {
    label: 'Stripe',
    docUrl: `${DOCS}/stripe/`,
    http: 'nested',
    defaultConfig: {
      webhook: hook('/stripe'),
      createWebhook: false,
      eventFilter: ['charge.succeeded'],
    },
  },
  webhook: {
    label: 'Webhook',
    docUrl: `${DOCS}/webhook/`,
    http: 'direct',
    defaultConfig: { endpoint: '/example', port: '12000', method: 'POST' },
  },
};

export const EVENT_SOURCE_CATALOG: readonly EventSourceTypeInfo[] = EVENT_SOURCE_TYPES.map(
  (type) => {
    const row = ROWS[type];
    return {
      ...row,
      type,
      iconId: row.iconId ?? type.toLowerCase(),
      cloudEventType: row.cloudEventType ?? type,
      strategy: row.strategy ?? 'rolling',
      http: row.http ?? 'none',
    };
  },
);

const BY_TYPE = new Map<string, EventSourceTypeInfo>(EVENT_SOURCE_CATALOG.map((i) => [i.type, i]));

export function lookupEventSourceType(type: string): EventSourceTypeInfo | undefined {
  return BY_TYPE.get(type);
}

/**
 * The part of an event's configuration that configures its HTTP server (port, endpoint, method,
 * maxPayloadSize): the event itself for `webhook`, its `webhook:` for the Git/SaaS sources; null for
 * sources that receive no HTTP.
 */
export function httpServerConfig(
  type: string,
  eventConfig: unknown,
): Record<string, unknown> | null {
  const http = BY_TYPE.get(type)?.http ?? 'none';
  if (http === 'none') return null;
  const cfg = isJsonObject(eventConfig) ? eventConfig : {};
  if (http === 'direct') return cfg;
  return readObject(cfg, 'webhook') ?? {};
}
