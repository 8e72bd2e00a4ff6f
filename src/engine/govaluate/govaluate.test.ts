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
};

function run(text: string, params = P) {
  const parsed = parseExpression(text);
  if (!parsed.ok) return { parseError: parsed.error };
  const r = evaluateExpression(parsed.expr, params);
  return r.ok ? { value: r.value } : { error: r.error };
}

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
  ])('%s → %j', (text, expected) => {
    expect(run(text)).toEqual({ value: expected });
  });

  it.each([
    ['price > 10', "Value '19.99' cannot be used with the comparator '>', it is not a number"],
    ['my-user == "alice"', "No parameter 'my' found."],
    ['z == 1', "No parameter 'z' found."],
    ['u && f', "cannot be used with the logical operator '&&', it is not a bool"],
    ['u.name == "x"', "Unable to access parameter field or method 'name'"],
    ['a =~ "(x"', 'Unable to compile regexp pattern'],
    ['f + 1', 'it is not a number'],
  ])('%s is an evaluation error', (text, message) => {
    expect(run(text).error).toContain(message);
  });

  it.each(['(a', 'a +', 'foo(1)', 'a @ b', '"unterminated'])('%s is a parse error', (text) => {
    expect(run(text).parseError).toBeTruthy();
  });

  it('lists variables in order of appearance', () => {
    const p = parseExpression('b > 1 && a == 2 || b < 0');
    expect(p.ok && p.vars).toEqual(['b', 'a']);
  });
});
