import { describe, expect, it } from 'vitest';
import { loadExampleFiles } from '../../test/exampleFiles';
import { BUS, SENSOR, WEBHOOK_SOURCE, design } from '../../test/builders';
import { validateText } from './validate';

// The exposure hint concerns every webhook without a Service; its own tests are in commonMistakes.test.ts.
const check = (path: string, text: string) =>
  validateText(path, text).filter((d) => d.code !== 'eventsource.webhook.not-exposed');
const codes = (text: string) => check('d.yaml', text).map((d) => `${d.severity} ${d.code}`);
const base = (sensor = SENSOR, source = WEBHOOK_SOURCE, bus = BUS) => design(bus, source, sensor);
const withTrigger = (yaml: string) => base(SENSOR.replace('        log: {}\n', yaml));

describe('validateDesign', () => {
  it('finds nothing in the seed-like design', () => {
    expect(check('d.yaml', base())).toEqual([]);
  });

  it('reports every upstream example without an error', () => {
    const errors = loadExampleFiles().flatMap((f) =>
      check(f.path, f.text)
        .filter((d) => d.severity === 'error')
        .map((d) => `${f.path}:${d.range?.line} ${d.code} ${d.message}`),
    );
    expect(errors).toEqual([]);
  });

  it('locates diagnostics by line and column and names the resource', () => {
    const [d] = check('d.yaml', base(SENSOR.replace('eventName: build', 'eventName: deploy')));
    expect(d).toMatchObject({
      code: 'sensor.dependency.unknown-event',
      severity: 'warning',
      resource: { kind: 'Sensor', name: 'build-sensor', namespace: null },
      path: ['spec', 'dependencies', 0, 'eventName'],
      range: { line: 28, col: 18 },
    });
    expect(d?.message).toBe('EventSource "webhook" has no event "deploy"; it has "build"');
  });

  it('reports YAML problems instead of throwing', () => {
    expect(codes('kind: Sensor\na: [1,\n')).toContain('error yaml.syntax');
    expect(codes('apiVersion: v1\nkind: ConfigMap\n---\n- a\n')).toContain(
      'error yaml.not-a-mapping',
    );
  });
});

// The API server: apiVersion and kind, a known argoproj.io kind, RFC 1123 names.
describe('documentKinds', () => {
  it('flags argoproj kinds that do not exist, suggesting the closest', () => {
    const [d] = validateText(
      'd.yaml',
      'apiVersion: argoproj.io/v1alpha1\nkind: Sensr\nmetadata: {name: x}\n',
    );
    expect(d?.code).toBe('resource.unknown-kind');
    expect(d?.message).toContain('did you mean Sensor?');
  });
  it('keeps companions and non-Argo documents quiet', () => {
    expect(
      codes(
        design(
          base(),
          'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n',
          'apiVersion: argoproj.io/v1alpha1\nkind: WorkflowTemplate\nmetadata: {name: w}\n',
        ),
      ),
    ).toEqual([]);
  });
  it('flags Argo kinds without an apiVersion or on the wrong one', () => {
    expect(codes('kind: Sensor\nmetadata: {name: x}\n')).toEqual(['error resource.not-kubernetes']);
    expect(codes('apiVersion: v1\nkind: Sensor\nmetadata: {name: x}\n')).toContain(
      'error resource.wrong-api-version',
    );
  });
});

describe('duplicateResources', () => {
  it('warns when two resources share kind, namespace and name', () => {
    expect(codes(design(base(), WEBHOOK_SOURCE))).toContain('warning resource.duplicate');
  });
});

// pkg/reconciler/sensor/validate.go validateDependencies, validateTriggers.
describe('sensorStructure', () => {
  it('requires dependencies and triggers', () => {
    const c = codes(
      base('apiVersion: argoproj.io/v1alpha1\nkind: Sensor\nmetadata: {name: s}\nspec: {}\n'),
    );
    expect(c).toContain('error sensor.no-dependencies');
    expect(c).toContain('error sensor.no-triggers');
  });
  it('requires the dependency fields and unique names', () => {
    const extra =
      '    - name: webhook-build\n      eventSourceName: webhook\n      eventName: build\n    - name: x\n';
    const c = codes(base(SENSOR.replace('  triggers:', `${extra}  triggers:`)));
    // validateDependencies does not compare names: the later one shadows the first.
    expect(c).toContain('warning sensor.dependency.duplicate-name');
    expect(c.filter((x) => x === 'error sensor.dependency.missing-field')).toHaveLength(2);
  });
  it('warns about dependency names that break conditions', () => {
    expect(codes(base(SENSOR.replace(/webhook-build/g, 'web.hook')))).toContain(
      'warning sensor.dependency.invalid-name',
    );
  });
  it('requires unique trigger names', () => {
    const t = '    - template:\n        name: log-it\n        log: {}\n';
    expect(codes(base(`${SENSOR}${t}`))).toContain('error sensor.trigger.duplicate-name');
    expect(codes(base(SENSOR.replace('        name: log-it\n', '')))).toContain(
      'error sensor.trigger.missing-name',
    );
  });
});

// Cross-resource: the controller does not compare names (names that do not match are warnings).
describe('dependencyTargets', () => {
  it('is a warning when the EventSource exists without the event (names that do not match)', () => {
    expect(codes(base(SENSOR.replace('eventName: build', 'eventName: nope')))).toEqual([
      'warning sensor.dependency.unknown-event',
    ]);
  });
  it('is a warning when the EventSource is not in the design', () => {
    expect(
      codes(base(SENSOR.replace('eventSourceName: webhook', 'eventSourceName: github'))),
    ).toEqual(['warning sensor.dependency.unknown-event-source']);
  });
  it('compares within a namespace', () => {
    const nsSensor = SENSOR.replace(
      '  name: build-sensor',
      '  name: build-sensor\n  namespace: other',
    );
    expect(codes(base(nsSensor))).toContain('warning sensor.dependency.unknown-event-source');
  });
});

describe('triggerConditions', () => {
  it('accepts - and _ as the same name', () => {
    expect(codes(withTrigger('        conditions: webhook_build\n        log: {}\n'))).toEqual([]);
  });
  it('rejects syntax errors and unknown names', () => {
    expect(codes(withTrigger('        conditions: "!webhook-build"\n        log: {}\n'))).toEqual([
      'error sensor.trigger.conditions-invalid',
    ]);
    const [d] = check(
      'd.yaml',
      withTrigger('        conditions: webhook-build and other\n        log: {}\n'),
    );
    expect(d?.code).toBe('sensor.trigger.conditions-unknown-dependency');
    expect(d?.message).toContain('use && and ||');
  });
  it('checks conditionsReset', () => {
    expect(
      codes(
        withTrigger(
          '        conditionsReset:\n          - byTime: {cron: "0 0 * *", timezone: Nowhere/City}\n          - {}\n        log: {}\n',
        ),
      ),
    ).toEqual([
      'error sensor.trigger.conditions-reset-invalid',
      'error sensor.trigger.conditions-reset-invalid',
      'error sensor.trigger.conditions-reset-invalid',
    ]);
    expect(
      codes(
        withTrigger(
          '        conditionsReset:\n          - byTime: {cron: "0 0 * * *", timezone: America/New_York}\n        log: {}\n',
        ),
      ),
    ).toEqual([]);
  });
});

// pkg/reconciler/sensor/validate.go validateTriggerTemplate (more in rules/triggers/triggerRules.test.ts).
describe('triggerTemplates', () => {
  it('warns when no trigger type is set (the sensor would run nothing)', () => {
    expect(codes(withTrigger('        openwhisk: {host: x}\n'))).toEqual(
      expect.arrayContaining(['warning sensor.trigger.missing-type']),
    );
  });
  it('warns when several are set', () => {
    expect(codes(withTrigger('        log: {}\n        http: {url: "http://x"}\n'))).toEqual([
      'warning sensor.trigger.multiple-types',
    ]);
  });
  it('requires an explicit argoWorkflow operation and a source', () => {
    expect(codes(withTrigger('        argoWorkflow: {}\n'))).toEqual([
      'error sensor.trigger.missing-source',
      'error sensor.trigger.missing-operation',
    ]);
    // validateArgoWorkflowTrigger only checks Source != nil: an empty one fails when fired.
    expect(codes(withTrigger('        argoWorkflow: {operation: submit, source: {}}\n'))).toEqual([
      'warning sensor.trigger.empty-source',
    ]);
    expect(
      codes(
        withTrigger(
          '        argoWorkflow: {operation: run, source: {resource: {kind: Workflow}}}\n',
        ),
      ),
    ).toEqual(['error sensor.trigger.invalid-operation']);
  });
  it('checks k8s operations, http url and payload lists', () => {
    expect(
      codes(withTrigger('        k8s: {operation: apply, source: {resource: {kind: Pod}}}\n')),
    ).toEqual(['error sensor.trigger.invalid-operation']);
    expect(codes(withTrigger('        http: {method: POST}\n'))).toEqual([
      'error sensor.trigger.missing-field',
    ]);
    expect(codes(withTrigger('        kafka: {url: k, topic: t}\n'))).toEqual([
      'error sensor.trigger.missing-field',
    ]);
    expect(codes(withTrigger('        kafka: {url: k, topic: t, payload: []}\n'))).toEqual([]);
  });
  it('explains renamed fields', () => {
    expect(codes(withTrigger('        http: {serverURL: "http://x"}\n'))).toEqual([
      'warning sensor.trigger.renamed-field',
    ]);
  });
});

// pkg/reconciler/sensor/validate.go validateTriggerParameter, validateTriggerParameterForHTTP.
describe('triggerParameters', () => {
  const params = (p: string) => withTrigger(`        log: {}\n      parameters:\n${p}`);
  it('requires src, dependencyName and dest, and a known operation', () => {
    const c = codes(
      params(
        '        - dest: a\n        - src: {dataKey: x}\n          dest: b\n        - src: {dependencyName: webhook-build}\n          operation: replace\n',
      ),
    );
    expect(c).toEqual([
      'error sensor.parameter.missing-src',
      'error sensor.parameter.missing-dependency',
      'error sensor.parameter.missing-dest',
      'error sensor.parameter.invalid-operation',
    ]);
  });
  it('warns about unknown dependencies', () => {
    expect(
      codes(params('        - src: {dependencyName: other, dataKey: x}\n          dest: a\n')),
    ).toEqual(['warning sensor.parameter.unknown-dependency']);
  });
  it('allows an empty dest only in an http payload', () => {
    expect(
      codes(
        withTrigger(
          '        http:\n          url: http://x\n          payload:\n            - src: {dependencyName: webhook-build, dataKey: body}\n',
        ),
      ),
    ).toEqual([]);
    expect(
      codes(
        withTrigger(
          '        kafka:\n          url: k\n          topic: t\n          payload:\n            - src: {dependencyName: webhook-build, dataKey: body}\n',
        ),
      ),
    ).toEqual(['error sensor.parameter.missing-dest']);
  });
});

// pkg/reconciler/sensor/validate.go validateDlqTrigger, validateTriggerPolicy; pkg/sensors/listener.go.
describe('triggerOptions', () => {
  it('needs atLeastOnce for a dlqTrigger and complete policies', () => {
    const t = withTrigger(
      '        http: {url: "http://x"}\n      dlqTrigger:\n        template: {name: dlq, log: {}}\n      policy:\n        status: {}\n',
    );
    expect(codes(t)).toEqual([
      'error sensor.trigger.dlq-needs-at-least-once',
      'error sensor.trigger.policy-incomplete',
    ]);
    expect(
      codes(
        withTrigger('        k8s: {source: {resource: {kind: Pod}}}\n      policy: {k8s: {}}\n'),
      ),
    ).toEqual(['error sensor.trigger.policy-incomplete']);
  });
  it('warns about a retryStrategy that cannot retry', () => {
    expect(codes(withTrigger('        log: {}\n      retryStrategy: {steps: 3}\n'))).toEqual([
      'warning sensor.trigger.retry-without-at-least-once',
    ]);
  });
});

// pkg/reconciler/eventsource/validate.go ValidateEventSource (per type: rules/eventSources/eventRules.test.ts).
describe('eventSourceStructure', () => {
  it('requires events and unique event names across types', () => {
    expect(
      codes(
        base(
          SENSOR,
          'apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata: {name: webhook}\nspec: {}\n',
        ),
      ),
    ).toContain('warning eventsource.no-events');
    const dup =
      WEBHOOK_SOURCE + '  sns:\n    build:\n      topicArn: arn\n      region: us-east-1\n';
    expect(codes(base(SENSOR, dup))).toContain('error eventsource.duplicate-event-name');
  });
  it('rejects mixing recreate and rolling types', () => {
    const mixed = WEBHOOK_SOURCE + '  calendar:\n    tick:\n      interval: 10s\n';
    expect(codes(base(SENSOR, mixed))).toEqual(['error eventsource.mixed-strategies']);
  });
  it('checks required fields and webhook settings', () => {
    expect(codes(base(SENSOR, WEBHOOK_SOURCE.replace('      port: "12000"\n', '')))).toEqual([
      'error eventsource.missing-field',
    ]);
    expect(codes(base(SENSOR, WEBHOOK_SOURCE.replace('"12000"', '"http"')))).toEqual([
      'error eventsource.webhook.invalid-port',
    ]);
    expect(codes(base(SENSOR, WEBHOOK_SOURCE.replace('      method: POST\n', '')))).toEqual([
      'warning eventsource.webhook.missing-method',
    ]);
  });
});

// pkg/eventsources/common/webhook/webhook.go startServer: one route per port and endpoint.
describe('webhookCollisions', () => {
  it('warns about two events of one EventSource on the same port and endpoint', () => {
    const two =
      WEBHOOK_SOURCE +
      '    again:\n      port: "12000"\n      endpoint: /build\n      method: POST\n';
    expect(codes(base(SENSOR, two))).toEqual(['warning eventsource.webhook.route-collision']);
    expect(
      codes(
        base(
          SENSOR,
          two.replace(
            'endpoint: /build\n      method: POST\n',
            'endpoint: /other\n      method: POST\n',
          ),
        ),
      ),
    ).toEqual([]);
  });
});

// pkg/reconciler/eventbus/validate.go ValidateEventBus (more in rules/eventBusSpec.test.ts).
describe('eventBusSpec', () => {
  it('needs a kind and its required fields; warns about several kinds', () => {
    expect(
      codes(base(SENSOR, WEBHOOK_SOURCE, BUS.replace('version: latest', 'replicas: 2'))),
    ).toEqual(['error eventbus.missing-field', 'error eventbus.jetstream.replicas']);
    expect(codes(base(SENSOR, WEBHOOK_SOURCE, `${BUS}  kafka: {url: k}\n`))).toEqual([
      'warning eventbus.kind-count',
    ]);
  });
  it('marks NATS Streaming deprecated', () => {
    expect(
      codes(
        base(
          SENSOR,
          WEBHOOK_SOURCE,
          BUS.replace('  jetstream:\n    version: latest', '  nats:\n    native: {}'),
        ),
      ),
    ).toEqual(['info eventbus.nats-deprecated']);
  });
});

describe('eventBusReferences', () => {
  it('warns when no EventBus named default is in the design', () => {
    expect(codes(design(WEBHOOK_SOURCE, SENSOR))).toEqual([
      'warning eventbus.no-default',
      'warning eventbus.no-default',
    ]);
  });
  it('warns when eventBusName matches no EventBus', () => {
    expect(codes(base(SENSOR.replace('spec:\n', 'spec:\n  eventBusName: fast\n')))).toEqual([
      'warning eventbus.unresolved',
    ]);
  });
});

// pkg/reconciler/sensor/validate.go validateDependencies: one dependency per event on STAN.
describe('natsBusDependencies', () => {
  it('rejects two dependencies on one event on NATS Streaming', () => {
    const stan = BUS.replace('  jetstream:\n    version: latest', '  nats:\n    native: {}');
    const sensor = SENSOR.replace(
      '  triggers:',
      '    - name: again\n      eventSourceName: webhook\n      eventName: build\n  triggers:',
    );
    expect(codes(base(sensor, WEBHOOK_SOURCE, stan))).toContain(
      'error sensor.dependency.duplicate-event-on-stan',
    );
    expect(codes(base(sensor))).toEqual([]);
  });
});

describe('inlineCredentials', () => {
  it('flags secrets written inline, credential headers and passwords in URLs', () => {
    const c = codes(
      withTrigger(
        '        http:\n          url: https://user:hunter2@example.com/x\n          headers: {Authorization: "Bearer abc"}\n',
      ),
    );
    // Both work as written, insecurely: warnings.
    expect(c).toEqual(['warning security.inline-credential', 'warning security.inline-credential']);
    const source =
      WEBHOOK_SOURCE + '  github:\n    push:\n      events: [push]\n      apiToken: ghp_123\n';
    // apiToken is a SecretKeySelector: the controller cannot read a string there, so an error.
    expect(codes(base(SENSOR, source))).toContain('error security.inline-credential');
    expect(codes(base(SENSOR, source))).not.toContain('error schema.type');
  });
  it('accepts Secret references', () => {
    const source =
      'apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata: {name: webhook}\nspec:\n  github:\n    build:\n      events: [push]\n      apiToken: {name: gh, key: token}\n';
    expect(codes(base(SENSOR, source)).filter((c) => c.includes('security.'))).toEqual([]);
  });
});

describe('while a document does not parse', () => {
  it('reports the syntax error, not the references into the unreadable document', () => {
    const text = `apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata: {name: hooks}
spec:
  webhook:
    build: {port: "12000", endpoint: /build, method: POST
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata: {name: s}
spec:
  dependencies:
    - {name: d, eventSourceName: hooks, eventName: build}
  triggers:
    - template: {name: t, log: {}}
`;
    const codes = validateText('a.yaml', text).map((d) => d.code);
    expect(codes).toContain('yaml.syntax');
    expect(codes).not.toContain('sensor.dependency.unknown-event-source');
  });
});
