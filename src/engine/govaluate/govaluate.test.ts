import { describe, expect, it } from 'vitest';
import { evaluateExpression, parseExpression, type ExprValue } from './govaluate';

const P: Record<string, ExprValue> = {
  u: 'alice',
  c: 10,
  f: true,
  a: 'reopened',
  price: '19.99',
  'my-user': 'alice',
  n: null,
  list: [1, 2],
  'a.b': 1,
};

function run(text: string, params = P) {
  const parsed = parseExpression(text);
  if (!parsed.ok) return { parseError: parsed.error };
  const r = evaluateExpression(parsed.expr, params);
  return r.ok ? { value: r.value } : { error: r.error };
}

// Knetic/govaluate 9aa4983: parsing.go, lexerState.go, stagePlanner.go, evaluationStage.go.
describe('govaluate', () => {
  it.each<[string, ExprValue]>([
    ['u == "alice"', true],
    ["u == 'alice'", true],
    ['c > 5 && f == true', true],
    ['a =~ "^re"', true],
    ['a !~ "open"', false],
    ['u in ("bob", "alice")', true],
    ['[my-user] == "alice"', true],
    ['c + 1', 11],
    ['u + "!" == "alice!"', true],
    ['c * 2 >= 20', true],
    ['u == "bob" || c == 10', true],
    ['u == "alice" || z == 1', true],
    ['u == "bob" && z == 1', false],
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['2 ** 3', 8],
    ['10 - 2 - 3', 5],
    ['-c + 1', -9],
    ['!f', false],
    ['c > 5 ? "big" : "small"', 'big'],
    ['n ?? "dflt"', 'dflt'],
    ['price == 19.99', false],
    ['"b" > "a"', true],
    ["'2014-01-02' > '2014-01-01 23:59:59'", true],
    ['7 % 4', 3],
    ['6 & 3', 2],
    ['1 << 4', 16],
    ['c == 10 && (u == "x" || f)', true],
    // stagePlanner.go: `c ? a : b` is planned as `(c ? a) : b`, so a nil `a` falls through to `b`.
    ['f ? n : "x"', 'x'],
    ['false ? 1 : 2', 2],
    ['f ? 1 : 2', 1],
    // reorderStages makes runs of one precedence left-associative, `**` included.
    ['2 ** 3 ** 2', 64],
    ['10 - 2 + 3', 11],
    ['1 + 2 * 3 - 4', 3],
    ['c == -1', false],
    ['[a.b] == 1', true],
    ['0x10 == 16', true],
    // parsing.go: either quote ends a string literal.
    [`"abc' == 'abc"`, true],
    ['(1, 2) == (1, 2)', true],
    ['c in (1, 10)', true],
  ])('%s → %j', (text, expected) => {
    expect(run(text)).toEqual({ value: expected });
  });

  it.each([
    ['price > 10', "Value '19.99' cannot be used with the comparator '>', it is not a number"],
    ['my-user == "alice"', "No parameter 'my' found."],
    ['z == 1', "No parameter 'z' found."],
    ['u && f', "cannot be used with the logical operator '&&', it is not a bool"],
    ['u.Name == "x"', "Unable to access 'Name', 'u' is not a struct"],
    ['z.Name == "x"', "No parameter 'z' found."],
    ['f + 1', 'it is not a number'],
    ['a =~ u + "(x"', 'Unable to compile regexp pattern'],
  ])('%s is an evaluation error', (text, message) => {
    expect(run(text).error).toContain(message);
  });

  // parsing.go / lexerState.go: these never get to evaluation.
  it.each([
    ['(a', 'Unbalanced parenthesis'],
    ['a +', 'Unexpected end of expression'],
    ['foo(1)', 'Undefined function foo'],
    ['a @ b', "Invalid token: '@'"],
    ['"unterminated', 'Unclosed string literal'],
    ['1e3 == 1000', 'Cannot transition token types from NUMERIC [1] to VARIABLE [e3]'],
    ["c + '2014-01-01' > 0", 'Cannot transition token types from MODIFIER'],
    ["f ? '2014-01-01' : 1", 'Cannot transition token types from TIME'],
    ['c ==-1', "Invalid token: '==-'"],
    ['a.b == 1', "Unable to access unexported field 'b' in token 'a.b'"],
    ['a. == 1', 'Hanging accessor'],
    ['a =~ "(x"', 'error parsing regexp'],
    ['', 'Unexpected end of expression'],
  ])('%s is a parse error', (text, message) => {
    expect(run(text).parseError).toContain(message);
  });

  it('lists every variable token in order, repeats included (EvaluableExpression.Vars)', () => {
    const p = parseExpression('b > 1 && a == 2 || b < 0');
    expect(p.ok && p.vars).toEqual(['b', 'a', 'b']);
  });
});
