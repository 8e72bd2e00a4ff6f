import type { ParsedDesignFile } from '../design/design';
import { rangeOfPath } from '../yaml/sourceRanges';
import type { SourceRange } from '../validation/diagnostic';
import type { DesignGraph } from './designGraph';

/** Where each node's YAML is: resources span their document, parts the value at their path. */
export function nodeRanges(
  files: readonly ParsedDesignFile[],
  graph: DesignGraph,
): Map<string, { file: string; range: SourceRange }> {
  const out = new Map<string, { file: string; range: SourceRange }>();
  for (const n of graph.nodes) {
    const f = files[n.origin.fileIndex];
    const doc = f?.parsed.documents[n.origin.documentIndex];
    if (!f || !doc) continue;
    const range =
      n.origin.path.length === 0
        ? docRange(f, doc.range, doc.ast?.contents?.range, doc.astOffset)
        : rangeOfPath(f.parsed, doc, n.origin.path);
    out.set(n.id, { file: f.path, range });
  }
  return out;
}

function docRange(
  f: ParsedDesignFile,
  range: [number, number],
  contents: [number, number, number] | undefined,
  astOffset: number,
): SourceRange {
  const start = contents ? contents[0] + astOffset : range[0];
  const end = contents ? contents[1] + astOffset : range[1];
  const a = lineCol(f, start);
  const b = lineCol(f, end);
  return { start, end, line: a.line, col: a.col, endLine: b.line, endCol: b.col };
}

function lineCol(f: ParsedDesignFile, offset: number): { line: number; col: number } {
  const starts = f.parsed.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
}

/** The most specific node whose YAML contains `offset` in `file` (for "cursor selects node"). */
export function nodeAtOffset(
  ranges: Map<string, { file: string; range: SourceRange }>,
  file: string,
  offset: number,
): string | null {
  let best: string | null = null;
  let bestSize = Infinity;
  for (const [id, r] of ranges) {
    if (r.file !== file || offset < r.range.start || offset > r.range.end) continue;
    const size = r.range.end - r.range.start;
    if (size < bestSize) {
      best = id;
      bestSize = size;
    }
  }
  return best;
}
