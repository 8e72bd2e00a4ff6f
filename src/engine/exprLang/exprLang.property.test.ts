import fc from 'fast-check';
import { describe, it } from 'vitest';
import { exprProblem } from '../../domain/validation/rules/eventSourceFilter';
import { fuzzOptions, jsonValue } from '../../test/fuzz';
import { applySourceFilter } from '../sources/sourceFilter';
import { compileExpr } from './compileExpr';

/** Expression-ish text: operators, literals, builtins, closures and helpers in any order. */
const exprText = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc
    .array(
      fc.constantFrom(
        'body',
        '.',
        'a',
        '?.',
        '[',
        ']',
        '(',
        ')',
        '{',
        '}',
        ',',
        ':',
        ' ',
        '#',
        '#index',
        '#acc',
        '1',
        '2.5',
        '"x"',
        "'y'",
        'nil',
        'true',
        'not',
        '!',
        '-',
        '+',
        '*',
        '/',
        '%',
        '**',
        '..',
        '==',
        '!=',
        '<',
        '>=',
        'and',
        'or',
        '&&',
        '||',
        '??',
        '?',
        'in',
        'matches',
        'contains',
        'startsWith',
        'all',
        'filter',
        'map',
        'reduce',
        'len',
        'int',
        'string',
        'now()',
        'duration',
        'date',
        'sprig',
        'sprig.upper',
        'asInt',
        'asFloat',
        'jsonpath',
        'toJson',
        'let x = 1;',
        '|',
        'type',
        'values',
        '$env',
        '__proto__',
        'constructor',
        '1..1000000',
        'repeat("a", 9)',
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join('')),
);

describe('expr-lang (property tests)', () => {
  it('compiling, validating and filtering never throw, whatever the expression and the data', () => {
    fc.assert(
      fc.property(exprText, jsonValue, (expr, data) => {
        compileExpr(expr);
        exprProblem(expr);
        applySourceFilter(expr, JSON.stringify({ body: data, header: {} }), 0);
      }),
      fuzzOptions(6000),
    );
  });
});
