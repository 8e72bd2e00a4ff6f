import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listManifests, parseDesign } from '../../domain/design/design';
import { compileSimDesign } from './simDesign';
import { initialSimState } from './simState';
import { step } from './step';

const SEED = readFileSync(
  join(import.meta.dirname, '../../examples/seed-build-pipeline.yaml'),
  'utf8',
);
const designOf = (text: string) =>
  compileSimDesign(
    listManifests(parseDesign([{ path: 'd.yaml', text }])).map((m) => ({
      kind: m.kind,
      value: m.value,
    })),
  );
const T0 = Date.UTC(2026, 10, 24, 12);

describe('step on the hands-on design', () => {
  const design = designOf(SEED);

  it('fires trigger-workflow with the project in the Workflow argument', () => {
    const r = step(design, initialSimState(T0), {
      type: 'event',
      source: 'webhook',
      eventName: 'build',
      payload: {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"project":"kubedojo","branch":"main","commit":"abc123"}',
      },
    });
    expect(r.firings).toHaveLength(1);
    const f = r.firings[0];
    expect(f?.trigger).toBe('trigger-workflow');
    expect(f?.triggerType).toBe('argoWorkflow');
    expect(f?.operation).toBe('submit');
    expect(
      (f?.resource as { spec: { arguments: { parameters: { value: string }[] } } }).spec.arguments
        .parameters[0]?.value,
    ).toBe('kubedojo');
    expect(f?.notes.some((n) => n.startsWith('generated name: event-build-'))).toBe(true);
    expect(r.trace.map((t) => t.type)).toEqual([
      'event.received',
      'dependency.evaluated',
      'trigger.fired',
    ]);
  });

  it('explains a failed parameter when the body lacks the key', () => {
    const r = step(design, initialSimState(T0), {
      type: 'event',
      source: 'webhook',
      eventName: 'build',
      payload: { body: '{"branch":"main"}' },
    });
    // The attempt fails inside triggerOne (ApplyResourceParameters), as the retry loop sees it.
    expect(r.firings).toMatchObject([
      { trigger: 'trigger-workflow', result: 'failed', attempts: 1 },
    ]);
    const failed = r.trace.find((t) => t.type === 'trigger.failed');
    expect(failed && failed.type === 'trigger.failed' && failed.error).toContain(
      "unable to resolve 'webhook-build' parameter value",
    );
  });

  it('rejects what the webhook would answer with 400', () => {
    const r = step(design, initialSimState(T0), {
      type: 'event',
      source: 'webhook',
      eventName: 'build',
      payload: { body: 'not json' },
    });
    expect(r.trace[0]?.type).toBe('event.rejected');
  });

  it('reports events nobody listens to', () => {
    const r = step(design, initialSimState(T0), {
      type: 'event',
      source: 'webhook',
      eventName: 'deploy',
      payload: { body: '{}' },
    });
    expect(r.trace[0]).toMatchObject({
      type: 'event.rejected',
      reason: 'EventSource webhook has no event "deploy"',
    });
  });
});

describe('step: conditions, filters, clock', () => {
  const text = `apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata: {name: es}
spec:
  webhook:
    a: {port: "12000", endpoint: /a, method: POST}
    b: {port: "12000", endpoint: /b, method: POST}
  calendar:
    tick: {interval: 1h}
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata: {name: s}
spec:
  dependencies:
    - name: a
      eventSourceName: es
      eventName: a
      filters:
        data:
          - path: body.ok
            type: bool
            value: ["true"]
    - name: b
      eventSourceName: es
      eventName: b
    - name: tick
      eventSourceName: es
      eventName: tick
  triggers:
    - template:
        name: both
        conditions: a && b
        conditionsReset:
          - byTime: {cron: "0 0 * * *"}
        log: {}
    - template:
        name: ticks
        conditions: tick
        log: {}
`;
  const design = designOf(text);
  const send = (s: ReturnType<typeof initialSimState>, name: string, body: string) =>
    step(design, s, { type: 'event', source: 'es', eventName: name, payload: { body } });

  it('holds a until b arrives, and says what is missing', () => {
    const r1 = send(initialSimState(T0), 'a', '{"ok":true}');
    expect(r1.trace.find((t) => t.type === 'trigger.held')).toMatchObject({
      trigger: 'both',
      missing: ['b'],
      expression: 'a&&b',
    });
    const r2 = send(r1.state, 'b', '{}');
    expect(r2.firings.map((f) => f.trigger)).toEqual(['both']);
    expect(r2.firings[0]?.log?.length).toBe(2);
  });

  it('drops an event the filter rejects, with the value found', () => {
    const r = send(initialSimState(T0), 'a', '{"ok":false}');
    const dep = r.trace.find((t) => t.type === 'dependency.evaluated');
    expect(dep && dep.type === 'dependency.evaluated' && dep.pass).toBe(false);
    expect(
      dep &&
        dep.type === 'dependency.evaluated' &&
        dep.families.find((x) => x.family === 'data')?.checks[0],
    ).toMatchObject({ subject: 'body.ok', found: 'false', result: false });
  });

  it('advancing the clock fires calendar events and clears held events at the reset cron', () => {
    const held = send(initialSimState(Date.UTC(2026, 0, 1, 22, 30)), 'a', '{"ok":true}');
    const r = step(design, held.state, { type: 'advance', ms: 3 * 3_600_000 });
    expect(r.firings.filter((f) => f.trigger === 'ticks')).toHaveLength(3);
    expect(r.trace.find((t) => t.type === 'conditions.reset')).toMatchObject({
      trigger: 'both',
      at: '2026-01-02T00:00:00Z',
    });
    expect(send(r.state, 'b', '{}').firings).toHaveLength(0);
  });
});
