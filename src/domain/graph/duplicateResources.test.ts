import { describe, expect, it } from 'vitest';
import { parseDesign, type DesignFile } from '../design/design';
import { applyDesignEdit } from '../edit/designEdit';
import { manifestsToGraph } from './manifestsToGraph';
import { graphToManifests } from './graphToManifests';
import { countDiagnosticsByNode } from './diagnosticOwners';
import { nodeId } from './ids';
import { validateDesign } from '../validation/validate';

const source = (endpoint: string) => `apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: webhook
spec:
  webhook:
    example:
      port: "12000"
      endpoint: ${endpoint}
      method: POST
`;
const sensor = (trigger: string) => `apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: webhook
spec:
  dependencies:
    - name: dep
      eventSourceName: webhook
      eventName: example
  triggers:
    - template:
        name: ${trigger}
        log: {}
`;

// The upstream examples' shape: the same names in several files.
const FILES: DesignFile[] = [
  { path: 'event-sources/webhook.yaml', text: source('/a') },
  { path: 'event-sources/webhook-copy.yaml', text: source('/b') },
  { path: 'sensors/webhook.yaml', text: sensor('first') },
  { path: 'sensors/webhook-copy.yaml', text: sensor('second') },
];

describe('resources with the same kind, namespace and name', () => {
  const graph = manifestsToGraph(parseDesign(FILES));
  const ids = graph.nodes.map((n) => n.id);

  it('are all drawn, each with its own id, the later ones marked as copies', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'eventSource:/webhook',
      'event:/webhook#webhook%2Fexample',
      'eventSource:/webhook;2',
      'event:/webhook;2#webhook%2Fexample',
      'sensor:/webhook',
      'dependency:/webhook#dep',
      'trigger:/webhook#first',
      'sensor:/webhook;2',
      'dependency:/webhook;2#dep',
      'trigger:/webhook;2#second',
    ]);
    expect(graph.nodes.find((n) => n.id === 'eventSource:/webhook;2')).toMatchObject({
      copy: 2,
      origin: { fileIndex: 1 },
    });
  });

  it('connects each copy to its own parts', () => {
    const edges = graph.edges.map((e) => `${e.source} → ${e.target}`);
    expect(edges).toContain('eventSource:/webhook;2 → event:/webhook;2#webhook%2Fexample');
    expect(edges).toContain('dependency:/webhook;2#dep → trigger:/webhook;2#second');
    expect(edges).not.toContain('dependency:/webhook#dep → trigger:/webhook;2#second');
    // Either EventSource named webhook could deliver the event the dependencies ask for.
    expect(edges).toContain('event:/webhook;2#webhook%2Fexample → dependency:/webhook#dep');
  });

  it('rebuild into the documents they came from', () => {
    const rebuilt = graphToManifests(graph);
    expect(rebuilt.map((m) => m.fileIndex)).toEqual([0, 1, 2, 3]);
    expect(JSON.stringify(rebuilt[1]!.value)).toContain('/b');
  });

  it('are not edited by name (which would change the first); a copy can be deleted', () => {
    const rename = applyDesignEdit(FILES, {
      type: 'renameNode',
      id: 'eventSource:/webhook;2',
      name: 'other',
    });
    expect(rename).toEqual({
      ok: false,
      reason:
        '"webhook" is defined 2 times in this design (the cluster keeps only one): rename or delete this copy in its YAML file first',
    });
    const del = applyDesignEdit(FILES, { type: 'deleteNodes', ids: ['eventSource:/webhook;2'] });
    if (!del.ok) throw new Error(del.reason);
    expect(del.files[0]!.text).toBe(FILES[0]!.text);
    expect(del.files[1]!.text).not.toContain('kind: EventSource');
    const trigger = applyDesignEdit(FILES, {
      type: 'deleteNodes',
      ids: ['trigger:/webhook;2#second'],
    });
    if (!trigger.ok) throw new Error(trigger.reason);
    expect(trigger.files[2]!.text).toBe(FILES[2]!.text);
    expect(trigger.files[3]!.text).not.toContain('second');
  });
});

describe("a copy's findings", () => {
  it('count on the copy, not on the first of the name', () => {
    const parsed = parseDesign(FILES);
    const graph = manifestsToGraph(parsed);
    const diagnostics = validateDesign(parsed).filter((d) => d.code === 'resource.duplicate');
    expect(diagnostics.length).toBeGreaterThan(0);
    const counts = countDiagnosticsByNode(graph, diagnostics);
    expect(
      counts.get(nodeId({ kind: 'eventSource', namespace: '', name: 'webhook', copy: 2 })),
    ).toEqual({
      errors: 0,
      warnings: 1,
    });
    expect(
      counts.get(nodeId({ kind: 'eventSource', namespace: '', name: 'webhook' })),
    ).toBeUndefined();
  });
});
