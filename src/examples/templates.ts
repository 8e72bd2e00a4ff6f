import type { DesignFile } from '../domain/design/design';
import { parseScenarioFile, type Scenario } from '../domain/scenario/scenario';
import seed from './seed-build-pipeline.yaml?raw';
import seedScenarios from './seed-build-pipeline.scenarios.yaml?raw';
import github from './github-push-build.yaml?raw';
import githubScenarios from './github-push-build.scenarios.yaml?raw';
import minio from './minio-csv-pipeline.yaml?raw';
import minioScenarios from './minio-csv-pipeline.scenarios.yaml?raw';
import calendar from './calendar-nightly-cleanup.yaml?raw';
import calendarScenarios from './calendar-nightly-cleanup.scenarios.yaml?raw';
import andOr from './two-sources-and-or.yaml?raw';
import andOrScenarios from './two-sources-and-or.scenarios.yaml?raw';
import http from './webhook-http.yaml?raw';
import httpScenarios from './webhook-http.scenarios.yaml?raw';
import kafka from './kafka-k8s-resource.yaml?raw';
import kafkaScenarios from './kafka-k8s-resource.scenarios.yaml?raw';
import retry from './http-retry-dead-letter.yaml?raw';
import retryScenarios from './http-retry-dead-letter.scenarios.yaml?raw';
import log from './log-raw-events.yaml?raw';
import logScenarios from './log-raw-events.scenarios.yaml?raw';

/** A shipped design: the templates gallery, `?example=<id>` links and the e2e seeds read this list. */
export interface Example {
  id: string;
  title: string;
  description: string;
  files: DesignFile[];
  /** Its test scenarios (run by `npm test` through `eventflow test src/examples`). */
  scenarios: Scenario[];
}

function scenariosOf(text: string): Scenario[] {
  const parsed = parseScenarioFile(text);
  if (!parsed.ok)
    throw new Error(
      `shipped scenarios do not parse: ${parsed.problems.map((p) => `${p.line}:${p.col} ${p.message}`).join('; ')}`,
    );
  return parsed.file.scenarios;
}

const example = (
  id: string,
  title: string,
  description: string,
  file: string,
  text: string,
  scenarios: string,
): Example => ({
  id,
  title,
  description,
  files: [{ path: file, text }],
  scenarios: scenariosOf(scenarios),
});

export const EXAMPLES: readonly Example[] = [
  example(
    'build-pipeline',
    'Event-driven build pipeline',
    'The hands-on exercise: a POST to /build submits a Workflow that prints the project name.',
    'build-pipeline.yaml',
    seed,
    seedScenarios,
  ),
  example(
    'github-push-build',
    'GitHub push → build',
    'Pushes to main build the pushed commit (body.after); other branches are filtered out.',
    'github-push-build.yaml',
    github,
    githubScenarios,
  ),
  example(
    'minio-csv-pipeline',
    'S3/MinIO .csv upload → pipeline',
    'A new .csv in the bucket starts a Workflow with the object key.',
    'minio-csv-pipeline.yaml',
    minio,
    minioScenarios,
  ),
  example(
    'calendar-nightly-cleanup',
    'Nightly cleanup at 02:00 UTC',
    'A calendar source submits the WorkflowTemplate "cleanup" every night.',
    'calendar-nightly-cleanup.yaml',
    calendar,
    calendarScenarios,
  ),
  example(
    'two-sources-and-or',
    'Two sources: AND and OR',
    'Release when tests AND scan report; notify when either does.',
    'two-sources-and-or.yaml',
    andOr,
    andOrScenarios,
  ),
  example(
    'webhook-http',
    'Webhook → HTTP request',
    'Forward each request to another service with fields from the body.',
    'webhook-http.yaml',
    http,
    httpScenarios,
  ),
  example(
    'http-retry-dead-letter',
    'HTTP with retries and a dead-letter trigger',
    'A call that must not be lost: atLeastOnce, three attempts with backoff, only 2xx counts, then a dead-letter trigger.',
    'http-retry-dead-letter.yaml',
    retry,
    retryScenarios,
  ),
  example(
    'kafka-k8s-resource',
    'Kafka → Kubernetes resource',
    'Each order message creates a ConfigMap from its fields.',
    'kafka-k8s-resource.yaml',
    kafka,
    kafkaScenarios,
  ),
  example(
    'log-raw-events',
    'Log trigger: see raw events',
    'Print every event to learn its shape before writing filters.',
    'log-raw-events.yaml',
    log,
    logScenarios,
  ),
];

export const SEED_EXAMPLE_ID = 'build-pipeline';

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
