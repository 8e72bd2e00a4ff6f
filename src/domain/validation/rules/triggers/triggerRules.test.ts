import { describe, expect, it } from 'vitest';
import { TRIGGER_TYPES } from '../../../catalog/triggerTypes';
import { BUS, WEBHOOK_SOURCE, design } from '../../../../test/builders';
import { validateText } from '../../validate';
import { TRIGGER_TYPE_RULES } from './triggerTypeRules';

const secret = { name: 's', key: 'k' };
const param = { src: { dependencyName: 'd', dataKey: 'body' }, dest: 'x' };
const sensor = (triggers: unknown[]) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Sensor\nmetadata: {name: s}\nspec:\n  dependencies:\n    - {name: d, eventSourceName: webhook, eventName: build}\n  triggers: ${JSON.stringify(triggers)}\n`;
const findings = (triggers: unknown[]) =>
  validateText('s.yaml', design(BUS, WEBHOOK_SOURCE, sensor(triggers)))
    .filter((d) => d.code.startsWith('sensor.'))
    .map((d) => `${d.severity} ${d.code}`);
/** A trigger whose template sets `type: spec`, plus any trigger-level options. */
const t = (type: string, spec: unknown, options: Record<string, unknown> = {}) => ({
  template: { name: 't', [type]: spec },
  ...options,
});

/** [upstream function of pkg/reconciler/sensor/validate.go, accepted trigger, rejected trigger, findings]. */
const CASES: [string, unknown, unknown, string[]][] = [
  [
    'validateK8STrigger source',
    t('k8s', { source: { resource: {} } }),
    t('k8s', {}),
    ['error sensor.trigger.missing-source'],
  ],
  [
    'validateK8STrigger operation',
    t('k8s', { operation: 'patch', source: { resource: {} } }),
    t('k8s', { operation: 'apply', source: { resource: {} } }),
    ['error sensor.trigger.invalid-operation'],
  ],
  [
    'validateArgoWorkflowTrigger operation',
    t('argoWorkflow', { operation: 'resubmit', source: { resource: {} } }),
    t('argoWorkflow', { source: { resource: {} } }),
    ['error sensor.trigger.missing-operation'],
  ],
  [
    'validateHTTPTrigger url',
    t('http', { url: 'http://x' }),
    t('http', {}),
    ['error sensor.trigger.missing-field'],
  ],
  [
    'validateHTTPTrigger method',
    t('http', { url: 'http://x', method: 'PATCH' }),
    t('http', { url: 'http://x', method: 'HEAD' }),
    ['error sensor.trigger.invalid-value'],
  ],
  [
    'validateHTTPTrigger payload dest optional',
    t('http', { url: 'http://x', payload: [{ src: { dependencyName: 'd' } }] }),
    t('http', { url: 'http://x', payload: [{ dest: 'x' }] }),
    ['error sensor.parameter.missing-src'],
  ],
  [
    'validateAWSLambdaTrigger',
    t('awsLambda', { functionName: 'f', region: 'r', payload: [] }),
    t('awsLambda', { functionName: 'f', region: 'r' }),
    ['error sensor.trigger.missing-field'],
  ],
  [
    'validateKafkaTrigger',
    t('kafka', { url: 'k', topic: 't', payload: [] }),
    t('kafka', { url: 'k', payload: [] }),
    ['error sensor.trigger.missing-field'],
  ],
  [
    'validateNATSTrigger',
    t('nats', { url: 'n', subject: 's', payload: [param] }),
    t('nats', { url: 'n', subject: 's' }),
    ['error sensor.trigger.missing-field'],
  ],
  [
    'validateSlackTrigger',
    t('slack', { slackToken: secret }),
    t('slack', { channel: 'c' }),
    ['error sensor.trigger.missing-field'],
  ],
  [
    'validateOpenWhiskTrigger authToken',
    t('openWhisk', { actionName: 'a', host: 'h', payload: [], authToken: secret }),
    t('openWhisk', { actionName: 'a', host: 'h', payload: [], authToken: { name: 's' } }),
    ['error sensor.trigger.missing-field'],
  ],
  [
    'validateCustomTrigger certSecret',
    t('custom', { serverURL: 'c:9000', spec: {}, secure: true, certSecret: secret }),
    t('custom', { serverURL: 'c:9000', spec: {}, secure: true }),
    ['error sensor.trigger.missing-field'],
  ],
  [
    'validateCustomTrigger spec',
    t('custom', { serverURL: 'c:9000', spec: { a: 1 } }),
    t('custom', { serverURL: 'c:9000' }),
    ['error sensor.trigger.missing-field'],
  ],
  [
    'validateEmailTrigger port',
    t('email', { host: 'smtp', port: 587 }),
    t('email', { host: 'smtp', port: 70000 }),
    ['error sensor.trigger.invalid-value'],
  ],
  [
    'validateEmailTrigger host',
    t('email', { host: 'smtp', port: 0 }),
    t('email', { port: 25 }),
    ['error sensor.trigger.missing-field'],
  ],
  [
    'validateTriggerTemplate checks every set type',
    t('log', {}),
    { template: { name: 't', log: {}, http: {} } },
    ['warning sensor.trigger.multiple-types', 'error sensor.trigger.missing-field'],
  ],
  [
    'validateTriggerTemplate name of a dlqTrigger',
    t(
      'log',
      {},
      { atLeastOnce: true, dlqTrigger: { atLeastOnce: true, template: { name: 'dlq', log: {} } } },
    ),
    t('log', {}, { atLeastOnce: true, dlqTrigger: { atLeastOnce: true, template: { log: {} } } }),
    ['error sensor.trigger.missing-name'],
  ],
  [
    'validateDlqTrigger validates the dlqTrigger as a trigger',
    t(
      'log',
      {},
      {
        atLeastOnce: true,
        dlqTrigger: { atLeastOnce: true, template: { name: 'dlq', http: { url: 'u' } } },
      },
    ),
    t(
      'log',
      {},
      { atLeastOnce: true, dlqTrigger: { atLeastOnce: true, template: { name: 'dlq', http: {} } } },
    ),
    ['error sensor.trigger.missing-field'],
  ],
  [
    'validateDlqTrigger atLeastOnce within',
    t(
      'log',
      {},
      { atLeastOnce: true, dlqTrigger: { atLeastOnce: true, template: { name: 'dlq', log: {} } } },
    ),
    t('log', {}, { atLeastOnce: true, dlqTrigger: { template: { name: 'dlq', log: {} } } }),
    ['error sensor.trigger.dlq-needs-at-least-once'],
  ],
  [
    'validateTriggerPolicy k8s labels',
    t('k8s', { source: { resource: {} } }, { policy: { k8s: { labels: {} } } }),
    t('k8s', { source: { resource: {} } }, { policy: { k8s: { backoff: { steps: 2 } } } }),
    ['error sensor.trigger.policy-incomplete'],
  ],
  [
    'validateTriggerPolicy status allow',
    t('http', { url: 'u' }, { policy: { status: { allow: [] } } }),
    t('http', { url: 'u' }, { policy: { status: {} } }),
    ['error sensor.trigger.policy-incomplete'],
  ],
  [
    'validateTriggerParameter on a trigger',
    t('log', {}, { parameters: [param] }),
    t('log', {}, { parameters: [{ src: { dependencyName: 'd' } }] }),
    ['error sensor.parameter.missing-dest'],
  ],
  [
    'validateTriggerParameter operation',
    t('k8s', { source: { resource: {} }, parameters: [{ ...param, operation: 'append' }] }),
    t('k8s', { source: { resource: {} }, parameters: [{ ...param, operation: 'merge' }] }),
    ['error sensor.parameter.invalid-operation'],
  ],
  [
    'validateTriggerTemplate conditionsReset byTime',
    t('log', {}),
    { template: { name: 't', log: {}, conditionsReset: [{}] } },
    ['error sensor.trigger.conditions-reset-invalid'],
  ],
  [
    'conditionsReset cron: robfig, CRON_TZ=, no descriptors',
    {
      template: {
        name: 't',
        log: {},
        conditionsReset: [{ byTime: { cron: 'CRON_TZ=UTC 0 0 * * *' } }],
      },
    },
    { template: { name: 't', log: {}, conditionsReset: [{ byTime: { cron: '@daily' } }] } },
    ['error sensor.trigger.conditions-reset-invalid'],
  ],
  [
    'conditionsReset LoadLocation(timezone)',
    {
      template: {
        name: 't',
        log: {},
        conditionsReset: [{ byTime: { cron: '0 0 * * *', timezone: 'Asia/Tokyo' } }],
      },
    },
    {
      template: {
        name: 't',
        log: {},
        conditionsReset: [{ byTime: { cron: '0 0 * * *', timezone: 'Tokyo' } }],
      },
    },
    ['error sensor.trigger.conditions-reset-invalid'],
  ],
  // pkg/sensors/listener.go initRateLimiter: ratelimit.New(0) divides by zero at start-up.
  [
    'listener.go initRateLimiter',
    t('log', {}, { rateLimit: { unit: 'Minute', requestsPerUnit: 10 } }),
    t('log', {}, { rateLimit: { unit: 'Minute', requestsPerUnit: 0 } }),
    ['error sensor.trigger.rate-limit-zero'],
  ],
  [
    'listener.go initRateLimiter without requestsPerUnit',
    t('log', {}, { rateLimit: { requestsPerUnit: 1 } }),
    t('log', {}, { rateLimit: { unit: 'Second' } }),
    ['error sensor.trigger.rate-limit-zero'],
  ],
];

describe('trigger rules (pkg/reconciler/sensor/validate.go, pkg/sensors/listener.go)', () => {
  it('has a rule for each of the 14 trigger types', () => {
    expect(Object.keys(TRIGGER_TYPE_RULES).sort()).toEqual([...TRIGGER_TYPES].sort());
  });

  it.each(CASES)(
    '%s: accepts what upstream accepts, rejects what it rejects',
    (_, good, bad, expected) => {
      expect(findings([good])).toEqual([]);
      expect(findings([bad])).toEqual(expected);
    },
  );

  it('accepts a policy block the trigger type does not apply, with a warning (validateTriggerPolicy)', () => {
    // Only status on a k8s trigger, only k8s on an http trigger: accepted, and ignored.
    expect(
      findings([t('k8s', { source: { resource: {} } }, { policy: { status: { allow: [200] } } })]),
    ).toEqual(['warning sensor.trigger.policy-ignored']);
    expect(
      findings([t('http', { url: 'u' }, { policy: { k8s: { labels: { a: 'b' } } } })]),
    ).toEqual(['warning sensor.trigger.policy-ignored']);
  });

  it('takes policy.status on an openWhisk trigger, which applies it when it fires', () => {
    // pkg/sensors/triggers/apache-openwhisk/apache-openwhisk.go ApplyPolicy (the controller does
    // not check it, so an incomplete status is no error either).
    const ow = {
      host: 'h',
      actionName: 'a',
      payload: [{ src: { dependencyName: 'd' }, dest: 'x' }],
    };
    expect(findings([t('openWhisk', ow, { policy: { status: { allow: [200] } } })])).toEqual([]);
    expect(findings([t('openWhisk', ow, { policy: { status: {} } })])).toEqual([]);
    expect(findings([t('openWhisk', ow, { policy: { k8s: { labels: { a: 'b' } } } })])).toEqual([
      'warning sensor.trigger.policy-ignored',
    ]);
  });

  it('warns where the controller accepts what fails when the trigger fires', () => {
    // Not checked by validateTriggerTemplate; the trigger constructors need them.
    expect(findings([t('pulsar', { url: 'pulsar://p' })])).toEqual([
      'warning sensor.trigger.incomplete',
    ]);
    expect(findings([t('azureServiceBus', { connectionString: secret })])).toEqual([
      'warning sensor.trigger.incomplete',
    ]);
    expect(
      findings([
        t('azureEventHubs', {
          fqdn: 'f',
          hubName: 'h',
          sharedAccessKeyName: secret,
          sharedAccessKey: secret,
        }),
      ]),
    ).toEqual([]);
    // Parameters of a kafka trigger are not checked by validateKafkaTrigger (only its payload).
    expect(
      findings([t('kafka', { url: 'k', topic: 't', payload: [], parameters: [{ dest: 'x' }] })]),
    ).toEqual(['warning sensor.parameter.missing-src']);
    expect(findings([t('k8s', { source: {} })])).toEqual(['warning sensor.trigger.empty-source']);
    expect(
      findings([
        t('kafka', { url: 'k', topic: 't', payload: [], tls: { clientKeySecret: secret } }),
      ]),
    ).toEqual(['warning sensor.trigger.tls.incomplete']);
  });

  it('warns about rate limits and crons that do nothing', () => {
    expect(findings([t('log', {}, { rateLimit: { unit: 'Day', requestsPerUnit: 1 } })])).toEqual([
      'warning sensor.trigger.rate-limit-ignored',
    ]);
    expect(findings([t('log', {}, { rateLimit: { requestsPerUnit: -1 } })])).toEqual([
      'warning sensor.trigger.rate-limit-ignored',
    ]);
    expect(
      findings([
        { template: { name: 't', log: {}, conditionsReset: [{ byTime: { cron: '0 0 31 2 *' } }] } },
      ]),
    ).toEqual(['warning sensor.trigger.conditions-reset-never-fires']);
  });

  it('warns that a dlqTrigger of a dlqTrigger never runs (listener.go falls back one level)', () => {
    const inner = { atLeastOnce: true, template: { name: 'dlq2', log: {} } };
    const dlq = { atLeastOnce: true, template: { name: 'dlq', log: {} }, dlqTrigger: inner };
    expect(findings([t('log', {}, { atLeastOnce: true, dlqTrigger: dlq })])).toEqual([
      'warning sensor.trigger.dlq-never-runs',
    ]);
  });

  it('reports at the offending field, in the dlqTrigger', () => {
    const text = design(
      BUS,
      WEBHOOK_SOURCE,
      sensor([
        t(
          'log',
          {},
          {
            atLeastOnce: true,
            dlqTrigger: {
              atLeastOnce: true,
              template: { name: 'dlq', http: { url: 'u', method: 'get' } },
            },
          },
        ),
      ]),
    );
    const d = validateText('s.yaml', text).find((x) => x.code === 'sensor.trigger.invalid-value');
    expect(d?.path).toEqual(['spec', 'triggers', 0, 'dlqTrigger', 'template', 'http', 'method']);
    expect(d?.message).toBe(
      'the http method must be GET, DELETE, PATCH, POST or PUT, in capitals (got "get")',
    );
  });

  it('reads null as not set (loggingFields: null, as kubectl get -o yaml writes)', () => {
    const text = design(
      BUS,
      WEBHOOK_SOURCE,
      sensor([t('log', {}, { policy: null, rateLimit: null })]).replace(
        'spec:\n',
        'spec:\n  loggingFields: null\n  template: null\n',
      ),
    );
    expect(validateText('s.yaml', text).filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
