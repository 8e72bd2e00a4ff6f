/**
 * Trigger types (`template.<key>`), in the order the controller picks one when a template sets
 * several (SEMANTICS §5 "Selection", §6.2).
 */
export const TRIGGER_TYPES = [
  'k8s',
  'argoWorkflow',
  'http',
  'awsLambda',
  'azureEventHubs',
  'azureServiceBus',
  'kafka',
  'pulsar',
  'nats',
  'slack',
  'openWhisk',
  'custom',
  'log',
  'email',
] as const;

export type TriggerType = (typeof TRIGGER_TYPES)[number];

export interface TriggerTypeInfo {
  type: TriggerType;
  label: string;
  iconId: string;
  docUrl: string;
  /** Where parameters write: the fetched resource, the trigger's own spec, or a payload built from nothing. */
  parameterTarget: 'resource' | 'spec' | 'payload';
  /** The simulator renders this trigger's effect but a real one would call an outside system. */
  external: boolean;
  /** A template body that passes validation; credentials are Secret references. */
  defaultSpec: Record<string, unknown>;
}

const DOCS = 'https://argoproj.github.io/argo-events/sensors/triggers';
const secret = (name: string, key: string) => ({ name, key });
const payload = [{ src: { dependencyName: 'example-dep', dataKey: 'body' }, dest: 'event' }];

type Row = Omit<TriggerTypeInfo, 'type' | 'iconId'> & { iconId?: string };

const ROWS: Record<TriggerType, Row> = {
  k8s: {
    label: 'Kubernetes object',
    iconId: 'kubernetes',
    docUrl: `${DOCS}/k8s-object-trigger/`,
    parameterTarget: 'resource',
    external: false,
    defaultSpec: {
      operation: 'create',
      source: {
        resource: {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { generateName: 'event-pod-' },
          spec: {
            restartPolicy: 'Never',
            containers: [{ name: 'main', image: 'alpine:3.19', command: ['echo', 'hello'] }],
          },
        },
      },
    },
  },
  // The default Workflow is the training module's hands-on one: it prints the message it is given.
  argoWorkflow: {
    label: 'Argo Workflow',
    iconId: 'argo',
    docUrl: `${DOCS}/argo-workflow/`,
    parameterTarget: 'resource',
    external: false,
    defaultSpec: {
      operation: 'submit',
      source: {
        resource: {
          apiVersion: 'argoproj.io/v1alpha1',
          kind: 'Workflow',
          metadata: { generateName: 'event-' },
          spec: {
            entrypoint: 'print-event',
            arguments: { parameters: [{ name: 'message' }] },
            templates: [
              {
                name: 'print-event',
                inputs: { parameters: [{ name: 'message' }] },
                container: {
                  image: 'alpine:3.19',
                  command: ['sh', '-c'],
                  args: ['echo "Received event data:" && echo "{{inputs.parameters.message}}"'],
                },
              },
            ],
          },
        },
      },
    },
  },
  http: {
    label: 'HTTP request',
    docUrl: `${DOCS}/http-trigger/`,
    parameterTarget: 'spec',
    external: true,
    defaultSpec: {
      url: 'https://example.com/hooks/event',
      method: 'POST',
      payload,
      headers: { 'Content-Type': 'application/json' },
      timeout: 10,
    },
  },
  awsLambda: {
    label: 'AWS Lambda',
    iconId: 'aws',
    docUrl: `${DOCS}/aws-lambda/`,
    parameterTarget: 'payload',
    external: true,
    defaultSpec: {
      functionName: 'handle-event',
      region: 'us-east-1',
      accessKey: secret('aws-secret', 'accesskey'),
      secretKey: secret('aws-secret', 'secretkey'),
      payload,
    },
  },
  azureEventHubs: {
    label: 'Azure Event Hubs',
    iconId: 'azureeventshub',
    docUrl: `${DOCS}/azure-event-hubs/`,
    parameterTarget: 'payload',
    external: true,
    defaultSpec: {
      fqdn: 'example.servicebus.windows.net',
      hubName: 'events',
      sharedAccessKeyName: secret('azure-event-hubs', 'keyname'),
      sharedAccessKey: secret('azure-event-hubs', 'key'),
      payload,
    },
  },
  azureServiceBus: {
    label: 'Azure Service Bus',
    iconId: 'azureservicebus',
    docUrl: `${DOCS}/azure-service-bus/`,
    parameterTarget: 'payload',
    external: true,
    defaultSpec: {
      connectionString: secret('azure-service-bus', 'connectionstring'),
      queueName: 'events',
      payload,
    },
  },
  kafka: {
    label: 'Kafka message',
    docUrl: `${DOCS}/kafka-trigger/`,
    parameterTarget: 'payload',
    external: true,
    defaultSpec: { url: 'kafka.argo-events.svc:9092', topic: 'events', partition: 0, payload },
  },
  pulsar: {
    label: 'Pulsar message',
    docUrl: `${DOCS}/pulsar-trigger/`,
    parameterTarget: 'payload',
    external: true,
    defaultSpec: { url: 'pulsar://pulsar.argo-events.svc:6650', topic: 'events', payload },
  },
  nats: {
    label: 'NATS message',
    docUrl: `${DOCS}/nats-trigger/`,
    parameterTarget: 'payload',
    external: true,
    defaultSpec: { url: 'nats://nats.argo-events.svc:4222', subject: 'events', payload },
  },
  slack: {
    label: 'Slack message',
    docUrl: `${DOCS}/slack-trigger/`,
    parameterTarget: 'spec',
    external: true,
    defaultSpec: {
      slackToken: secret('slack-secret', 'token'),
      channel: 'general',
      message: 'An event arrived',
    },
  },
  openWhisk: {
    label: 'OpenWhisk action',
    iconId: 'openwhisk',
    docUrl: `${DOCS}/open-whisk-trigger/`,
    parameterTarget: 'payload',
    external: true,
    defaultSpec: {
      host: 'openwhisk.example.com',
      actionName: 'handle-event',
      namespace: '_',
      authToken: secret('openwhisk', 'token'),
      payload,
    },
  },
  custom: {
    label: 'Custom trigger',
    docUrl: `${DOCS}/build-your-own-trigger/`,
    parameterTarget: 'payload',
    external: true,
    defaultSpec: {
      serverURL: 'custom-trigger.argo-events.svc:9000',
      secure: false,
      spec: { key: 'value' },
      payload,
    },
  },
  log: {
    label: 'Log',
    docUrl: `${DOCS}/log/`,
    parameterTarget: 'spec',
    external: false,
    defaultSpec: { intervalSeconds: 0 },
  },
  email: {
    label: 'Email',
    docUrl: `${DOCS}/email-trigger/`,
    parameterTarget: 'spec',
    external: true,
    defaultSpec: {
      host: 'smtp.example.com',
      port: 587,
      username: 'argo-events',
      smtpPassword: secret('smtp-secret', 'password'),
      to: ['team@example.com'],
      from: 'argo-events@example.com',
      subject: 'Event received',
      body: 'An event arrived',
    },
  },
};

export const TRIGGER_CATALOG: readonly TriggerTypeInfo[] = TRIGGER_TYPES.map((type) => ({
  ...ROWS[type],
  type,
  iconId: ROWS[type].iconId ?? type.toLowerCase(),
}));

const BY_TYPE = new Map<string, TriggerTypeInfo>(TRIGGER_CATALOG.map((i) => [i.type, i]));

export function lookupTriggerType(type: string): TriggerTypeInfo | undefined {
  return BY_TYPE.get(type);
}
