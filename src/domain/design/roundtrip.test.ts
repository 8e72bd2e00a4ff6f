import { describe, expect, it } from 'vitest';
import { loadExampleFiles } from '../../test/exampleFiles';
import { parseDesign } from './design';
import { exportDesign } from './exportDesign';
import { manifestsToGraph } from '../graph/manifestsToGraph';
import { graphToManifests } from '../graph/graphToManifests';
import { roundtripFiles } from './roundtrip';

describe('round trip through the graph', () => {
  const files = loadExampleFiles();

  it('covers all 134 example files', () => {
    expect(files.length).toBe(134);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s is byte-identical', (_, f) => {
    const [r] = roundtripFiles([{ path: f.path, text: f.text }]);
    expect(r?.firstDifference).toBeNull();
    expect(r?.ok).toBe(true);
  });

  it('rebuilds values equal to the parsed documents, not only equal text', () => {
    for (const f of files) {
      const parsed = parseDesign([{ path: f.path, text: f.text }]);
      for (const r of graphToManifests(manifestsToGraph(parsed))) {
        expect(r.value).toEqual(parsed[0]?.parsed.documents[r.documentIndex]?.value);
      }
    }
  });

  it('a one-field edit made on the graph changes only that line', () => {
    const text = [
      '# comment kept',
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Sensor',
      'metadata: {name: s}',
      'spec:',
      '  dependencies:',
      "    - name: 'dep'   # why",
      '      eventSourceName: webhook',
      '      eventName: build',
      '  triggers:',
      '    - template:',
      '        name: t',
      '        log: {}',
      '      parameters:',
      '        - src: {dependencyName: dep, dataKey: body.project}',
      '          dest: x',
      '',
    ].join('\n');
    const parsed = parseDesign([{ path: 's.yaml', text }]);
    const graph = manifestsToGraph(parsed);
    const nodes = graph.nodes.map((n) => {
      if (n.kind !== 'trigger') return n;
      const params = n.value.parameters as { src: Record<string, unknown> }[];
      return {
        ...n,
        value: {
          ...n.value,
          parameters: [{ ...params[0], src: { ...params[0]?.src, dataKey: 'body.branch' } }],
        },
      };
    });
    const [out] = exportDesign(parsed, graphToManifests({ ...graph, nodes }));
    expect(out?.text).toBe(text.replace('dataKey: body.project', 'dataKey: body.branch'));
  });
});
