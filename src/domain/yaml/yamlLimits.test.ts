import { describe, expect, it } from 'vitest';
import { parseManifests } from './parseManifests';
import { MAX_ALIAS_COUNT, MAX_DOCUMENTS, MAX_FILE_BYTES, MAX_NESTING_DEPTH } from './yamlLimits';

/** Every problem of the file, as `code line:col message`. */
const problems = (text: string) => {
  const f = parseManifests(text);
  return [...f.problems, ...f.documents.flatMap((d) => d.problems)].map(
    (p) => `${p.code} ${p.line}:${p.col} ${p.message}`,
  );
};

describe('limits on untrusted YAML, each with a clear, located message', () => {
  it(`refuses files over ${MAX_FILE_BYTES / 1024 / 1024} MiB`, () => {
    expect(problems(`# ${'x'.repeat(MAX_FILE_BYTES)}\n`)).toEqual([
      expect.stringMatching(/^yaml\.too-large 1:1 file is 10\.0 MiB; the limit is 10\.0 MiB$/),
    ]);
  });

  it('refuses binary content where the NUL byte is', () => {
    expect(problems('a: 1\nb: \u0000\n')).toEqual([expect.stringMatching(/^yaml\.binary 2:4 /)]);
  });

  it(`refuses nesting deeper than ${MAX_NESTING_DEPTH} levels, block or flow`, () => {
    expect(problems(`${'- '.repeat(MAX_NESTING_DEPTH + 10)}x\n`)).toEqual([
      expect.stringMatching(/^yaml\.too-deep 1:\d+ nesting deeper than 128 levels$/),
    ]);
    expect(
      problems(`a: ${'['.repeat(MAX_NESTING_DEPTH + 10)}${']'.repeat(MAX_NESTING_DEPTH + 10)}\n`),
    ).toEqual([expect.stringMatching(/^yaml\.too-deep 1:\d+ /)]);
    expect(
      problems(`a: ${'- '.repeat(20)}x\n`).filter((p) => p.startsWith('yaml.too-deep')),
    ).toEqual([]);
  });

  it(`refuses more than ${MAX_DOCUMENTS} documents`, () => {
    expect(
      problems(
        Array(MAX_DOCUMENTS + 1)
          .fill('a: 1\n')
          .join('---\n'),
      ),
    ).toEqual([
      `yaml.too-many-documents 1:1 ${MAX_DOCUMENTS + 1} documents; the limit is ${MAX_DOCUMENTS}`,
    ]);
  });

  it(`refuses alias expansion past ${MAX_ALIAS_COUNT} (a "billion laughs" bomb) without expanding it`, () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
    ].join('\n');
    expect(problems(bomb).some((p) => p.startsWith('yaml.alias-limit '))).toBe(true);
  });
});
