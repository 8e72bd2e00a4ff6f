import { describe, expect, it } from 'vitest';
import { createAnalysisClient, type AnalysisWorkerLike } from './analysisClient';
import {
  ANALYSIS_SLICE,
  analyzeDesign,
  handleAnalysis,
  type AnalysisMessage,
  type AnalysisRequest,
} from './designAnalysis';
import { manyResources } from '../test/bigDesigns';

/** A worker that answers as the real one does, in separate tasks, dropping `skip` messages. */
function fakeWorker(seen: AnalysisMessage['type'][], skip?: AnalysisMessage['type']) {
  return (): AnalysisWorkerLike => {
    const port: AnalysisWorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => undefined,
      postMessage: (req: AnalysisRequest) =>
        handleAnalysis(req, (m) => {
          seen.push(m.type);
          if (m.type !== skip) setTimeout(() => port.onmessage?.({ data: m }), 0);
        }),
    };
    return port;
  };
}

describe('analysis client', () => {
  it("sends a big design's lists in slices, each a message of its own, and puts them back in order", async () => {
    const seen: AnalysisMessage['type'][] = [];
    const files = manyResources(ANALYSIS_SLICE + 10, 3);
    const direct = analyzeDesign(files);
    const analysis = await createAnalysisClient(fakeWorker(seen)).analyze(files).result;
    expect(seen.filter((t) => t === 'nodes').length).toBeGreaterThan(1);
    expect(analysis.graph).toEqual(direct.graph);
    expect(analysis.diagnostics).toEqual(direct.diagnostics);
    expect([...analysis.ranges]).toEqual([...direct.ranges]);
  });

  it('receives the analysis in parts (graph, diagnostics, the rest) and puts it together', async () => {
    const seen: AnalysisMessage['type'][] = [];
    const files = manyResources(20, 2);
    const run = createAnalysisClient(fakeWorker(seen)).analyze(files);
    const analysis = await run.result;
    expect(seen.filter((t) => t !== 'progress')).toEqual([
      'nodes',
      'edges',
      'diagnostics',
      'ranges',
      'result',
    ]);
    expect(analysis.graph.nodes.length).toBeGreaterThan(20);
    expect(analysis.diagnostics.length).toBeGreaterThan(0);
    expect(analysis.manifests).toHaveLength(20);
    expect(analysis.ranges.size).toBe(analysis.graph.nodes.length);
  });

  it('sends the manifests as JSON text, read on first use, unless JSON would change a value', async () => {
    const results: AnalysisMessage[] = [];
    const record = (m: AnalysisMessage) => m.type === 'result' && results.push(m);
    const plain = manyResources(3, 1);
    handleAnalysis({ id: 1, files: plain }, record);
    const odd = [
      {
        path: 'odd.yaml',
        text: 'apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata:\n  name: odd\nspec:\n  webhook:\n    x: {port: "12000", endpoint: /x, method: POST, ratio: .nan, big: .inf, zero: -0}\n',
      },
    ];
    handleAnalysis({ id: 2, files: odd }, record);
    const [first, second] = results.map((m) => (m.type === 'result' ? m.rest : null));
    expect(typeof first?.manifestsText).toBe('string');
    expect(first?.manifests).toBeUndefined();
    expect(second?.manifestsText).toBeUndefined();
    const client = createAnalysisClient(fakeWorker([]));
    const read = await client.analyze(plain).result;
    // The text is kept for the simulation worker, which reads it there; the page reads it only
    // when it asks for the manifests.
    expect(read.manifestsText).toBe(first?.manifestsText);
    expect(read.manifests).toEqual(analyzeDesign(plain).manifests);
    const oddRead = await client.analyze(odd).result;
    expect(oddRead.manifestsText).toBeUndefined();
    const x = oddRead.manifests[0]!.value as {
      spec: { webhook: { x: { ratio: number; big: number; zero: number } } };
    };
    expect(x.spec.webhook.x.ratio).toBeNaN();
    expect(x.spec.webhook.x.big).toBe(Infinity);
    expect(Object.is(x.spec.webhook.x.zero, -0)).toBe(true);
  });

  it('says so when a part never came', async () => {
    const run = createAnalysisClient(fakeWorker([], 'edges')).analyze(manyResources(4, 1));
    await expect(run.result).rejects.toThrow('the analysis arrived incomplete');
  });
});
