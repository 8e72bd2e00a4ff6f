import { parseDesign, listManifests, type DesignFile } from '../domain/design/design';
import { manifestsToGraph } from '../domain/graph/manifestsToGraph';
import { nodeRanges } from '../domain/graph/nodeRanges';
import type { DesignGraph } from '../domain/graph/designGraph';
import type { Diagnostic, SourceRange } from '../domain/validation/diagnostic';
import { checkDesign } from '../engine/checkDesign';
import type { SimManifest } from '../engine/simulate/simDesign';

/**
 * What the designer shows of one version of a design's files, all plain data, so it can be worked
 * out in a worker for a big design and sent to the page: the graph, every diagnostic, where each
 * node's YAML is, the manifests the simulator runs, and whether all the YAML parses.
 */
export interface DesignAnalysis {
  graph: DesignGraph;
  diagnostics: Diagnostic[];
  ranges: Map<string, { file: string; range: SourceRange }>;
  manifests: SimManifest[];
  /** True when every file's YAML parses (the canvas then shows this version). */
  parses: boolean;
}

/** Designs up to this much text are analysed on the page at once (well under 100 ms); bigger ones in a worker. */
export const SYNC_ANALYSIS_CHARS = 200_000;

export function designChars(files: readonly DesignFile[]): number {
  return files.reduce((n, f) => n + f.text.length, 0);
}

/** Analyses the files; `onFile` is told after each file is read, for a progress bar. */
export function analyzeDesign(
  files: readonly DesignFile[],
  onFile?: (done: number, total: number) => void,
): DesignAnalysis {
  const parsed = files.map((f, i) => {
    const [one] = parseDesign([f]);
    onFile?.(i + 1, files.length);
    return one!;
  });
  const graph = manifestsToGraph(parsed);
  return {
    graph,
    diagnostics: checkDesign(parsed),
    ranges: nodeRanges(parsed, graph),
    manifests: listManifests(parsed).map((m) => ({ kind: m.kind, value: m.value })),
    parses: parsed.every(
      (f) =>
        f.parsed.problems.length === 0 && f.parsed.documents.every((d) => d.problems.length === 0),
    ),
  };
}

export type AnalysisRequest = { id: number; files: DesignFile[] };
/** The analysis minus the parts sent ahead of it. */
type AnalysisRest = Omit<DesignAnalysis, 'graph' | 'diagnostics'>;

export type AnalysisMessage =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'graph'; graph: DesignGraph }
  | { id: number; type: 'diagnostics'; diagnostics: Diagnostic[] }
  | { id: number; type: 'result'; rest: AnalysisRest }
  | { id: number; type: 'error'; message: string };

/**
 * The worker's handler: progress after each file, then the analysis in three messages (graph,
 * diagnostics, the rest), or why it failed. The page reads each message in a task of its own, so
 * reading a big design's analysis is three short tasks, not one long one.
 */
export function handleAnalysis(req: AnalysisRequest, post: (m: AnalysisMessage) => void): void {
  try {
    const { graph, diagnostics, ...rest } = analyzeDesign(req.files, (done, total) =>
      post({ id: req.id, type: 'progress', done, total }),
    );
    post({ id: req.id, type: 'graph', graph });
    post({ id: req.id, type: 'diagnostics', diagnostics });
    post({ id: req.id, type: 'result', rest });
  } catch (e) {
    post({ id: req.id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}
