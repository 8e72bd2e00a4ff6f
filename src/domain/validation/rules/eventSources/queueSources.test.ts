import { describe } from 'vitest';
import {
  SECRET,
  itAcceptsAndRejects,
  type EventSourceCase,
} from '../../../../test/eventSourceCases';

/** Each row is one rule of pkg/eventsources/sources/<type>/validate.go (or start.go at start-up). */
const CASES: EventSourceCase[] = [
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
    { urlSecret: SECRET, routingKey: 'k', exchangeType: 'fanout' },
    { url: 'amqp://x', urlSecret: SECRET, routingKey: 'k', exchangeType: 'fanout' },
    ['error eventsource.conflicting-fields'],
  ],
  [
    'amqp/validate.go ValidateBasicAuth',
    'amqp',
    {
      url: 'amqp://x',
      routingKey: 'k',
      exchangeType: 'fanout',
      auth: { username: SECRET, password: SECRET },
    },
    { url: 'amqp://x', routingKey: 'k', exchangeType: 'fanout', auth: { username: SECRET } },
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
    { url: 'k', topic: 't', partition: '0', tls: { caCertSecret: SECRET } },
    { url: 'k', topic: 't', partition: '0', tls: { clientCertSecret: SECRET } },
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
      sasl: { mechanism: 'SCRAM-SHA-512', userSecret: SECRET, passwordSecret: SECRET },
    },
    {
      url: 'k',
      topic: 't',
      partition: '0',
      sasl: { mechanism: 'MD5', userSecret: SECRET, passwordSecret: SECRET },
    },
    ['error eventsource.invalid-value'],
  ],
  [
    'v1alpha1/validate.go ValidateSASLConfig secrets',
    'kafka',
    { url: 'k', topic: 't', partition: '0', sasl: { userSecret: SECRET, passwordSecret: SECRET } },
    { url: 'k', topic: 't', partition: '0', sasl: { userSecret: SECRET } },
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
    { hostAddress: 'r:6379', channels: ['c'], password: SECRET, namespace: 'argo-events' },
    { hostAddress: 'r:6379', channels: ['c'], password: SECRET },
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
    { fqdn: 'f', hubName: 'h', sharedAccessKey: SECRET },
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
    { connectionString: SECRET, topicName: 't', subscriptionName: 's' },
    { connectionString: SECRET, queueName: 'q', topicName: 't' },
    ['error eventsource.conflicting-fields'],
  ],
  [
    'azureservicebus/validate.go topic needs subscription',
    'azureServiceBus',
    { fullyQualifiedNamespace: 'n', queueName: 'q' },
    { fullyQualifiedNamespace: 'n', topicName: 't' },
    ['error eventsource.missing-field'],
  ],
];

describe('Sources that consume a broker or queue (amqp/validate.go, kafka/validate.go, …)', () => {
  itAcceptsAndRejects(CASES);
});
