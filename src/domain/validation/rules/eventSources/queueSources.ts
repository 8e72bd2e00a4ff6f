import { quote } from '../../ruleKit';
import { checkBasicAuth, checkSasl, checkTls } from './connectionChecks';
import type { FieldCheck } from '../../fieldCheck';

/**
 * Sources that consume a broker, queue or stream: each mirrors
 * `pkg/eventsources/sources/<type>/validate.go`. Upstream returns at the first TLS finding and skips
 * the checks after it; here every check runs (what it skips fails when the pod connects).
 */
export const QUEUE_SOURCE_RULES: Readonly<Record<string, (e: FieldCheck) => void>> = {
  // amqp/validate.go (exchangeName is not required).
  amqp: (e) => {
    if (!e.filled('url') && !e.has('urlSecret')) e.need('url or urlSecret');
    if (e.filled('url') && e.has('urlSecret'))
      e.conflict('set url or urlSecret, not both', 'urlSecret');
    e.needAll('routingKey', 'exchangeType');
    checkTls(e);
    checkBasicAuth(e);
  },

  // kafka/validate.go
  kafka: (e) => {
    e.needAll('url', 'topic');
    if (!e.filled('partition') && !e.has('consumerGroup'))
      e.need('consumerGroup or partition', 'it reads either as a consumer group or one partition');
    checkTls(e);
    checkSasl(e);
    if (e.has('awsMskIamAuth') && !e.filled('awsMskIamAuth.region'))
      e.need('awsMskIamAuth.region', '', ['awsMskIamAuth']);
  },

  // mqtt/validate.go
  mqtt: (e) => {
    e.needAll('url', 'topic', 'clientId');
    checkTls(e);
    checkBasicAuth(e);
  },

  // nats/validate.go
  nats: (e) => {
    e.needAll('url', 'subject');
    checkTls(e);
    if (e.has('queue') && e.str('queue') === '')
      e.invalid(
        'queue',
        'queue (the queue group) cannot be empty when it is set; remove it or name the group',
      );
  },

  // nsq/validate.go
  nsq: (e) => {
    e.needAll('hostAddress', 'topic', 'channel');
    checkTls(e);
  },

  // pulsar/validate.go: the type is checked even when absent, although the API docs say it
  // defaults to exclusive.
  pulsar: (e) => {
    if (!e.has('topics')) e.need('topics');
    e.needAll('url');
    const type = e.str('type');
    if (type !== 'exclusive' && type !== 'shared') {
      if (e.has('type'))
        e.invalid('type', `the subscription type must be exclusive or shared (got ${quote(type)})`);
      else
        e.need(
          'type: exclusive or shared',
          'the controller refuses a pulsar event without a subscription type',
        );
    }
  },

  // redis/validate.go
  redis: (e) => {
    e.needAll('hostAddress');
    if (!e.has('channels')) e.need('channels');
    if (e.has('password') && !e.filled('namespace'))
      e.need('namespace', 'the namespace to read the password Secret from, as password is set');
    checkTls(e);
  },

  // redis_stream/validate.go
  redisStream: (e) => {
    e.needAll('hostAddress');
    if (!e.has('streams')) e.need('streams');
    checkTls(e);
  },

  // emitter/validate.go (channelKey is a plain string there).
  emitter: (e) => {
    e.needAll('broker', 'channelName', 'channelKey');
    checkTls(e);
  },

  // alibabacloudmns/validate.go
  mns: (e) => e.needAll('queue', 'endpoint'),

  // awssqs/validate.go (waitTimeSeconds is not required).
  sqs: (e) => e.needAll('region', 'queue'),

  // gcppubsub/validate.go
  pubSub: (e) => {
    if (e.filled('topicProjectID') && !e.filled('topic'))
      e.need('topic', 'topicProjectID is set, which names the project of the topic');
    if (!e.filled('topic') && !e.filled('subscriptionID')) e.need('topic or subscriptionID');
  },

  // azureeventshub/validate.go
  azureEventsHub: (e) => {
    e.needAll('fqdn', 'hubName');
    if (e.has('sharedAccessKey') !== e.has('sharedAccessKeyName'))
      e.need(
        e.has('sharedAccessKey') ? 'sharedAccessKeyName' : 'sharedAccessKey',
        'sharedAccessKey and sharedAccessKeyName are set together',
      );
  },

  // azurequeuestorage/validate.go
  azureQueueStorage: (e) => {
    if (!e.has('connectionString') && !e.filled('storageAccountName'))
      e.need('connectionString or storageAccountName');
    e.needAll('queueName');
  },

  // azureservicebus/validate.go
  azureServiceBus: (e) => {
    if (!e.has('connectionString') && !e.filled('fullyQualifiedNamespace'))
      e.need('connectionString or fullyQualifiedNamespace');
    const queue = e.filled('queueName');
    const topic = e.filled('topicName');
    const subscription = e.filled('subscriptionName');
    if (queue && (topic || subscription))
      e.conflict(
        'set queueName, or topicName with subscriptionName, not both',
        topic ? 'topicName' : 'subscriptionName',
      );
    else if (!queue && !topic && !subscription)
      e.need('queueName, or topicName and subscriptionName');
    else if (topic !== subscription)
      e.need(
        topic ? 'subscriptionName' : 'topicName',
        'topicName and subscriptionName are set together',
      );
  },
};
