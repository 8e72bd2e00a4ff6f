import { describe, expect, it } from 'vitest';
import { EVENT_SOURCE_TYPES } from '../../../catalog/eventSourceTypes';
import { validateText } from '../../validate';
import { EVENT_RULES } from './eventRules';

const hook = { endpoint: '/x', port: '12000' };
const secret = { name: 's', key: 'k' };

/** One event `ev` of `type`; JSON is YAML, so the config is written as JSON. */
const source = (type: string, config: unknown) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata: {name: es}\nspec:\n  ${type}:\n    ev: ${JSON.stringify(config)}\n`;
const findings = (type: string, config: unknown) =>
  validateText('es.yaml', source(type, config))
    .filter(
      (d) => d.code.startsWith('eventsource.') && d.code !== 'eventsource.webhook.not-exposed',
    )
    .map((d) => `${d.severity} ${d.code}`);

/**
 * [upstream file, type, a config the upstream accepts, a config it rejects, what the rejection is].
 * Each row is one rule of the upstream validate.go (or start.go, where the pod refuses at start-up).
 */
const CASES: [string, string, unknown, unknown, string[]][] = [
  // pkg/eventsources/common/webhook/validate.go ValidateWebhookContext (via webhook/validate.go)
  [
    'webhook/validate.go endpoint',
    'webhook',
    { ...hook, method: 'POST' },
    { port: '12000', method: 'POST' },
    ['error eventsource.missing-field'],
  ],
  [
    'webhook/validate.go port',
    'webhook',
    { ...hook, method: 'POST' },
    { endpoint: '/x', method: 'POST' },
    ['error eventsource.missing-field'],
  ],
  [
    'webhook/validate.go Atoi(port)',
    'webhook',
    { ...hook, method: 'POST' },
    { ...hook, port: 'http', method: 'POST' },
    ['error eventsource.webhook.invalid-port'],
  ],
  [
    'webhook listen: port range',
    'webhook',
    { ...hook, port: '65535', method: 'POST' },
    { ...hook, port: '70000', method: 'POST' },
    ['error eventsource.webhook.invalid-port'],
  ],
  [
    'webhook/start.go GetBody: GET and POST only',
    'webhook',
    { ...hook, method: 'GET' },
    { ...hook, method: 'PUT' },
    ['warning eventsource.webhook.unsupported-method'],
  ],
  [
    'webhook/start.go method match is case-sensitive',
    'webhook',
    { ...hook, method: 'POST' },
    { ...hook, method: 'post' },
    ['warning eventsource.webhook.unsupported-method'],
  ],
  // github/validate.go
  [
    'github/validate.go repositories or organizations',
    'github',
    { repositories: [{ owner: 'o', names: ['r'] }], webhook: hook },
    { webhook: hook },
    ['error eventsource.missing-field'],
  ],
  [
    'github/validate.go deprecated owner/repository',
    'github',
    { owner: 'o', repository: 'r', webhook: hook },
    { owner: 'o', webhook: hook },
    ['error eventsource.missing-field'],
  ],
  [
    'github/validate.go not both',
    'github',
    { organizations: ['o'], webhook: hook },
    { organizations: ['o'], repositories: [{ owner: 'o', names: ['r'] }], webhook: hook },
    ['error eventsource.conflicting-fields'],
  ],
  [
    'github/validate.go events to create hooks',
    'github',
    {
      organizations: ['o'],
      apiToken: secret,
      webhook: { ...hook, url: 'https://x' },
      events: ['push'],
    },
    { organizations: ['o'], apiToken: secret, webhook: { ...hook, url: 'https://x' } },
    ['error eventsource.missing-field'],
  ],
  [
    'github/validate.go contentType',
    'github',
    { organizations: ['o'], contentType: 'form', webhook: hook },
    { organizations: ['o'], contentType: 'xml', webhook: hook },
    ['error eventsource.invalid-value'],
  ],
  [
    'github/validate.go base and upload URL',
    'github',
    {
      organizations: ['o'],
      githubBaseURL: 'https://g/',
      githubUploadURL: 'https://g/up/',
      webhook: hook,
    },
    { organizations: ['o'], githubBaseURL: 'https://g/', webhook: hook },
    ['error eventsource.missing-field'],
  ],
  [
    'github/validate.go webhook context',
    'github',
    { organizations: ['o'], webhook: hook },
    { organizations: ['o'] },
    ['error eventsource.missing-field'],
  ],
  // gitlab/validate.go
  [
    'gitlab/validate.go',
    'gitlab',
    { events: [], gitlabBaseURL: 'https://g', accessToken: secret, webhook: hook },
    { gitlabBaseURL: 'https://g', webhook: hook },
    ['error eventsource.missing-field', 'error eventsource.missing-field'],
  ],
  // bitbucket/validate.go
  [
    'bitbucket/validate.go repositories',
    'bitbucket',
    {
      auth: { oauthToken: secret },
      repositories: [{ owner: 'o', repositorySlug: 'r' }],
      webhook: hook,
    },
    { auth: { oauthToken: secret }, webhook: hook },
    ['error eventsource.missing-field'],
  ],
  [
    'bitbucket/validate.go events to create hooks',
    'bitbucket',
    {
      auth: { oauthToken: secret },
      owner: 'o',
      repositorySlug: 'r',
      events: ['repo:push'],
      webhook: { ...hook, url: 'https://x' },
    },
    {
      auth: { oauthToken: secret },
      owner: 'o',
      repositorySlug: 'r',
      webhook: { ...hook, url: 'https://x' },
    },
    ['error eventsource.missing-field'],
  ],
  [
    'bitbucket HasBitbucketBasicAuth needs auth',
    'bitbucket',
    {
      auth: { basic: { username: secret, password: secret } },
      owner: 'o',
      repositorySlug: 'r',
      webhook: hook,
    },
    { owner: 'o', repositorySlug: 'r', webhook: hook },
    ['error eventsource.missing-field'],
  ],
  // bitbucketserver/validate.go
  [
    'bitbucketserver/validate.go base URL',
    'bitbucketserver',
    { bitbucketserverBaseURL: 'https://b/rest', webhook: hook },
    { webhook: hook },
    ['error eventsource.missing-field'],
  ],
  [
    'bitbucketserver/validate.go checkInterval',
    'bitbucketserver',
    { bitbucketserverBaseURL: 'https://b', checkInterval: '1h', webhook: hook },
    { bitbucketserverBaseURL: 'https://b', checkInterval: '1 hour', webhook: hook },
    ['error eventsource.invalid-duration'],
  ],
  [
    'bitbucketserver/validate.go events to create hooks',
    'bitbucketserver',
    {
      bitbucketserverBaseURL: 'https://b',
      accessToken: secret,
      projects: ['p'],
      events: ['repo:refs_changed'],
      webhook: { ...hook, url: 'https://x' },
    },
    {
      bitbucketserverBaseURL: 'https://b',
      accessToken: secret,
      projects: ['p'],
      webhook: { ...hook, url: 'https://x' },
    },
    ['error eventsource.missing-field'],
  ],
  // gerrit/validate.go (hookName is not required)
  [
    'gerrit/validate.go',
    'gerrit',
    {
      projects: ['p'],
      events: ['patchset-created'],
      gerritBaseURL: 'https://g',
      auth: { username: secret, password: secret },
      webhook: hook,
    },
    { projects: [], events: ['patchset-created'], gerritBaseURL: 'https://g', webhook: hook },
    ['error eventsource.missing-field', 'error eventsource.missing-field'],
  ],
  // slack/validate.go
  [
    'slack/validate.go',
    'slack',
    { token: secret, signingSecret: secret, webhook: hook },
    {},
    [
      'error eventsource.missing-field',
      'error eventsource.missing-field',
      'error eventsource.missing-field',
    ],
  ],
  // awssns/validate.go
  [
    'awssns/validate.go webhook',
    'sns',
    { topicArn: 'arn', region: 'us-east-1', webhook: hook },
    { topicArn: 'arn', region: 'us-east-1' },
    ['error eventsource.missing-field'],
  ],
  // stripe/validate.go
  [
    'stripe/validate.go apiKey',
    'stripe',
    { createWebhook: true, apiKey: secret, webhook: hook },
    { createWebhook: true, webhook: hook },
    ['error eventsource.missing-field'],
  ],
  // storagegrid/validate.go
  [
    'storagegrid/validate.go',
    'storageGrid',
    {
      topicArn: 'a',
      apiURL: 'https://s',
      authToken: secret,
      bucket: 'b',
      events: [],
      webhook: hook,
    },
    { topicArn: 'a', apiURL: 'https://s', bucket: 'b', webhook: hook },
    ['error eventsource.missing-field', 'error eventsource.missing-field'],
  ],
  // amqp/validate.go (exchangeName is not required)
  [
    'amqp/validate.go url or urlSecret',
    'amqp',
    { url: 'amqp://x', routingKey: 'k', exchangeType: 'fanout' },
    { routingKey: 'k', exchangeType: 'fanout' },
    ['error eventsource.missing-field'],
  ],
  [
    'amqp/validate.go not both',
    'amqp',
    { urlSecret: secret, routingKey: 'k', exchangeType: 'fanout' },
    { url: 'amqp://x', urlSecret: secret, routingKey: 'k', exchangeType: 'fanout' },
    ['error eventsource.conflicting-fields'],
  ],
  [
    'amqp/validate.go ValidateBasicAuth',
    'amqp',
    {
      url: 'amqp://x',
      routingKey: 'k',
      exchangeType: 'fanout',
      auth: { username: secret, password: secret },
    },
    { url: 'amqp://x', routingKey: 'k', exchangeType: 'fanout', auth: { username: secret } },
    ['error eventsource.basic-auth.incomplete'],
  ],
  // kafka/validate.go
  [
    'kafka/validate.go consumerGroup or partition',
    'kafka',
    { url: 'k:9092', topic: 't', consumerGroup: { groupName: 'g' } },
    { url: 'k:9092', topic: 't' },
    ['error eventsource.missing-field'],
  ],
  [
    'v1alpha1/validate.go ValidateTLSConfig',
    'kafka',
    { url: 'k', topic: 't', partition: '0', tls: { caCertSecret: secret } },
    { url: 'k', topic: 't', partition: '0', tls: { clientCertSecret: secret } },
    ['error eventsource.tls.incomplete'],
  ],
  [
    'v1alpha1/validate.go ValidateTLSConfig nothing set',
    'kafka',
    { url: 'k', topic: 't', partition: '0', tls: { enabled: true } },
    { url: 'k', topic: 't', partition: '0', tls: {} },
    ['error eventsource.tls.incomplete'],
  ],
  [
    'v1alpha1/validate.go ValidateSASLConfig mechanism',
    'kafka',
    {
      url: 'k',
      topic: 't',
      partition: '0',
      sasl: { mechanism: 'SCRAM-SHA-512', userSecret: secret, passwordSecret: secret },
    },
    {
      url: 'k',
      topic: 't',
      partition: '0',
      sasl: { mechanism: 'MD5', userSecret: secret, passwordSecret: secret },
    },
    ['error eventsource.invalid-value'],
  ],
  [
    'v1alpha1/validate.go ValidateSASLConfig secrets',
    'kafka',
    { url: 'k', topic: 't', partition: '0', sasl: { userSecret: secret, passwordSecret: secret } },
    { url: 'k', topic: 't', partition: '0', sasl: { userSecret: secret } },
    ['error eventsource.sasl.incomplete'],
  ],
  [
    'kafka/validate.go awsMskIamAuth.region',
    'kafka',
    { url: 'k', topic: 't', partition: '0', awsMskIamAuth: { region: 'eu-west-1' } },
    { url: 'k', topic: 't', partition: '0', awsMskIamAuth: {} },
    ['error eventsource.missing-field'],
  ],
  // mqtt/validate.go
  [
    'mqtt/validate.go',
    'mqtt',
    { url: 'tcp://m:1883', topic: 't', clientId: 'c' },
    { url: 'tcp://m:1883', topic: 't' },
    ['error eventsource.missing-field'],
  ],
  // nats/validate.go
  [
    'nats/validate.go queue',
    'nats',
    { url: 'nats://n', subject: 's', queue: 'q' },
    { url: 'nats://n', subject: 's', queue: '' },
    ['error eventsource.invalid-value'],
  ],
  // nsq/validate.go
  [
    'nsq/validate.go',
    'nsq',
    { hostAddress: 'n:4161', topic: 't', channel: 'c' },
    { hostAddress: 'n:4161', topic: 't' },
    ['error eventsource.missing-field'],
  ],
  // pulsar/validate.go
  [
    'pulsar/validate.go type',
    'pulsar',
    { topics: ['t'], url: 'pulsar://p', type: 'shared' },
    { topics: ['t'], url: 'pulsar://p', type: 'failover' },
    ['error eventsource.invalid-value'],
  ],
  [
    'pulsar/validate.go type when absent',
    'pulsar',
    { topics: [], url: 'pulsar://p', type: 'exclusive' },
    { topics: ['t'], url: 'pulsar://p' },
    ['error eventsource.missing-field'],
  ],
  // redis/validate.go
  [
    'redis/validate.go namespace for password',
    'redis',
    { hostAddress: 'r:6379', channels: ['c'], password: secret, namespace: 'argo-events' },
    { hostAddress: 'r:6379', channels: ['c'], password: secret },
    ['error eventsource.missing-field'],
  ],
  // redis_stream/validate.go
  [
    'redis_stream/validate.go',
    'redisStream',
    { hostAddress: 'r:6379', streams: ['s'] },
    { hostAddress: 'r:6379' },
    ['error eventsource.missing-field'],
  ],
  // emitter/validate.go
  [
    'emitter/validate.go',
    'emitter',
    { broker: 'tcp://e:8080', channelName: 'c', channelKey: 'k' },
    { broker: 'tcp://e:8080', channelName: 'c' },
    ['error eventsource.missing-field'],
  ],
  // alibabacloudmns/validate.go
  [
    'alibabacloudmns/validate.go endpoint',
    'mns',
    { queue: 'q', endpoint: 'https://m' },
    { queue: 'q' },
    ['error eventsource.missing-field'],
  ],
  // awssqs/validate.go (waitTimeSeconds is not required)
  [
    'awssqs/validate.go',
    'sqs',
    { region: 'us-east-1', queue: 'q' },
    { region: 'us-east-1' },
    ['error eventsource.missing-field'],
  ],
  // gcppubsub/validate.go
  [
    'gcppubsub/validate.go topic or subscriptionID',
    'pubSub',
    { subscriptionID: 's' },
    {},
    ['error eventsource.missing-field'],
  ],
  [
    'gcppubsub/validate.go topicProjectID needs topic',
    'pubSub',
    { topic: 't', topicProjectID: 'p' },
    { topicProjectID: 'p', subscriptionID: 's' },
    ['error eventsource.missing-field'],
  ],
  // azureeventshub/validate.go
  [
    'azureeventshub/validate.go key pair',
    'azureEventsHub',
    { fqdn: 'h.servicebus.windows.net', hubName: 'h' },
    { fqdn: 'f', hubName: 'h', sharedAccessKey: secret },
    ['error eventsource.missing-field'],
  ],
  // azurequeuestorage/validate.go
  [
    'azurequeuestorage/validate.go',
    'azureQueueStorage',
    { storageAccountName: 'a', queueName: 'q' },
    { queueName: 'q' },
    ['error eventsource.missing-field'],
  ],
  // azureservicebus/validate.go
  [
    'azureservicebus/validate.go queue xor topic',
    'azureServiceBus',
    { connectionString: secret, topicName: 't', subscriptionName: 's' },
    { connectionString: secret, queueName: 'q', topicName: 't' },
    ['error eventsource.conflicting-fields'],
  ],
  [
    'azureservicebus/validate.go topic needs subscription',
    'azureServiceBus',
    { fullyQualifiedNamespace: 'n', queueName: 'q' },
    { fullyQualifiedNamespace: 'n', topicName: 't' },
    ['error eventsource.missing-field'],
  ],
  // calendar/validate.go and start.go
  [
    'calendar/validate.go schedule or interval',
    'calendar',
    { interval: '10s' },
    {},
    ['error eventsource.missing-field'],
  ],
  [
    'calendar resolveSchedule: no descriptors',
    'calendar',
    { schedule: '0 * * * *' },
    { schedule: '@hourly' },
    ['error eventsource.calendar.invalid-schedule'],
  ],
  [
    'calendar resolveSchedule: five fields',
    'calendar',
    { schedule: 'CRON_TZ=Europe/Paris 30 6 * * mon-fri' },
    { schedule: '0 0 * * * *' },
    ['error eventsource.calendar.invalid-schedule'],
  ],
  [
    'calendar resolveSchedule: ParseDuration',
    'calendar',
    { interval: '1h30m' },
    { interval: '1d' },
    ['error eventsource.invalid-duration'],
  ],
  [
    'calendar start.go LoadLocation',
    'calendar',
    { schedule: '0 0 * * *', timezone: 'America/New_York' },
    { schedule: '0 0 * * *', timezone: 'Mars/Olympus' },
    ['error eventsource.calendar.invalid-timezone'],
  ],
  [
    'calendar start.go ParseExclusionDates',
    'calendar',
    { interval: '1h', exclusionDates: ['EXDATE:20261224T000000Z,20261225T000000Z'] },
    { interval: '1h', exclusionDates: ['EXDATE:2026-12-24'] },
    ['error eventsource.invalid-value'],
  ],
  // file/validate.go and file_config.go WatchPathConfig.Validate
  [
    'file_config.go path or pathRegexp',
    'file',
    { eventType: 'CREATE', watchPathConfig: { directory: '/in/', pathRegexp: '.*\\.csv' } },
    { eventType: 'CREATE', watchPathConfig: { directory: '/in/' } },
    ['error eventsource.missing-field'],
  ],
  [
    'file_config.go absolute directory',
    'file',
    { eventType: 'CREATE', watchPathConfig: { directory: '/in/', path: 'a.txt' } },
    { eventType: 'CREATE', watchPathConfig: { directory: 'in/', path: 'a.txt' } },
    ['error eventsource.invalid-value'],
  ],
  [
    'file_config.go not both',
    'sftp',
    { eventType: 'CREATE', watchPathConfig: { directory: '/in/', path: 'a' } },
    { eventType: 'CREATE', watchPathConfig: { directory: '/in/', path: 'a', pathRegexp: 'b' } },
    ['error eventsource.conflicting-fields'],
  ],
  [
    'file_config.go relative path',
    'sftp',
    { eventType: 'CREATE', watchPathConfig: { directory: '/in/', path: 'a' } },
    { eventType: 'CREATE', watchPathConfig: { directory: '/in/', path: '/in/a' } },
    ['error eventsource.invalid-value'],
  ],
  [
    'file/validate.go eventType',
    'file',
    { eventType: 'WRITE', watchPathConfig: { directory: '/in/', path: 'a' } },
    { watchPathConfig: { directory: '/in/', path: 'a' } },
    ['error eventsource.missing-field'],
  ],
  // hdfs/validate.go
  [
    'hdfs/validate.go NewOp',
    'hdfs',
    { type: 'CREATE|WRITE', directory: '/d/', path: 'a', addresses: ['n:8020'], hdfsUser: 'root' },
    { type: 'created', directory: '/d/', path: 'a', addresses: ['n:8020'], hdfsUser: 'root' },
    ['error eventsource.invalid-value'],
  ],
  [
    'hdfs/validate.go user or kerberos',
    'hdfs',
    {
      type: 'CREATE',
      directory: '/d/',
      path: 'a',
      addresses: ['n:8020'],
      krbCCacheSecret: secret,
      krbServicePrincipalName: 'hdfs/x',
      krbConfigConfigMap: secret,
    },
    { type: 'CREATE', directory: '/d/', path: 'a', addresses: ['n:8020'], krbCCacheSecret: secret },
    ['error eventsource.missing-field', 'error eventsource.missing-field'],
  ],
  [
    'hdfs/validate.go addresses',
    'hdfs',
    { type: 'CREATE', directory: '/d/', path: 'a', addresses: ['n:8020'], hdfsUser: 'u' },
    { type: 'CREATE', directory: '/d/', path: 'a', hdfsUser: 'u' },
    ['error eventsource.missing-field'],
  ],
  // minio/validate.go and start.go
  [
    'minio/validate.go bucket name',
    'minio',
    { endpoint: 'm:9000', bucket: { name: 'b' }, accessKey: secret, secretKey: secret },
    { endpoint: 'm:9000', bucket: {}, accessKey: secret, secretKey: secret },
    ['error eventsource.missing-field'],
  ],
  [
    'minio: MinIO refuses unknown event names',
    'minio',
    {
      endpoint: 'm',
      bucket: { name: 'b' },
      accessKey: secret,
      secretKey: secret,
      events: ['s3:ObjectCreated:Put'],
    },
    {
      endpoint: 'm',
      bucket: { name: 'b' },
      accessKey: secret,
      secretKey: secret,
      events: ['s3:ObjectCreated:Upload'],
    },
    ['error eventsource.invalid-value'],
  ],
  // resource/validate.go and start.go (namespace is not required: a cluster-wide watch)
  [
    'resource/validate.go',
    'resource',
    { version: 'v1', resource: 'nodes', eventTypes: ['ADD'] },
    { version: 'v1', resource: 'nodes' },
    ['error eventsource.missing-field'],
  ],
  [
    'resource/start.go unknown event type',
    'resource',
    { version: 'v1', resource: 'pods', eventTypes: ['UPDATE'] },
    { version: 'v1', resource: 'pods', eventTypes: ['add'] },
    ['error eventsource.invalid-value'],
  ],
  [
    'resource/validate.go selector key',
    'resource',
    {
      version: 'v1',
      resource: 'pods',
      eventTypes: ['ADD'],
      filter: { labels: [{ key: 'app', operation: 'in', value: 'a,b' }] },
    },
    { version: 'v1', resource: 'pods', eventTypes: ['ADD'], filter: { labels: [{ value: 'a' }] } },
    ['error eventsource.missing-field'],
  ],
  [
    'resource/start.go LabelReq operator',
    'resource',
    { version: 'v1', resource: 'pods', eventTypes: ['ADD'], filter: { labels: [{ key: 'app' }] } },
    {
      version: 'v1',
      resource: 'pods',
      eventTypes: ['ADD'],
      filter: { labels: [{ key: 'app', operation: 'like' }] },
    },
    ['error eventsource.invalid-value'],
  ],
  [
    'resource/start.go filterFields operator',
    'resource',
    {
      version: 'v1',
      resource: 'pods',
      eventTypes: ['ADD'],
      filter: { fields: [{ key: 'metadata.name', operation: '==', value: 'x' }] },
    },
    {
      version: 'v1',
      resource: 'pods',
      eventTypes: ['ADD'],
      filter: { fields: [{ key: 'metadata.name', value: 'x' }] },
    },
    ['warning eventsource.resource.field-never-matches'],
  ],
  // generic/validate.go
  [
    'generic/validate.go',
    'generic',
    { url: 'g:50051', config: 'key: value' },
    { url: 'g:50051' },
    ['error eventsource.missing-field'],
  ],
];

describe('per-type EventSource rules (pkg/eventsources/sources/*/validate.go)', () => {
  it('has a rule for each of the 32 types', () => {
    expect(Object.keys(EVENT_RULES).sort()).toEqual([...EVENT_SOURCE_TYPES].sort());
  });

  it.each(CASES)(
    '%s: accepts what upstream accepts, rejects what it rejects',
    (_, type, good, bad, expected) => {
      expect(findings(type, good)).toEqual([]);
      expect(findings(type, bad)).toEqual(expected);
    },
  );

  it('reports at the offending field', () => {
    const text = source('github', { organizations: ['o'], contentType: 'xml', webhook: hook });
    const d = validateText('es.yaml', text).find((x) => x.code === 'eventsource.invalid-value');
    expect(d).toMatchObject({ path: ['spec', 'github', 'ev', 'contentType'], range: { line: 6 } });
    expect(d?.message).toBe('contentType must be "json" or "form" (got "xml")');
  });

  it('warns where the controller accepts what cannot work', () => {
    // calendar: robfig finds no time for 30 February; a zero interval would fire without pause.
    expect(findings('calendar', { schedule: '0 0 30 2 *' })).toEqual([
      'warning eventsource.calendar.never-fires',
    ]);
    expect(findings('calendar', { interval: '0s' })).toEqual([
      'warning eventsource.calendar.never-fires',
    ]);
    // recurrence.go ParseExclusionDates only reads values that start with EXDATE:.
    expect(findings('calendar', { interval: '1h', exclusionDates: ['20261224T000000Z'] })).toEqual([
      'warning eventsource.calendar.exclusion-ignored',
    ]);
    expect(findings('webhook', { ...hook, endpoint: 'x', method: 'POST' })).toEqual([
      'warning eventsource.webhook.invalid-endpoint',
    ]);
    expect(findings('webhook', hook)).toEqual(['warning eventsource.webhook.missing-method']);
  });

  it('needs no method on sources other than webhook (only webhook/start.go compares it)', () => {
    expect(findings('github', { organizations: ['o'], webhook: hook })).toEqual([]);
  });

  it('reads null as not set (what kubectl get -o yaml writes)', () => {
    expect(
      findings('sqs', { region: 'us-east-1', queue: 'q', waitTimeSeconds: null, endpoint: null }),
    ).toEqual([]);
    expect(
      findings('kafka', { url: 'k', topic: 't', partition: '0', tls: null, sasl: null }),
    ).toEqual([]);
  });
});
