import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/design';
import { manifestsToGraph } from './manifestsToGraph';

const SEED = `apiVersion: argoproj.io/v1alpha1
kind: EventBus
metadata:
  name: default
spec:
  jetstream:
    version: "2.9.22"
---
apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: webhook
spec:
  webhook:
    build:
      port: "12000"
      endpoint: /build
      method: POST
    deploy:
      port: "12000"
      endpoint: /deploy
      method: POST
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: build-sensor
spec:
  dependencies:
    - name: webhook-build
      eventSourceName: webhook
      eventName: build
    - name: webhook_deploy
      eventSourceName: webhook
      eventName: deploy
  triggers:
    - template:
        name: all
        log: {}
    - template:
        name: only-deploy
        conditions: "webhook-deploy"
        log: {}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: unrelated
`;

describe('manifestsToGraph', () => {
  const graph = manifestsToGraph(parseDesign([{ path: 'seed.yaml', text: SEED }]));
  const ids = graph.nodes.map((n) => n.id);

  it('makes one node per bus, source, event, sensor, dependency and trigger', () => {
    expect(ids).toEqual([
      'eventBus:/default',
      'eventSource:/webhook',
      'event:/webhook#webhook%2Fbuild',
      'event:/webhook#webhook%2Fdeploy',
      'sensor:/build-sensor',
      'dependency:/build-sensor#webhook-build',
      'dependency:/build-sensor#webhook_deploy',
      'trigger:/build-sensor#all',
      'trigger:/build-sensor#only-deploy',
    ]);
  });

  it('connects bus, events, dependencies and triggers (conditions narrow the feeding dependencies)', () => {
    const edges = graph.edges.map((e) => `${e.kind} ${e.source} -> ${e.target}`);
    expect(edges).toContain('bus-source eventBus:/default -> eventSource:/webhook');
    expect(edges).toContain('bus-sensor eventBus:/default -> sensor:/build-sensor');
    expect(edges).toContain(
      'event-dependency event:/webhook#webhook%2Fbuild -> dependency:/build-sensor#webhook-build',
    );
    expect(edges.filter((e) => e.startsWith('dependency-trigger'))).toEqual([
      'dependency-trigger dependency:/build-sensor#webhook-build -> trigger:/build-sensor#all',
      'dependency-trigger dependency:/build-sensor#webhook_deploy -> trigger:/build-sensor#all',
      'dependency-trigger dependency:/build-sensor#webhook_deploy -> trigger:/build-sensor#only-deploy',
    ]);
  });

  it('records trigger types and origins', () => {
    const t = graph.nodes.find((n) => n.kind === 'trigger');
    expect(t && t.kind === 'trigger' && t.triggerType).toBe('log');
    expect(t?.origin).toEqual({ fileIndex: 0, documentIndex: 2, path: ['spec', 'triggers', 0] });
  });

  it('gives duplicate names distinct ids', () => {
    const text = SEED.replace('name: webhook_deploy', 'name: webhook-build');
    const g = manifestsToGraph(parseDesign([{ path: 'x.yaml', text }]));
    expect(g.nodes.filter((n) => n.kind === 'dependency').map((n) => n.id)).toEqual([
      'dependency:/build-sensor#webhook-build',
      'dependency:/build-sensor#webhook-build~2',
    ]);
  });

  it('does not connect to a bus that is not in the design', () => {
    const text = SEED.replace(
      '  name: webhook\nspec:\n',
      '  name: webhook\nspec:\n  eventBusName: other\n',
    );
    const g = manifestsToGraph(parseDesign([{ path: 'x.yaml', text }]));
    expect(g.edges.some((e) => e.kind === 'bus-source')).toBe(false);
  });
});
