import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../domain/design/design';
import { manifestsToGraph } from '../../domain/graph/manifestsToGraph';
import { sampleDataFor, sampleEventFor } from './sampleEvent';

const graphOf = (events: string) =>
  manifestsToGraph(
    parseDesign([
      {
        path: 'gh.yaml',
        text: `apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata: {name: gh}
spec:
  github:
    app:
      repositories: [{owner: acme, names: [app]}]
      webhook: {endpoint: /push, port: "12000", method: POST}
      events: ${events}
`,
      },
    ]),
  );

const bodyKeys = (data: unknown) =>
  Object.keys((data as { body: Record<string, unknown> }).body).sort();

describe('sample data for the field pickers', () => {
  it('unites the fields of every event kind the GitHub source is configured for', () => {
    // pkg/eventsources/sources/github/start.go: the event holds whatever kind arrived.
    const graph = graphOf('[push, pull_request]');
    const keys = bodyKeys(sampleDataFor(graph, 'gh', 'app', ''));
    expect(keys).toEqual(expect.arrayContaining(['commits', 'ref', 'pull_request', 'number']));
    // The filters' live verdict still runs on one event: the first kind.
    const first = sampleEventFor(graph, 'gh', 'app', '');
    expect(bodyKeys(JSON.parse(first!.data!))).toContain('commits');
    expect(bodyKeys(JSON.parse(first!.data!))).not.toContain('pull_request');
  });

  it('shows one kind as it is', () => {
    const keys = bodyKeys(sampleDataFor(graphOf('[pull_request]'), 'gh', 'app', ''));
    expect(keys).toContain('pull_request');
    expect(keys).not.toContain('commits');
  });
});
