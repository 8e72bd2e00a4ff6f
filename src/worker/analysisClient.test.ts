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

  it('says so when a part never came', async () => {
    const run = createAnalysisClient(fakeWorker([], 'edges')).analyze(manyResources(4, 1));
    await expect(run.result).rejects.toThrow('the analysis arrived incomplete');
  });
});
