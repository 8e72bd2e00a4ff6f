import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../domain/design/design';
import { manifestsToGraph } from '../../domain/graph/manifestsToGraph';
import { BUS, SENSOR, WEBHOOK_SOURCE, design } from '../../test/builders';
import { dependencyOptions, goToOptions } from './pickerOptions';

const OTHER_NS = `apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: far
  namespace: elsewhere
spec:
  webhook:
    push:
      port: "12000"
      endpoint: /push
      method: POST
`;
const graph = manifestsToGraph(
  parseDesign([{ path: 'd.yaml', text: design(BUS, WEBHOOK_SOURCE, SENSOR, OTHER_NS) }]),
);

describe('the canvas pickers', () => {
  it('Go to resource lists resources first, parts with their owner', () => {
    const options = goToOptions(graph);
    expect(options.slice(0, 4).map((o) => `${o.label} (${o.detail})`)).toEqual([
      'far (EventSource · elsewhere)',
      'webhook (EventSource)',
      'build-sensor (Sensor)',
      'default (EventBus)',
    ]);
    expect(options.find((o) => o.label === 'log-it')?.detail).toBe('Trigger in build-sensor');
    expect(options).toHaveLength(graph.nodes.length);
  });

  it('Add dependency lists every event, marks the used one, and refuses another namespace', () => {
    expect(dependencyOptions(graph, 'sensor:/build-sensor')).toEqual([
      {
        id: 'event:elsewhere/far#webhook%2Fpush',
        label: 'far/push',
        detail: 'in namespace elsewhere: not reachable',
        disabled: true,
      },
      {
        id: 'event:/webhook#webhook%2Fbuild',
        label: 'webhook/build',
        detail: 'webhook · already a dependency',
        disabled: false,
      },
    ]);
  });
});
