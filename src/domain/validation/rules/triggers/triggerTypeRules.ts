import type { TriggerType } from '../../../catalog/triggerTypes';
import type { FieldCheck } from '../../fieldCheck';
import { obj, present, text } from '../../ruleKit';
import { checkTls } from '../eventSources/connectionChecks';

const K8S_OPERATIONS = ['', 'create', 'update', 'patch', 'delete'];
const WORKFLOW_OPERATIONS = [
  'submit',
  'submit-from',
  'resubmit',
  'retry',
  'resume',
  'suspend',
  'terminate',
  'stop',
];
const HTTP_METHODS = ['', 'GET', 'DELETE', 'PATCH', 'POST', 'PUT'];
const SOURCE_KINDS = ['resource', 'inline', 'configmap', 'file', 'url', 'git', 's3'];

/** Types whose `parameters` the controller checks (validateTriggerParameter); others fail when fired. */
export const PARAMETERS_VALIDATED: ReadonlySet<string> = new Set([
  'k8s',
  'argoWorkflow',
  'http',
  'awsLambda',
  'slack',
  'openWhisk',
  'custom',
  'email',
]);
/** Types whose `payload` the controller checks; an http payload may leave `dest` empty. */
export const PAYLOAD_VALIDATED: ReadonlySet<string> = new Set([
  'http',
  'awsLambda',
  'kafka',
  'nats',
  'openWhisk',
]);

/**
 * The controller's rule for each trigger type that is present in a template
 * (pkg/reconciler/sensor/validate.go validateTriggerTemplate: every set type is checked, not only
 * the one that runs). Types the controller does not check (azureEventHubs, azureServiceBus, pulsar,
 * log) get warnings for what their trigger needs when it fires (pkg/sensors/triggers/<type>).
 */
export const TRIGGER_TYPE_RULES: Readonly<Record<TriggerType, (t: FieldCheck) => void>> = {
  // validateK8STrigger
  k8s: (t) => {
    checkSource(t);
    const op = t.value('operation');
    if (present(op) && !K8S_OPERATIONS.includes(text(op)))
      t.invalid(
        'operation',
        `k8s operation must be create, update, patch or delete (got ${JSON.stringify(op)})`,
        'sensor.trigger.invalid-operation',
      );
  },
  // validateArgoWorkflowTrigger: the operation has no default there.
  argoWorkflow: (t) => {
    checkSource(t);
    const op = t.str('operation');
    if (op === '')
      t.report(
        'sensor.trigger.missing-operation',
        'error',
        `${t.subject} needs an operation written out (e.g. operation: submit); the controller rejects an empty one`,
      );
    else if (!WORKFLOW_OPERATIONS.includes(op))
      t.invalid(
        'operation',
        `argoWorkflow operation must be one of ${WORKFLOW_OPERATIONS.join(', ')} (got ${JSON.stringify(t.value('operation'))})`,
        'sensor.trigger.invalid-operation',
      );
  },
  // validateHTTPTrigger; `serverURL` is the field's old name (sensor.trigger.renamed-field explains it).
  http: (t) => {
    if (!t.filled('url') && !t.filled('serverURL')) t.need('url');
    const method = t.value('method');
    if (present(method) && !HTTP_METHODS.includes(text(method)))
      t.invalid(
        'method',
        `the http method must be GET, DELETE, PATCH, POST or PUT, in capitals (got ${JSON.stringify(method)})`,
      );
    checkTls(t, 'tls', 'warning');
  },
  // validateAWSLambdaTrigger
  awsLambda: (t) => {
    t.needAll('functionName', 'region');
    needPayload(t);
  },
  // validateKafkaTrigger
  kafka: (t) => {
    t.needAll('url', 'topic');
    needPayload(t);
    checkTls(t, 'tls', 'warning');
  },
  // validateNATSTrigger
  nats: (t) => {
    t.needAll('url', 'subject');
    needPayload(t);
    checkTls(t, 'tls', 'warning');
  },
  // validateSlackTrigger
  slack: (t) => {
    if (!t.has('slackToken')) t.need('slackToken', 'a Secret reference to the Slack token');
  },
  // validateOpenWhiskTrigger
  openWhisk: (t) => {
    t.needAll('actionName', 'host');
    const token = obj(t.value('authToken'));
    if (token && (text(token.name) === '' || text(token.key) === ''))
      t.need('authToken.name and authToken.key', 'authToken is set', ['authToken']);
    needPayload(t);
  },
  // validateCustomTrigger
  custom: (t) => {
    t.needAll('serverURL');
    if (!t.has('spec')) t.need('spec', 'the body sent to the custom trigger server');
    if (t.value('secure') === true && !t.has('certSecret'))
      t.need('certSecret', 'secure: true connects to the trigger server with that certificate');
  },
  // validateEmailTrigger
  email: (t) => {
    t.needAll('host');
    const port = t.value('port');
    if (typeof port === 'number' && (port < 0 || port > 65535))
      t.invalid('port', `port ${port} is not between 0 and 65535`);
  },
  // Not checked by the controller; NewAzureEventHubsTrigger reads all four when it fires.
  azureEventHubs: (t) => {
    for (const f of ['fqdn', 'hubName'])
      if (!t.filled(f)) t.need(f, FAILS_WHEN_FIRED, [], 'warning');
    for (const f of ['sharedAccessKeyName', 'sharedAccessKey'])
      if (!t.has(f)) t.need(f, FAILS_WHEN_FIRED, [], 'warning');
  },
  // Not checked by the controller; NewAzureServiceBusTrigger needs these when it fires.
  azureServiceBus: (t) => {
    if (!t.has('connectionString')) t.need('connectionString', FAILS_WHEN_FIRED, [], 'warning');
    if (!t.filled('queueName') && !t.filled('topicName'))
      t.need('queueName or topicName', FAILS_WHEN_FIRED, [], 'warning');
    checkTls(t, 'tls', 'warning');
  },
  // Not checked by the controller; NewPulsarTrigger connects to url and produces to topic.
  pulsar: (t) => {
    for (const f of ['url', 'topic']) if (!t.filled(f)) t.need(f, FAILS_WHEN_FIRED, [], 'warning');
    checkTls(t, 'tls', 'warning');
  },
  log: () => {},
};

const FAILS_WHEN_FIRED = 'the controller accepts the trigger, but it fails each time it fires';

/** `source` must be there (the controller: "does not contain an absolute action"). */
function checkSource(t: FieldCheck): void {
  const source = obj(t.value('source'));
  if (!source) {
    t.report(
      'sensor.trigger.missing-source',
      'error',
      `${t.subject} needs a source: one of ${SOURCE_KINDS.join(', ')}`,
    );
    return;
  }
  if (!SOURCE_KINDS.some((k) => present(source[k])))
    t.report(
      'sensor.trigger.empty-source',
      'warning',
      `${t.subject} has an empty source: the controller accepts it, but the trigger finds no object to ${t.type === 'argoWorkflow' ? 'submit' : 'create'} when it fires; set one of ${SOURCE_KINDS.join(', ')}`,
      ['source'],
      'key',
    );
}

/** The controller needs the payload list to be there, even empty (`payload: []`). */
function needPayload(t: FieldCheck): void {
  if (!Array.isArray(t.value('payload')))
    t.need('a payload list', `it may be empty (payload: []), but the controller needs it written`);
}
