import { graphToManifests } from '../graph/graphToManifests';
import { manifestsToGraph } from '../graph/manifestsToGraph';
import { exportDesign } from './exportDesign';
import { parseDesign, type DesignFile } from './design';

export interface RoundtripResult {
  path: string;
  ok: boolean;
  /** First differing position when not ok (1-based line/column in the original). */
  firstDifference: { line: number; col: number } | null;
  output: string;
}

/**
 * Imports files into the model (parse → graph), builds manifests back from the graph, writes them
 * into the files and compares bytes. This is the check behind `eventflow roundtrip`.
 */
export function roundtripFiles(files: readonly DesignFile[]): RoundtripResult[] {
  const parsed = parseDesign(files);
  const out = exportDesign(parsed, graphToManifests(manifestsToGraph(parsed)));
  return out.map((f, i) => {
    const original = files[i]?.text ?? '';
    const ok = f.text === original;
    return {
      path: f.path,
      ok,
      firstDifference: ok ? null : firstDifference(original, f.text),
      output: f.text,
    };
  });
}

function firstDifference(a: string, b: string): { line: number; col: number } {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const before = a.slice(0, i);
  const line = before.split('\n').length;
  return { line, col: i - before.lastIndexOf('\n') };
}
