import { describe, expect, it } from 'vitest';
import { manifestsToGraph } from '../../domain/graph/manifestsToGraph';
import { parseDesign } from '../../domain/design/design';
import { triggerKeys } from './triggerKeys';

const SENSOR = (name: string) => `apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: ${name}
spec:
  dependencies:
    - {name: d, eventSourceName: s, eventName: e}
  triggers:
    - template: {name: call, http: {url: http://x}}
      dlqTrigger: {template: {name: page, log: {}}}
    - template: {name: page, log: {}}
    - {policy: {}}
`;

describe('triggerKeys', () => {
  it('lists each trigger and dead-letter trigger once, by sensor and name, in design order', () => {
    const text = [SENSOR('a'), SENSOR('b'), SENSOR('a')].join('---\n');
    const graph = manifestsToGraph(parseDesign([{ path: 'd.yaml', text }]));
    expect(triggerKeys(graph)).toEqual([
      { key: 'a/call', dlq: false },
      { key: 'a/page', dlq: true },
      { key: 'b/call', dlq: false },
      { key: 'b/page', dlq: true },
    ]);
  });
});
