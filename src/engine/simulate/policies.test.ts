import { describe, expect, it } from 'vitest';
import { at, outcomes, runSteps, send, sensorDesign, simDesignOf } from '../../test/simulation';

// Indented to sit under `resource:` in the triggers below.
const WORKFLOW = `apiVersion: argoproj.io/v1alpha1
          kind: Workflow
          metadata: {generateName: build-}
          spec: {entrypoint: main}`;

const k8sTrigger = (policy: string, operation = 'create') =>
  simDesignOf(
    sensorDesign(`
- template:
    name: make
    conditions: a
    k8s:
      operation: ${operation}
      source:
        resource:
          apiVersion: v1
          kind: ConfigMap
          metadata: {name: cm}
  atLeastOnce: true
  policy:
${policy}`),
  );

// pkg/sensors/policy/status.go StatusPolicy, read by http.go / apache-openwhisk.go / aws-lambda.go ApplyPolicy.
describe('policy.status.allow', () => {
  const httpWith = (policy: string) =>
    simDesignOf(
      sensorDesign(`
- template:
    name: call
    conditions: a
    http: {url: "http://api.example/hook"}
  policy: ${policy}
`),
    );

  it('a status outside the allow list fails the attempt; one inside passes', () => {
    const d = httpWith('{status: {allow: [200, 201]}}');
    expect(runSteps(d, [outcomes({ call: 'status:503' }), send('a')]).firings[0]).toMatchObject({
      result: 'failed',
      error: 'policy application resulted in failure. http response status 503 is not allowed',
    });
    expect(runSteps(d, [outcomes({ call: 'status:201' }), send('a')]).firings[0]).toMatchObject({
      result: 'succeeded',
    });
    // The default outcome answers 200.
    expect(runSteps(d, [send('a')]).firings[0]?.result).toBe('succeeded');
  });

  it('an empty allow list refuses every status; a policy without status reads none', () => {
    expect(runSteps(httpWith('{status: {allow: []}}'), [send('a')]).firings[0]?.result).toBe(
      'failed',
    );
    expect(
      runSteps(httpWith('{k8s: {labels: {a: b}}}'), [outcomes({ call: 'status:500' }), send('a')])
        .firings[0]?.result,
    ).toBe('succeeded');
  });
});

// pkg/sensors/policy/resource-labels.go polls with wait.ExponentialBackoff (DefaultBackoff when
// none is given); standard-k8s.go / argo-workflow.go ApplyPolicy fail on the timeout only with
// errorOnBackoffTimeout.
describe('policy.k8s labels with backoff', () => {
  it('labels that never match: DefaultBackoff polls 5 times over 4 s, then the trigger succeeds anyway', () => {
    const d = k8sTrigger('    k8s: {labels: {done: "true"}}');
    const r = runSteps(d, [outcomes({ make: 'labels:never' }), send('a'), { type: 'settle' }]);
    expect(r.firings[0]).toMatchObject({ result: 'succeeded', attempts: 1 });
    expect(r.firings[0]?.tries[0]).toMatchObject({ at: at(0), endedAt: at(4000), ok: true });
    expect(r.firings[0]?.tries[0]?.detail).toContain('errorOnBackoffTimeout is not set');
  });

  it('with errorOnBackoffTimeout the timeout fails the attempt, after its own backoff', () => {
    const d = k8sTrigger(
      '    k8s:\n      labels: {done: "true"}\n      errorOnBackoffTimeout: true\n      backoff: {steps: 3, duration: 2s, factor: 2, jitter: 0}',
    );
    const r = runSteps(d, [outcomes({ make: 'labels:never' }), send('a'), { type: 'settle' }]);
    // Polls at 0, 2 s and 6 s.
    expect(r.firings[0]?.tries[0]).toMatchObject({ endedAt: at(6000), ok: false });
    expect(r.firings[0]?.error).toBe(
      'failed to determine status of the triggered resource. setting trigger state as failed',
    );
  });

  it('labels that match at the third poll end the attempt there', () => {
    const d = k8sTrigger('    k8s: {labels: {done: "true"}, errorOnBackoffTimeout: true}');
    const r = runSteps(d, [outcomes({ make: 'labels:3' }), send('a'), { type: 'settle' }]);
    expect(r.firings[0]?.tries[0]).toMatchObject({ endedAt: at(2000), ok: true });
  });

  it('a delete returns no object, so a label policy cannot read it and fails', () => {
    const d = k8sTrigger('    k8s: {labels: {done: "true"}}', 'delete');
    expect(runSteps(d, [send('a')]).firings[0]).toMatchObject({
      result: 'failed',
      error: 'failed to interpret the trigger resource',
    });
  });
});

// pkg/sensors/triggers/argo-workflow/argo-workflow.go Execute: the name check comes before the
// operation; submit-from takes only CronWorkflow and WorkflowTemplate.
describe('runtime failures the sensor reports', () => {
  const workflow = (operation: string, resource = WORKFLOW) =>
    simDesignOf(
      sensorDesign(`
- template:
    name: wf
    conditions: a
    argoWorkflow:
      operation: ${operation}
      source:
        resource:
          ${resource}
  atLeastOnce: true
  retryStrategy: {steps: 2, duration: 1s}
`),
    );

  it.each(['resume', 'retry', 'suspend', 'terminate', 'stop', 'resubmit'])(
    '%s with only generateName: "no name is given" on every attempt, whatever the outcome',
    (op) => {
      const r = runSteps(workflow(op), [send('a'), { type: 'settle' }]);
      expect(r.firings[0]).toMatchObject({
        result: 'failed',
        attempts: 2,
        error: `failed to execute trigger, failed to execute the workflow ${op} operation, no name is given`,
      });
    },
  );

  it('submit-from of a Workflow is an invalid kind; of a WorkflowTemplate it runs argo submit --from', () => {
    const named = WORKFLOW.replace('generateName: build-', 'name: build');
    expect(
      runSteps(workflow('submit-from', named), [send('a'), { type: 'settle' }]).firings[0]?.error,
    ).toBe('failed to execute trigger, invalid kind Workflow');
    const template = runSteps(
      workflow('submit-from', named.replace('kind: Workflow', 'kind: WorkflowTemplate')),
      [send('a')],
    ).firings[0];
    expect(template?.result).toBe('succeeded');
    expect(template?.command).toEqual([
      'argo',
      '-n',
      'ns',
      'submit',
      '--from',
      'workflowtemplate/build',
    ]);
  });
});
