import fc from 'fast-check';

/**
 * Shared settings for the property tests: a fixed seed so CI replays the same cases (set FUZZ_SEED to
 * explore others, FUZZ_RUNS for more cases) and a time budget per property so the suite stays quick.
 */
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

export function fuzzOptions(budgetMs = 3000, runs = RUNS): fc.Parameters<unknown> {
  return {
    seed: FUZZ_SEED,
    numRuns: runs,
    interruptAfterTimeLimit: budgetMs,
    markInterruptAsFailure: false,
  };
}

/** Text an attacker or a bad paste could produce: YAML-ish punctuation, anchors, tags, deep nesting. */
export const yamlishText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.stringMatching(/^[-:{}[\]&*!|>'"#%@`,?\n a-z0-9]{0,300}$/),
  fc
    .array(
      fc.constantFrom(
        '- ',
        '  ',
        ': ',
        '{',
        '}',
        '[',
        ']',
        '&a ',
        '*a ',
        '!!str ',
        '---\n',
        '\n',
        'kind: Sensor',
        'spec:',
        'apiVersion: argoproj.io/v1alpha1',
        '<<: *a',
        '"\\u0000"',
        '? ',
        '|\n',
      ),
      { maxLength: 80 },
    )
    .map((parts) => parts.join('')),
);

/** A JSON-like value of bounded size (strings include keys such as __proto__ and constructor). */
export const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(
    fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'spec', 'name', 'template'),
    ),
    tie('value'),
    { maxKeys: 5 },
  ),
})).value;

/** Random edits to a text: insertions, deletions and line swaps at random places. */
export function mutate(text: string): fc.Arbitrary<string> {
  const edit = fc.oneof(
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      s: fc.constantFrom(
        ':',
        '-',
        ' ',
        '\n',
        '{',
        '[',
        '"',
        "'",
        '&x',
        '*x',
        '#',
        '\t',
        'null',
        '0x',
        '~',
      ),
    }),
    fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      n: fc.integer({ min: 1, max: 20 }),
    }),
    fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  );
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    let t = text;
    for (const e of edits) {
      if (e.kind === 'insert') {
        const at = e.at % (t.length + 1);
        t = t.slice(0, at) + e.s + t.slice(at);
      } else if (e.kind === 'delete') {
        const at = e.at % (t.length + 1);
        t = t.slice(0, at) + t.slice(at + e.n);
      } else {
        const lines = t.split('\n');
        const a = e.a % lines.length;
        const b = e.b % lines.length;
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        t = lines.join('\n');
      }
    }
    return t;
  });
}
