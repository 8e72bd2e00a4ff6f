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
  /**
   * The manifests as the analysis worker wrote them (JSON), when it did: what the simulator sends
   * its worker, so that reading `manifests` on the page is only for what needs them there.
   */
  manifestsText?: string;
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

/** The analysis's long lists go in slices of this many items, each read by the page in a task of its own. */
export const ANALYSIS_SLICE = 1000;

type Range = [string, { file: string; range: SourceRange }];

export type AnalysisMessage =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'nodes'; items: DesignGraph['nodes'] }
  | { id: number; type: 'edges'; items: DesignGraph['edges'] }
  | { id: number; type: 'diagnostics'; items: Diagnostic[] }
  | { id: number; type: 'ranges'; items: Range[] }
  | {
      id: number;
      type: 'result';
      rest: Pick<DesignAnalysis, 'parses'> & {
        /** The manifests as JSON text (read on the page when first used), else as they are. */
        manifestsText?: string;
        manifests?: SimManifest[];
        files?: DesignGraph['files'];
        /** How many nodes, edges, diagnostics and ranges were sent, to tell a lost slice. */
        counts: [number, number, number, number];
      };
    }
  | { id: number; type: 'error'; message: string };

/**
 * The worker's handler: progress after each file, then the analysis: its lists (nodes, edges,
 * diagnostics, node ranges) in slices, and the rest, or why it failed. The page reads each message
 * in a task of its own, so reading a 10 MB design's analysis is many short tasks: whole, the
 * graph of 130,000 events alone took the page most of a second to read.
 */
export function handleAnalysis(req: AnalysisRequest, post: (m: AnalysisMessage) => void): void {
  const id = req.id;
  try {
    const { graph, diagnostics, ranges, manifests, parses } = analyzeDesign(
      req.files,
      (done, total) => post({ id, type: 'progress', done, total }),
    );
    for (const items of slices(graph.nodes)) post({ id, type: 'nodes', items });
    for (const items of slices(graph.edges)) post({ id, type: 'edges', items });
    for (const items of slices(diagnostics)) post({ id, type: 'diagnostics', items });
    for (const items of slices([...ranges])) post({ id, type: 'ranges', items });
    post({
      id,
      type: 'result',
      rest: {
        ...withManifests(manifests),
        parses,
        counts: [graph.nodes.length, graph.edges.length, diagnostics.length, ranges.size],
        ...(graph.files ? { files: graph.files } : {}),
      },
    });
  } catch (e) {
    post({ id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * The manifests as JSON text when JSON keeps every value as it is (no NaN, ±Infinity or -0 from
 * `.nan`, `.inf` or `-0` in the YAML), else as data. Text crosses to the page as one copy and is
 * read when first used; as data, a 10 MiB design's manifests took the page a long task to receive.
 */
function withManifests(
  manifests: SimManifest[],
): { manifestsText: string } | { manifests: SimManifest[] } {
  let exact = true;
  const text = JSON.stringify(manifests, (_key, v: unknown) => {
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) exact = false;
    return v;
  });
  return exact ? { manifestsText: text } : { manifests };
}

function* slices<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += ANALYSIS_SLICE) yield items.slice(i, i + ANALYSIS_SLICE);
}
