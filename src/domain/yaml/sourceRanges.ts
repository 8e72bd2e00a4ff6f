import { isMap, isNode, isPair, isScalar, isSeq, type Pair } from 'yaml';
import { offsetToLineCol } from '../../lib/textPosition';
import type { SourceRange, ValuePath } from '../validation/diagnostic';
import type { ParsedDocument, ParsedFile } from './parseManifests';

/** Where a path should point in the text: at the value, or at the key naming it (better for "unknown field"). */
export type RangeTarget = 'value' | 'key';

/**
 * Finds the source range of `path` inside a parsed document. When the path does not exist (a missing
 * field), falls back to the deepest ancestor that does, so a diagnostic always points somewhere useful.
 */
export function rangeOfPath(
  file: ParsedFile,
  doc: ParsedDocument,
  path: ValuePath,
  target: RangeTarget = 'value',
): SourceRange {
  let node: unknown = doc.ast?.contents ?? null;
  let best: [number, number] | null = nodeRange(node);
  for (const seg of path) {
    const hit = child(node, seg);
    if (!hit) break;
    node = hit.value;
    const r =
      (target === 'key' && hit.key ? nodeRange(hit.key) : null) ??
      nodeRange(hit.value) ??
      nodeRange(hit.key);
    if (r) best = r;
  }
  const [start, end] = best
    ? [best[0] + doc.astOffset, best[1] + doc.astOffset]
    : [doc.range[0], doc.range[0]];
  return toSourceRange(file, start, end);
}

export function toSourceRange(file: ParsedFile, start: number, end: number): SourceRange {
  const a = offsetToLineCol(file.lineStarts, start);
  const b = offsetToLineCol(file.lineStarts, end);
  return { start, end, line: a.line, col: a.col, endLine: b.line, endCol: b.col };
}

// ASTs are never changed once parsed, so a mapping's key index stays valid for the AST's lifetime.
const keyIndexes = new WeakMap<object, Map<string, Pair>>();

/** A mapping's pairs by key text (the first of repeated keys wins), built once per mapping. */
function keyIndex(map: { items: unknown[] }): Map<string, Pair> {
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) {
      if (!isPair(item)) continue;
      const k = String(isScalar(item.key) ? item.key.value : item.key);
      if (!index.has(k)) index.set(k, item);
    }
    keyIndexes.set(map, index);
  }
  return index;
}

function child(node: unknown, seg: string | number): { key: unknown; value: unknown } | null {
  if (isMap(node)) {
    // A linear scan per lookup made locating every event of a 5,000-event source quadratic.
    const item = keyIndex(node).get(String(seg));
    return item ? { key: item.key, value: item.value } : null;
  }
  if (isSeq(node) && typeof seg === 'number') {
    const v = node.items[seg];
    return v === undefined ? null : { key: null, value: v };
  }
  return null;
}

function nodeRange(node: unknown): [number, number] | null {
  const r = isNode(node) ? node.range : undefined;
  if (!r) return null;
  // Block collections' value-end includes trailing newlines; pointing at the first line reads better.
  return [r[0], r[1]];
}
