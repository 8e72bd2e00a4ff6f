/** EventBus kinds (`spec.<kind>`, exactly one per bus; SEMANTICS §6.3). */
export const EVENT_BUS_KINDS = ['jetstream', 'jetstreamExotic', 'nats', 'kafka'] as const;

type EventBusKind = (typeof EVENT_BUS_KINDS)[number];

export interface EventBusKindInfo {
  kind: EventBusKind;
  label: string;
  iconId: string;
  docUrl: string;
  deprecated: boolean;
  defaultSpec: Record<string, unknown>;
}

const DOCS = 'https://argoproj.github.io/argo-events/eventbus';

export const EVENT_BUS_CATALOG: readonly EventBusKindInfo[] = [
  {
    kind: 'jetstream',
    label: 'NATS JetStream',
    iconId: 'jetstream',
    docUrl: `${DOCS}/jetstream/`,
    deprecated: false,
    defaultSpec: { version: 'latest', replicas: 3 },
  },
  {
    kind: 'jetstreamExotic',
    label: 'External JetStream',
    iconId: 'jetstream',
    docUrl: `${DOCS}/jetstream/`,
    deprecated: false,
    defaultSpec: {
      url: 'nats://nats.example.svc:4222',
      accessSecret: { name: 'jetstream-access', key: 'credential' },
    },
  },
  {
    kind: 'nats',
    label: 'NATS Streaming (deprecated)',
    iconId: 'nats',
    docUrl: `${DOCS}/stan/`,
    deprecated: true,
    defaultSpec: { native: { replicas: 3, auth: 'token' } },
  },
  {
    kind: 'kafka',
    label: 'Kafka',
    iconId: 'kafka',
    docUrl: `${DOCS}/kafka/`,
    deprecated: false,
    defaultSpec: { url: 'kafka.argo-events.svc:9092', topic: 'argo-events' },
  },
];

export function lookupEventBusKind(kind: string): EventBusKindInfo | undefined {
  return EVENT_BUS_CATALOG.find((k) => k.kind === kind);
}
