import { isScalar, visit, type Document } from 'yaml';

/** Where a mapping repeats a key: [start, end) of the repeated key in the text the AST was parsed from. */
export type DuplicateKey = [number, number];

/** The message the `yaml` parser gives for a repeated key, kept so problems read the same as before. */
export const DUPLICATE_KEY_MESSAGE = 'Map keys must be unique';

/**
 * Repeated keys of every mapping in the document, found in one pass with a set per mapping.
 * The parser's own `uniqueKeys` check compares each key with every earlier one, which made one
 * mapping of 100,000 keys take minutes; parse with `uniqueKeys: false` and call this instead.
 * Keys are equal as the parser defines it: scalars whose values are strictly equal (so `1` and
 * `"1"` differ). Collection and alias keys are never equal to another node.
 */
export function findDuplicateKeys(doc: Document): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  visit(doc, {
    Map(_, map) {
      if (map.items.length < 2) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        if (seen.has(key.value)) {
          const start = key.range?.[0] ?? 0;
          found.push([start, Math.max(start + 1, key.range?.[1] ?? start + 1)]);
        } else seen.add(key.value);
      }
    },
  });
  return found;
}
