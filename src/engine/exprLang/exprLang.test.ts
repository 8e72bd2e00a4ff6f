import { describe, expect, it } from 'vitest';
import { GoInt } from '../template/values';
import { compileExpr, evalBool } from './compileExpr';
import { filterEnvironment } from './env';
import { evaluate } from './evaluate';
import { fromJsonValue } from './exprJson';
import type { ExprMap, ExprValue } from './values';

// github.com/antonmedv/expr v1.15.5 (the version Argo Events pins), as pkg/shared/expr/eval.go
// EvalBool runs it over expr.GetFuncMap(data).
const NOW = Date.UTC(2026, 2, 1, 9, 30);
const env = (data: unknown) => filterEnvironment(fromJsonValue(data) as ExprMap, NOW);
const check = (expr: string, data: unknown = {}) => evalBool(expr, env(data), NOW);
const value = (expr: string, data: unknown = {}): ExprValue => {
  const c = compileExpr(expr);
  if (!c.ok) throw new Error(c.error.message);
  return evaluate(c.node, env(data), NOW);
};
const plain = (v: ExprValue): unknown =>
  v instanceof GoInt ? v.v : Array.isArray(v) ? v.map(plain) : v;

describe('expr-lang filter expressions', () => {
  const order = { body: { amount: 129.5, count: 5, tags: ['a', 'b'], id: 'A-1', nested: null } };

  it.each([
    ['body.amount > 100', true],
    ['body.amount > 200', false],
    ['body.count == 5', true], // float64 5 from JSON equals the int literal 5
    ['body.count in [1, 5]', true],
    ['body.id startsWith "A-"', true],
    ['body.id matches "^A-\\\\d$"', true],
    ['"a" in body.tags', true],
    ['"c" not in body.tags', true],
    ['body.nested == nil', true],
    ['body.missing == nil', true],
    ['body.missing ?? "x" == "x"', false], // parses as (body.missing ?? "x") == "x"? no: see below
    ['len(body.tags) == 2', true],
    ['all(body.tags, {# != ""})', true],
    ['any(body.tags, # == "b")', true],
    ['filter(body.tags, # == "a")[0] == "a"', true],
    ['body.amount > 100 ? true : false', true],
    ['"abc" < "abd"', true],
    ['asInt("42") == 42', true],
    ['asFloat("1.5") == 1.5', true],
    ['sprig.upper(body.id) == "A-1"', true],
    ['toJson(body.tags) == "[\\"a\\",\\"b\\"]"', true],
    ['jsonpath(toJson(body), "$.tags[1]") == "b"', true],
  ])('%s → %s', (expr, expected) => {
    if (expr.includes('??')) return; // covered separately: mixing ?? and == is a parse error
    expect(check(expr, order)).toEqual({ ok: true, value: expected });
  });

  it('refuses to mix ?? with another operator, as the parser does', () => {
    const r = check('body.missing ?? "x" == "x"', order);
    expect(!r.ok && r.error).toMatch(/coalesce expressions \(\?\?\) cannot be mixed/);
    expect(check('(body.missing ?? "x") == "x"', order)).toEqual({ ok: true, value: true });
  });

  it('errors drop the event: nil member access, comparing nil, non-bool results', () => {
    const nested = check('body.missing.deep == 1', order);
    expect(!nested.ok && nested.error).toMatch(/cannot fetch deep from <nil> \(1:14\)/);
    const lt = check('body.missing > 1', order);
    expect(!lt.ok && lt.error).toMatch(/invalid operation: <nil> > int/);
    const cast = check('body.count', order);
    expect(!cast.ok && cast.error).toBe(
      "unable to cast expression result '%!s(float64=5)' to bool",
    );
    const mod = check('body.count % 2 == 1', order);
    expect(!mod.ok && mod.error).toMatch(/invalid operation: float64 % int/);
  });

  it('folds `x or true` to true and `x and false` to false before anything runs', () => {
    expect(check('body.missing.deep or true', order)).toEqual({ ok: true, value: true });
    expect(check('body.missing.deep and false', order)).toEqual({ ok: true, value: false });
    const and = check('body.missing.deep and true', order);
    expect(and.ok).toBe(false);
  });

  it('a literal string list is a set lookup: other needle types panic, nil finds ""', () => {
    const r = check('body.count in ["5"]', order);
    expect(!r.ok && r.error).toMatch(/value of type float64 is not assignable to type string/);
    expect(check('body.missing in ["", "x"]', order)).toEqual({ ok: true, value: true });
    expect(check('body.missing in [1, ""]', order)).toEqual({ ok: true, value: false });
  });

  it('type-checks literals: mismatches fail at compile time with a location', () => {
    const r = compileExpr('1 + "a"');
    expect(!r.ok && r.error).toEqual({
      message: 'invalid operation: + (mismatched types int and string)',
      line: 1,
      column: 2,
    });
    expect(compileExpr('# > 1').ok).toBe(false);
    expect(compileExpr('filter(x, #index > 1)').ok).toBe(false);
    expect(compileExpr('map(x, #index)').ok).toBe(true);
  });

  it('top-level keys that are builtin names are functions to the checker', () => {
    const r = check('type == "app_mention"', { type: 'app_mention' });
    expect(!r.ok && r.error).toMatch(/mismatched types func/);
    expect(check('Data.type == "app_mention"', { Data: { type: 'app_mention' } })).toEqual({
      ok: true,
      value: true,
    });
  });

  it('turns - into _ in top-level keys and expands dotted keys', () => {
    expect(check('X_Custom == "y"', { 'X-Custom': 'y' })).toEqual({ ok: true, value: true });
    expect(check('a.b == 1', { 'a.b': 1 })).toEqual({ ok: true, value: true });
  });

  it('computes like Go: ints stay ints, / is float, ranges, slices and strings by bytes', () => {
    expect(plain(value('7 / 2'))).toBe(3.5);
    expect(plain(value('1..3'))).toEqual([1, 2, 3]);
    expect(plain(value('[1,2,3,4][1:3]'))).toEqual([2, 3]);
    expect(plain(value('len("é")'))).toBe(2);
    // A string literal takes no postfix in upstream's parser: `"abc"[1:]` is a syntax error.
    expect(compileExpr('"abc"[1:]').ok).toBe(false);
    expect(plain(value('body.s[1:]', { body: { s: 'abc' } }))).toBe('bc');
    expect(plain(value('reduce([1,2,3], #acc + #)'))).toBe(6);
    expect(plain(value('count([1,2,3], # > 1)'))).toBe(2);
    expect(plain(value('let x = 2; x * 3'))).toBe(6);
    expect(plain(value('upper("a") + lower("B")'))).toBe('Ab');
    expect(plain(value('split("a,b", ",")'))).toEqual(['a', 'b']);
    expect(plain(value('string(1.5)'))).toBe('1.5');
    expect(plain(value('2 ** 10'))).toBe(1024);
  });

  it('reports syntax errors with line and column', () => {
    const r = compileExpr('body.amount >');
    expect(!r.ok && r.error.message).toBe('unexpected token EOF');
    const u = compileExpr('body.a @ 1');
    expect(!u.ok && u.error).toMatchObject({ message: "unrecognized character: U+0040 '@'" });
  });

  it('optional chaining and nil coalescing', () => {
    expect(check('body?.missing?.deep == nil', order)).toEqual({ ok: true, value: true });
    expect(plain(value('body.missing ?? 3', order))).toBe(3);
  });

  it('time values: now() is the simulated clock, durations compare', () => {
    expect(check('now().Year() == 2026')).toEqual({ ok: true, value: true });
    expect(check('now() - date("2026-03-01") > duration("9h")')).toEqual({ ok: true, value: true });
  });
});

describe('expr-lang limits', () => {
  it('refuses expressions that nest deeper than the stack, without throwing', () => {
    const deep = `${'('.repeat(20000)}1${')'.repeat(20000)}`;
    const r = compileExpr(deep);
    expect(!r.ok && r.error.message).toBe('the expression nests too deeply');
    const many = Array.from({ length: 20000 }, () => '1').join(' + ');
    expect(() => evalBool(`${many} > 0`, env({}), NOW)).not.toThrow();
  });
});
