/** One of the module's review questions, asked as multiple choice; `answer` is the module's own answer. */
export interface QuizQuestion {
  id: string;
  question: string;
  choices: readonly string[];
  /** Index into `choices`. */
  correct: number;
  answer: string;
}

/** The seven questions of the Argo Events module, in its order. */
export const QUIZ: readonly QuizQuestion[] = [
  {
    id: 'order',
    question: 'What are the four Argo Events building blocks in order of data flow?',
    choices: [
      'Sensor → EventBus → EventSource → Trigger',
      'EventSource → EventBus → Sensor → Trigger',
      'EventBus → EventSource → Trigger → Sensor',
      'EventSource → Sensor → EventBus → Trigger',
    ],
    correct: 1,
    answer:
      'EventSource, EventBus, Sensor, Trigger. The trigger is declared inside the Sensor (it is not a CRD of its own), but events flow EventSource → EventBus → Sensor → trigger action.',
  },
  {
    id: 'bus',
    question: 'What is the recommended EventBus backend, and what technology does it use?',
    choices: [
      'STAN, built on NATS Streaming',
      'Kafka, built on Apache Kafka',
      'JetStream, built on NATS',
      'Redis Streams',
    ],
    correct: 2,
    answer:
      'JetStream, built on NATS: at-least-once delivery with persistence. STAN (NATS Streaming) is deprecated.',
  },
  {
    id: 'and',
    question:
      'How do you make a Sensor trigger only when events from two different EventSources BOTH arrive?',
    choices: [
      'Create two Sensors and chain them with an HTTP trigger',
      'List both as dependencies of the Sensor: dependencies are combined with AND by default (or write conditions: "dep-one && dep-two")',
      'Put both event names in one dependency separated by a comma',
      'Set eventBusName to the same bus on both EventSources',
    ],
    correct: 1,
    answer:
      'List both as dependencies in the Sensor spec. All dependencies are ANDed by default: the trigger fires only when every dependency is satisfied. The conditions field can say it explicitly: "dep-one && dep-two".',
  },
  {
    id: 'exposed',
    question:
      'A GitHub EventSource is deployed but events never reach the Sensor. The EventBus pods are running. What is the most likely issue?',
    choices: [
      'The Sensor has no trigger',
      'The EventBus is not named default',
      "The EventSource's webhook port is not reachable from the internet: no Service, Ingress or external URL routes GitHub to it",
      'GitHub does not send push events to webhooks',
    ],
    correct: 2,
    answer:
      "The EventSource pod's webhook port is not exposed. GitHub cannot deliver to a pod with no Service, Ingress or external URL: check that webhook.url is reachable from GitHub and that a Service or Ingress routes to the right port.",
  },
  {
    id: 'sha',
    question:
      'How do you pass the Git commit SHA from a GitHub push event into an Argo Workflow parameter?',
    choices: [
      'A trigger parameter with src.dependencyName set to the dependency, src.dataKey: body.after, and dest: spec.arguments.parameters.0.value',
      'An environment variable GITHUB_SHA in the Workflow',
      'A data filter on body.after',
      'A template string {{ .Input.body.after }} in the Workflow',
    ],
    correct: 0,
    answer:
      "In the trigger's parameters: src.dependencyName is the dependency's name, src.dataKey is body.after (the new SHA in a GitHub push payload), and dest is the path in the Workflow, e.g. spec.arguments.parameters.0.value.",
  },
  {
    id: 'scope',
    question:
      'What is the scope of an EventBus? Can events published in namespace A be consumed by a Sensor in namespace B?',
    choices: [
      'Cluster-wide: every Sensor sees every event',
      'Namespace-scoped: only Sensors in namespace A see them; across namespaces use an external broker (e.g. Kafka) or HTTP triggers',
      'Namespace-scoped, but a Sensor can set eventBusName: A/default to read another namespace',
      'It depends on the JetStream version',
    ],
    correct: 1,
    answer:
      'The EventBus is namespace-scoped: events on the bus in namespace A reach only Sensors in namespace A. Cross-namespace delivery is not supported by default; use an external broker such as Kafka, or HTTP triggers between namespaces.',
  },
  {
    id: 'main',
    question:
      'You want a Sensor to fire on GitHub push events, but ONLY for pushes to the main branch. Which filter do you use?',
    choices: [
      'A time filter',
      'A context filter on type: main',
      'A data filter on the dependency: path body.ref, type string, value "refs/heads/main"',
      'conditions: "main"',
    ],
    correct: 2,
    answer:
      'A data filter on the dependency: path: body.ref, type: string, value: ["refs/heads/main"]. Only events whose body.ref equals refs/heads/main pass.',
  },
];
