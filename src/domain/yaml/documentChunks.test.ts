import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadExampleFiles } from '../../test/exampleFiles';
import { splitDocumentChunks } from './documentChunks';
import { parseManifests } from './parseManifests';
import { patchDocument } from './patchDocument';
import { rangeOfPath } from './sourceRanges';

/** What a parse means to the rest of the app, minus the AST objects themselves. */
function meaning(text: string) {
  return parseManifests(text).documents.map(
    ({ ast: _ast, astText: _t, astOffset: _o, ...rest }) => rest,
  );
}

/** The same file read as one text (a `%YAML` directive forces the whole-file path). */
function wholeFileMeaning(text: string) {
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true });
  return (Array.isArray(docs) ? docs : [docs]).map((d, i, all) => ({
    start: i === 0 ? 0 : d.range[0],
    end: all[i + 1]?.range[0] ?? text.length,
    value: d.errors.length ? undefined : safeToJS(d),
  }));
}

function safeToJS(d: { toJS: () => unknown }): unknown {
  try {
    return d.toJS();
  } catch {
    return undefined;
  }
}

const TRICKY = [
  '# leading comment\n---\nkind: A\n---\nkind: B\n',
  'kind: A\n---\n# only a comment\n---\nkind: B\n',
  'kind: A\n--- # marker with a comment\nkind: B\n',
  'kind: A\n---\n',
  'a: |\n  text\n  --- not a marker (indented)\n---\nb: 1\n',
  '---\nkind: A\n---\nkind: B',
  'kind: A\r\n---\r\nkind: B\r\n',
  'x: &a 1\n---\ny: *a\n',
];

describe('splitDocumentChunks', () => {
  it('leaves files with directives or end markers to the whole-file parser', () => {
    expect(splitDocumentChunks('%YAML 1.2\n---\na: 1\n')).toBeNull();
    expect(splitDocumentChunks('a: 1\n...\n---\nb: 2\n')).toBeNull();
  });

  it('starts each chunk at a marker and keeps leading comments with the first document', () => {
    expect(splitDocumentChunks('# c\n---\na: 1\n---\nb: 2\n')).toEqual([
      { offset: 0, text: '# c\n---\na: 1\n' },
      { offset: 13, text: '---\nb: 2\n' },
    ]);
  });
});

describe('parsing documents one by one', () => {
  it('means exactly what parsing the whole file means, for every example and tricky input', () => {
    for (const text of [...loadExampleFiles().map((f) => f.text), ...TRICKY]) {
      const chunked = meaning(text);
      const whole = wholeFileMeaning(text);
      expect(
        chunked.map((d) => ({
          start: d.range[0],
          end: d.range[1],
          value: d.problems.length ? undefined : d.value,
        })),
      ).toEqual(whole);
    }
  });

  it('points ranges and patches at the right place in later documents', () => {
    const text = 'kind: A\nmetadata: {name: a}\n---\n# note\nkind: B\nmetadata:\n  name: b\n';
    const parsed = parseManifests(text);
    const doc = parsed.documents[1]!;
    expect(doc.astOffset).toBeGreaterThan(0);
    const r = rangeOfPath(parsed, doc, ['metadata', 'name']);
    expect(text.slice(r.start, r.end)).toBe('b');
    expect(patchDocument(parsed, 1, { kind: 'B', metadata: { name: 'c' } })).toBe(
      text.replace('name: b', 'name: c'),
    );
  });

  it('reports an error inside a later document at its place in the file', () => {
    const text = 'kind: A\n---\nkind: [B\n';
    const [, second] = parseManifests(text).documents;
    expect(second!.problems[0]!.line).toBeGreaterThanOrEqual(3);
  });
});
