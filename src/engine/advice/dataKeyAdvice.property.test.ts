import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fuzzOptions, mutate, yamlishText } from '../../test/fuzz';
import { EXAMPLES } from '../../examples/templates';
import { parseDesign } from '../../domain/design/design';
import { dataKeyAdvice } from './dataKeyAdvice';

describe('dataKey advice (property tests)', () => {
  it('never throws on arbitrary or mutated designs', () => {
    const texts = EXAMPLES.flatMap((e) => e.files.map((f) => f.text));
    fc.assert(
      fc.property(fc.oneof(yamlishText, fc.constantFrom(...texts).chain(mutate)), (text) => {
        dataKeyAdvice(parseDesign([{ path: 'in.yaml', text }]));
      }),
      fuzzOptions(4000),
    );
  });
});
