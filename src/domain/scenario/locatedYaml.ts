import { isMap, isNode, isSeq, parseDocument, type Node } from 'yaml';
import { lineStarts, offsetToLineCol } from '../../lib/textPosition';
import { DUPLICATE_KEY_MESSAGE, findDuplicateKeys } from '../yaml/duplicateKeys';

export interface LocatedProblem {
  message: string;
  line: number;
  col: number;
}

export type FieldPath = (string | number)[];

/**
 * Parses one YAML document for a reader that reports its own mistakes by path: `fail` records a
 * problem at the line and column of the deepest node of the path that exists.
 */
export function readLocatedYaml(text: string):
  | { ok: false; problems: LocatedProblem[] }
  | {
      ok: true;
      value: unknown;
      problems: LocatedProblem[];
      fail: (path: FieldPath, message: string) => void;
    } {
  const starts = lineStarts(text);
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const locate = (offset: number) => offsetToLineCol(starts, offset);
  const errors = doc.errors.length
    ? doc.errors.map((e) => ({ message: e.message.split('\n')[0]!, offset: e.pos[0] }))
    : findDuplicateKeys(doc).map(([offset]) => ({ message: DUPLICATE_KEY_MESSAGE, offset }));
  if (errors.length)
    return {
      ok: false,
      problems: errors.map((e) => ({ message: e.message, ...locate(e.offset) })),
    };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return {
      ok: false,
      problems: [{ message: e instanceof Error ? e.message : String(e), line: 1, col: 1 }],
    };
  }
  const problems: LocatedProblem[] = [];
  const at = (path: FieldPath) => {
    let node: Node | null = doc.contents;
    for (const seg of path) {
      const next: unknown = isMap(node)
        ? node.get(seg, true)
        : isSeq(node)
          ? node.get(Number(seg), true)
          : undefined;
      if (!isNode(next)) break;
      node = next;
    }
    return locate(node?.range?.[0] ?? 0);
  };
  const fail = (path: FieldPath, message: string) =>
    void problems.push({ message: `${path.join('.') || '(file)'}: ${message}`, ...at(path) });
  return { ok: true, value, problems, fail };
}
