import { isMap, isNode, isSeq, parseDocument } from 'yaml';
import { lineStarts, offsetToLineCol } from '../../lib/textPosition';

/**
 * Where a path (`['scenarios', 2, 'steps', 0]`) is written in a YAML file, for located failures in
 * scenarios and lesson files. The file was parsed once for its content; this reads positions only,
 * on first use.
 */
export function yamlLocator(
  text: string,
): (path: (string | number)[]) => { line: number; col: number } {
  let located: { doc: ReturnType<typeof parseDocument>; starts: number[] } | null = null;
  return (path) => {
    located ??= { doc: parseDocument(text, { uniqueKeys: false }), starts: lineStarts(text) };
    let node: unknown = located.doc.contents;
    let offset = 0;
    for (const seg of path) {
      const next: unknown = isMap(node)
        ? node.get(seg, true)
        : isSeq(node)
          ? node.get(Number(seg), true)
          : undefined;
      if (!next) break;
      node = next;
      offset = (isNode(node) ? node.range?.[0] : undefined) ?? offset;
    }
    return offsetToLineCol(located.starts, offset);
  };
}
