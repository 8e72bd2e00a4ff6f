import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_SOURCE_TYPES } from '../catalog/eventSourceTypes';
import { TRIGGER_TYPES } from '../catalog/triggerTypes';
import {
  docUrl,
  eventSourceDefinition,
  fieldsOf,
  shapeOf,
  triggerDefinition,
  type SchemaDocument,
} from './fieldModel';
import { formSections } from './formSections';
import { manifestsToGraph } from '../graph/manifestsToGraph';
import { parseDesign } from '../design/design';

const doc = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../../third_party/argo-events/schema/schema.json'),
    'utf8',
  ),
) as SchemaDocument;

describe('fieldsOf', () => {
  it('lists required fields first, then the others alphabetically', () => {
    const fields = fieldsOf(doc, 'io.argoproj.events.v1alpha1.DataFilter');
    expect(fields.map((f) => f.key)).toEqual(['path', 'type', 'value', 'comparator', 'template']);
    expect(fields.slice(0, 3).every((f) => f.required)).toBe(true);
  });

  it('turns enumerations stated in prose into selects', () => {
    const op = fieldsOf(doc, 'io.argoproj.events.v1alpha1.ArgoWorkflowTrigger').find(
      (f) => f.key === 'operation',
    );
    expect(op?.shape).toEqual({
      kind: 'enum',
      options: expect.arrayContaining(['submit', 'resubmit', 'terminate']),
    });
  });

  it('describes nested objects, lists and maps', () => {
    const webhook = fieldsOf(doc, eventSourceDefinition(doc, 'webhook')!);
    const byKey = Object.fromEntries(webhook.map((f) => [f.key, f.shape]));
    expect(byKey.authSecret).toEqual({
      kind: 'object',
      definition: 'io.k8s.api.core.v1.SecretKeySelector',
    });
    expect(byKey.metadata).toEqual({ kind: 'map', value: { kind: 'string' } });
    expect(byKey.port).toEqual({ kind: 'string' });
    expect(webhook.find((f) => f.key === 'endpoint')?.description).toMatch(/endpoint/i);
  });

  it('reads int-or-string values', () => {
    expect(
      shapeOf(doc, { $ref: '#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString' }),
    ).toEqual({ kind: 'intOrString' });
  });

  it('has a definition for every catalog EventSource and trigger type', () => {
    for (const t of EVENT_SOURCE_TYPES) expect(eventSourceDefinition(doc, t), t).toBeDefined();
    for (const t of TRIGGER_TYPES) expect(triggerDefinition(doc, t), t).toBeDefined();
  });

  it('makes every field reachable: each shape is one the form can edit', () => {
    const seen = new Set<string>();
    const walk = (definition: string) => {
      if (seen.has(definition)) return;
      seen.add(definition);
      for (const f of fieldsOf(doc, definition)) visit(f.shape);
    };
    const visit = (shape: ReturnType<typeof shapeOf>): void => {
      if (shape.kind === 'object') walk(shape.definition);
      else if (shape.kind === 'list') visit(shape.item);
      else if (shape.kind === 'map') visit(shape.value);
      else
        expect(['string', 'number', 'integer', 'boolean', 'intOrString', 'any', 'enum']).toContain(
          shape.kind,
        );
    };
    walk('io.argoproj.events.v1alpha1.EventSourceSpec');
    walk('io.argoproj.events.v1alpha1.SensorSpec');
    walk('io.argoproj.events.v1alpha1.EventBusSpec');
    expect(seen.size).toBeGreaterThan(100);
  });

  it('links Argo types to the API reference', () => {
    expect(docUrl('io.argoproj.events.v1alpha1.WebhookEventSource')).toBe(
      'https://argoproj.github.io/argo-events/APIs/#argoproj.io/v1alpha1.WebhookEventSource',
    );
  });
});

describe('formSections', () => {
  const files = [
    {
      path: 'a.yaml',
      text: `apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata: {name: hooks}
spec:
  webhook:
    build: {port: "12000", endpoint: /build, method: POST}
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata: {name: s}
spec:
  dependencies:
    - {name: d, eventSourceName: hooks, eventName: build}
  triggers:
    - template:
        name: t
        log: {}
`,
    },
  ];
  const graph = manifestsToGraph(parseDesign(files));

  it('points each node at its part of the manifest and leaves out what other editors own', () => {
    const trigger = graph.nodes.find((n) => n.kind === 'trigger')!;
    const sections = formSections(doc, trigger);
    expect(sections.map((s) => s.title)).toEqual([
      'LogTrigger',
      'Trigger template',
      'Trigger policy',
    ]);
    expect(sections[0]!.path).toEqual(['spec', 'triggers', 0, 'template', 'log']);
    expect(sections[1]!.omit).toEqual(
      expect.arrayContaining(['conditions', 'log', 'argoWorkflow']),
    );
    const event = graph.nodes.find((n) => n.kind === 'event')!;
    expect(formSections(doc, event)[0]).toMatchObject({
      title: 'WebhookEventSource',
      path: ['spec', 'webhook', 'build'],
    });
    const source = graph.nodes.find((n) => n.kind === 'eventSource')!;
    expect(formSections(doc, source)[0]!.omit).toEqual(['webhook']);
  });
});
