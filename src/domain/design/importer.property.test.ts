import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fuzzOptions, jsonValue, mutate, yamlishText } from '../../test/fuzz';
import { loadExampleFiles } from '../../test/exampleFiles';
import { listManifests, parseDesign } from './design';
import { roundtripFiles } from './roundtrip';
import { manifestsToGraph } from '../graph/manifestsToGraph';
import { graphToManifests } from '../graph/graphToManifests';
import { validateDesign } from '../validation/validate';

/** What the domain does with a file it opens: parse, graph, validate, rebuild (the engine's advice has its own test). */
function importAll(text: string) {
  const parsed = parseDesign([{ path: 'in.yaml', text }]);
  const graph = manifestsToGraph(parsed);
  const diagnostics = validateDesign(parsed);
  const [round] = roundtripFiles([{ path: 'in.yaml', text }]);
  return { parsed, graph, diagnostics, round: round!, manifests: listManifests(parsed) };
}

const hasParseErrors = (text: string) => {
  const file = parseDesign([{ path: 'in.yaml', text }])[0]!.parsed;
  return file.problems.length > 0 || file.documents.some((d) => d.problems.length > 0);
};

const examples = loadExampleFiles().filter((f) => f.text.length < 6000);
const KINDS = ['EventSource', 'Sensor', 'EventBus'] as const;

/** A manifest of an Argo kind with arbitrary content in its spec, as a user or another tool may write. */
const manifest = fc.record({
  kind: fc.constantFrom(...KINDS),
  name: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
  spec: fc.oneof(
    fc.dictionary(fc.string({ maxLength: 10 }), jsonValue, { maxKeys: 4 }),
    fc.record({
      dependencies: fc.array(
        fc.record({
          name: fc.string({ maxLength: 8 }),
          eventSourceName: fc.string({ maxLength: 8 }),
          eventName: fc.string({ maxLength: 8 }),
          filters: jsonValue,
        }),
        { maxLength: 3 },
      ),
      triggers: fc.array(
        fc.record({
          template: fc.dictionary(
            fc.constantFrom('name', 'log', 'http', 'k8s', 'argoWorkflow', 'conditions'),
            jsonValue,
            { maxKeys: 3 },
          ),
          parameters: jsonValue,
        }),
        { maxLength: 3 },
      ),
    }),
    fc.dictionary(
      fc.constantFrom('webhook', 'calendar', 'github', 'kafka', 'template', 'service'),
      fc.dictionary(fc.string({ maxLength: 8 }), jsonValue, { maxKeys: 3 }),
      { maxKeys: 2 },
    ),
  ),
});

describe('importer, validator and graph conversion (property tests)', () => {
  it('never throw on arbitrary text', () => {
    fc.assert(
      fc.property(yamlishText, (text) => {
        importAll(text);
      }),
      fuzzOptions(),
    );
  });

  it('never throw on mutated real examples, and what parses comes back byte for byte', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...examples).chain((f) => mutate(f.text)),
        (text) => {
          const { round } = importAll(text);
          if (!hasParseErrors(text)) expect(round.firstDifference).toBeNull();
        },
      ),
      fuzzOptions(5000),
    );
  });

  it('rebuild generated manifests with the same values and the same bytes', () => {
    fc.assert(
      fc.property(fc.array(manifest, { minLength: 1, maxLength: 3 }), (list) => {
        const text = list
          .map((m) =>
            stringify({
              apiVersion: 'argoproj.io/v1alpha1',
              kind: m.kind,
              metadata: { name: m.name },
              spec: m.spec,
            }),
          )
          .join('---\n');
        const parsed = parseDesign([{ path: 'in.yaml', text }]);
        for (const r of graphToManifests(manifestsToGraph(parsed)))
          expect(r.value).toEqual(parsed[0]!.parsed.documents[r.documentIndex]!.value);
        expect(roundtripFiles([{ path: 'in.yaml', text }])[0]!.firstDifference).toBeNull();
      }),
      fuzzOptions(5000),
    );
  });

  it('does not pollute Object.prototype from __proto__ keys', () => {
    const text =
      'apiVersion: argoproj.io/v1alpha1\nkind: Sensor\nmetadata: {name: s}\nspec:\n  __proto__: {polluted: yes}\n  dependencies: [{name: d, eventSourceName: a, eventName: b, __proto__: {polluted: yes}}]\n  triggers: [{template: {name: t, log: {}, constructor: {prototype: {polluted: yes}}}}]\n';
    importAll(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
