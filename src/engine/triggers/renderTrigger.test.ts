import { describe, expect, it } from 'vitest';
import type { SensorEvent } from '../event';
import { renderTrigger } from './renderTrigger';

const T = Date.UTC(2026, 0, 1, 9, 0, 0, 250);
const event: SensorEvent = {
  context: {
    id: 'e1',
    source: 'hooks',
    specversion: '1.0',
    type: 'webhook',
    subject: 'a',
    time: '2026-01-01T09:00:00Z',
    datacontenttype: 'application/json',
  },
  data: '{"body":{"user":"ada","token":"t0k"}}',
};
const events = { a: event };
const render = (template: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  renderTrigger('s', { template: { name: 't', ...template }, ...extra }, events, T, {
    sensorNamespace: 'team',
  });
const firingOf = (r: ReturnType<typeof render>) => {
  if (!r.ok) throw new Error(r.error);
  return r.firing;
};

const LABELS = {
  'events.argoproj.io/sensor': 's',
  'events.argoproj.io/trigger': 't',
  'events.argoproj.io/action-timestamp': String(T),
};

// pkg/sensors/triggers/standard-k8s/standard-k8s.go Execute.
describe('k8s: the labels and namespace Execute adds', () => {
  const cm = (kind: string, meta: Record<string, unknown>, operation = 'create') =>
    render({
      k8s: { operation, source: { resource: { apiVersion: 'v1', kind, metadata: meta } } },
    });

  it('create adds the three events.argoproj.io labels and the Sensor’s namespace', () => {
    const f = firingOf(cm('ConfigMap', { name: 'cm', labels: { app: 'x' } }));
    expect(f.resource).toMatchObject({
      metadata: { name: 'cm', namespace: 'team', labels: { app: 'x', ...LABELS } },
    });
    expect(f.namespace).toBe('team');
  });

  it('keeps its own namespace; update, patch and delete get no labels', () => {
    const f = firingOf(cm('ConfigMap', { name: 'cm', namespace: 'other' }, 'patch'));
    expect(f.resource).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cm', namespace: 'other' },
    });
  });

  it('cluster-scoped kinds lose any namespace', () => {
    const f = firingOf(cm('Namespace', { name: 'n', namespace: 'team' }));
    expect(
      (f.resource as { metadata: Record<string, unknown> }).metadata.namespace,
    ).toBeUndefined();
  });

  it('an unknown operation and a liveObject update without a name fail before any call', () => {
    const bad = cm('ConfigMap', { name: 'cm' }, 'replace');
    expect(bad.ok && bad.execError).toBe(
      'failed to execute trigger, unknown operation type replace',
    );
    const live = render({
      k8s: {
        operation: 'update',
        liveObject: true,
        source: { resource: { apiVersion: 'v1', kind: 'ConfigMap', metadata: {} } },
      },
    });
    expect(live.ok && live.execError).toBe(
      'resource name must be specified for fetching live object',
    );
  });
});

// pkg/sensors/triggers/argo-workflow/argo-workflow.go Execute.
describe('argoWorkflow: the command and the labels of a submitted Workflow', () => {
  it('submit labels the Workflow and runs argo -n <Sensor namespace> submit with args', () => {
    const f = firingOf(
      render({
        argoWorkflow: {
          args: ['--serviceaccount', 'ci'],
          source: {
            resource: {
              apiVersion: 'argoproj.io/v1alpha1',
              kind: 'Workflow',
              metadata: { generateName: 'b-' },
            },
          },
        },
      }),
    );
    expect((f.resource as { metadata: { labels: unknown } }).metadata.labels).toEqual(LABELS);
    expect(f.command).toEqual([
      'argo',
      '-n',
      'team',
      'submit',
      '<temp file: b-…>',
      '--serviceaccount',
      'ci',
    ]);
  });

  it('resume with a name runs argo resume NAME, unlabelled', () => {
    const r = render({
      argoWorkflow: {
        operation: 'resume',
        source: { resource: { kind: 'Workflow', metadata: { name: 'w', namespace: 'ci' } } },
      },
    });
    const f = firingOf(r);
    expect(r.ok && r.execError).toBeUndefined();
    expect(f.command).toEqual(['argo', '-n', 'ci', 'resume', 'w']);
    expect((f.resource as { metadata: Record<string, unknown> }).metadata.labels).toBeUndefined();
  });
});

// pkg/sensors/triggers/http/http.go Execute.
describe('http: headers as the request is built', () => {
  it('dynamicHeaders from the event, secureHeaders and basicAuth from Secrets, host', () => {
    const f = firingOf(
      render({
        http: {
          url: 'http://api.example/x',
          headers: { 'X-Static': 'yes' },
          dynamicHeaders: [
            { src: { dependencyName: 'a', dataKey: 'body.token' }, dest: 'X-Token' },
          ],
          secureHeaders: [
            { name: 'X-Key', valueFrom: { secretKeyRef: { name: 'api', key: 'k' } } },
          ],
          basicAuth: {
            username: { name: 'creds', key: 'user' },
            password: { name: 'creds', key: 'pass' },
          },
          host: 'api.internal',
        },
      }),
    );
    expect(f.request?.method).toBe('POST');
    expect({ ...f.request?.headers }).toEqual({
      'X-Static': 'yes',
      'X-Token': 't0k',
      'X-Key': '<from Secret api key k>',
      Authorization:
        'Basic <base64 of username:password, from Secret creds key user and Secret creds key pass>',
      Host: 'api.internal',
    });
  });

  it('a dynamicHeader from a dependency that did not fire and has no value crashes the sensor', () => {
    const r = render({
      http: {
        url: 'u',
        dynamicHeaders: [{ src: { dependencyName: 'b', dataKey: 'x' }, dest: 'X' }],
      },
    });
    expect(r).toMatchObject({ ok: false, crash: true });
  });
});

// pkg/sensors/triggers/log/log.go Execute with the zap production encoder of pkg/shared/logging.
describe('log: the line the sensor prints', () => {
  it('one zap JSON line per dependency, the data as msg, the context as its String()', () => {
    const f = firingOf(render({ log: { intervalSeconds: 10 } }));
    expect(f.log).toEqual([
      '{"level":"info","ts":"2026-01-01T09:00:00.25Z","logger":"argo-events.sensor","caller":"log/log.go:45","msg":"{\\"body\\":{\\"user\\":\\"ada\\",\\"token\\":\\"t0k\\"}}","sensorName":"s","triggerName":"t","triggerType":"Log","dependencyName":"a","eventContext":"{\\"id\\": \\"e1\\", \\"source\\": \\"hooks\\", \\"specversion\\": \\"1.0\\", \\"type\\": \\"webhook\\", \\"datacontenttype\\": \\"application/json\\", \\"subject\\": \\"a\\", \\"time\\": \\"2026-01-01 09:00:00 +0000 UTC\\"}"}',
    ]);
    // pkg/sensors/trigger.go GetTrigger makes a new log trigger per firing: the interval never throttles.
    expect(f.notes.some((n) => n.startsWith('intervalSeconds has no effect'))).toBe(true);
  });

  it('data of another content type is printed as base64', () => {
    const r = renderTrigger(
      's',
      { template: { name: 't', log: {} } },
      {
        a: {
          ...event,
          context: { ...event.context, datacontenttype: 'application/xml' },
          data: '<a/>',
        },
      },
      T,
    );
    expect(r.ok && r.firing.log?.[0]).toContain('"msg":"PGEvPg=="');
  });
});
