import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadExampleFiles } from '../../test/exampleFiles';
import { fuzzOptions } from '../../test/fuzz';
import { detectStyle } from './patchDocument';

/** The style as one pattern over the whole text finds it (what detectStyle did before). */
function byOnePattern(text: string) {
  const m = /^( *)[^\s#-][^\n]*:[ \t]*(?:#[^\n]*)?\n( *)- /m.exec(text);
  if (!m) return { indentSeq: true };
  return { indentSeq: (m[2]?.length ?? 0) > (m[1]?.length ?? 0) };
}

describe('detectStyle', () => {
  it('finds the style of every upstream example as one pattern over the text does', () => {
    for (const f of loadExampleFiles())
      expect(detectStyle(f.text), f.path).toEqual(byOnePattern(f.text));
  });

  it('agrees with it on any mix of keys, items, comments and blank lines', () => {
    const line = fc.constantFrom(
      'a:',
      '  b:',
      'c: 1',
      '- x',
      '  - y',
      '    - z',
      '# c',
      '',
      'd: # n',
      ' -e',
      '\t- t',
      'k:\r',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        expect(detectStyle(text)).toEqual(byOnePattern(text));
      }),
      fuzzOptions(),
    );
  });
});
