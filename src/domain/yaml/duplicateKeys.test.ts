import { describe, expect, it } from 'vitest';
import { parseManifests } from './parseManifests';
import { wideMapping } from '../../test/bigDesigns';

const problems = (text: string) =>
  parseManifests(text).documents.flatMap((d) =>
    d.problems.map((p) => `${p.line}:${p.col} ${p.message}`),
  );

describe('repeated keys, found in one pass (the parser’s own check is quadratic)', () => {
  it('reports every repeated key where it is, in block and flow mappings', () => {
    expect(problems('a: 1\nb: 2\na: 3\nc: {x: 1, x: 2}\n')).toEqual([
      '3:1 Map keys must be unique',
      '4:11 Map keys must be unique',
    ]);
  });

  it('compares keys as the parser does: 1 and "1" differ, an empty key repeats', () => {
    expect(problems('1: a\n"1": b\n')).toEqual([]);
    expect(problems('? \n: a\n? \n: b\n')).toHaveLength(1);
  });

  it('a document with a repeated key has no value, as before', () => {
    expect(parseManifests('kind: Sensor\nkind: EventSource\n').documents[0]!.value).toBeUndefined();
  });

  // The attack: one mapping of 100,000 keys (1.9 MB) took 262 s to open and froze every edit.
  it('opens a mapping of 100,000 keys', { timeout: 60_000 }, () => {
    const doc = parseManifests(wideMapping(100_000)).documents[0]!;
    expect(doc.problems).toEqual([]);
    const meta = (doc.value as { spec: { webhook: { example: { metadata: object } } } }).spec
      .webhook.example.metadata;
    expect(Object.keys(meta)).toHaveLength(100_000);
    expect(problems(`${wideMapping(100_000)}        key-7: again\n`)).toEqual([
      '100012:9 Map keys must be unique',
    ]);
  });
});

describe('parse results are shared while the text is unchanged', () => {
  it('the same text gives the same object, and an unchanged document keeps its value', () => {
    const text = 'a: 1\n---\nb: 2\n';
    expect(parseManifests(text)).toBe(parseManifests(text));
    const edited = parseManifests('a: 1\n---\nb: 3\n');
    expect(edited.documents[0]!.value).toBe(parseManifests(text).documents[0]!.value);
  });
});
