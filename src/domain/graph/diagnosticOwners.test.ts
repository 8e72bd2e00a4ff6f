import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/design';
import { validateDesign } from '../validation/validate';
import { manifestsToGraph } from './manifestsToGraph';
import { countDiagnosticsByNode, diagnosticOwnerIndex } from './diagnosticOwners';
import type { Diagnostic } from '../validation/diagnostic';
import { manyResources } from '../../test/bigDesigns';

const TEXT = `apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: hooks
spec:
  webhook:
    build:
      port: "12000"
      endpoint: /build
      method: POST
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: builds
spec:
  dependencies:
    - name: push
      eventSourceName: hooks
      eventName: build
  triggers:
    - template:
        name: log
        log: {}
`;

const at = (kind: string, name: string, path: (string | number)[]): Diagnostic => ({
  code: 'x',
  severity: 'error',
  message: 'x',
  file: 'a.yaml',
  documentIndex: 0,
  resource: { kind, name, namespace: null },
  path,
  range: null,
});

describe('which node a diagnostic belongs to', () => {
  const graph = manifestsToGraph(parseDesign([{ path: 'a.yaml', text: TEXT }]));
  const owner = diagnosticOwnerIndex(graph);

  it('the deepest node whose YAML holds the path; the resource owns the rest', () => {
    expect(owner(at('EventSource', 'hooks', ['spec', 'webhook', 'build', 'port']))).toBe(
      'event:/hooks#webhook%2Fbuild',
    );
    expect(owner(at('EventSource', 'hooks', ['spec', 'service', 'ports', 0]))).toBe(
      'eventSource:/hooks',
    );
    expect(owner(at('Sensor', 'builds', ['spec', 'dependencies', 0, 'eventName']))).toBe(
      'dependency:/builds#push',
    );
    expect(owner(at('Sensor', 'builds', ['spec', 'triggers', 0, 'template', 'log']))).toBe(
      'trigger:/builds#log',
    );
    expect(owner(at('Sensor', 'builds', ['spec', 'dependencies']))).toBe('sensor:/builds');
    expect(owner(at('Sensor', 'nobody', []))).toBeNull();
    expect(owner({ ...at('Sensor', 'builds', []), resource: null })).toBeNull();
  });

  it('counts errors and warnings per node of 5,000 resources', { timeout: 60_000 }, () => {
    const parsed = parseDesign(manyResources(5_000));
    const big = manifestsToGraph(parsed);
    const counts = countDiagnosticsByNode(big, validateDesign(parsed));
    // Each EventSource lacks a Service (a hint, not counted) and the design lacks a default bus.
    expect([...counts.values()].every((c) => c.errors === 0)).toBe(true);
  });
});
