import { describe, expect, it } from 'vitest';
import type { ExprNode } from './ast';
import { parseExpr } from './parser';

/** A compact print of the tree, to compare structure. */
function show(n: ExprNode): string {
  switch (n.kind) {
    case 'nil':
      return 'nil';
    case 'identifier':
      return n.name;
    case 'integer':
    case 'float':
      return `${n.value}${n.kind === 'float' ? 'f' : ''}`;
    case 'bool':
      return String(n.value);
    case 'string':
      return JSON.stringify(n.value);
    case 'unary':
      return `(${n.operator} ${show(n.node)})`;
    case 'binary':
      return `(${show(n.left)} ${n.operator} ${show(n.right)})`;
    case 'chain':
      return `chain(${show(n.node)})`;
    case 'member':
      return `${show(n.node)}${n.optional ? '?.' : '.'}[${show(n.property)}]`;
    case 'slice':
      return `${show(n.node)}[${n.from ? show(n.from) : ''}:${n.to ? show(n.to) : ''}]`;
    case 'call':
      return `${show(n.callee)}(${n.args.map(show).join(', ')})`;
    case 'builtin':
      return `${n.name}!(${n.args.map(show).join(', ')})`;
    case 'closure':
      return `{${show(n.node)}}`;
    case 'pointer':
      return `#${n.name}`;
    case 'conditional':
      return `(${show(n.cond)} ? ${show(n.exp1)} : ${show(n.exp2)})`;
    case 'let':
      return `let ${n.name} = ${show(n.value)}; ${show(n.expr)}`;
    case 'array':
      return `[${n.nodes.map(show).join(', ')}]`;
    case 'map':
      return `{${n.pairs.map((p) => `${show(p.key)}: ${show(p.value)}`).join(', ')}}`;
    default:
      return n.kind;
  }
}
const tree = (s: string) => {
  const r = parseExpr(s);
  if (!r.ok) throw new Error(`${r.error.message} (${r.error.line}:${r.error.column})`);
  return show(r.node);
};
const error = (s: string) => {
  const r = parseExpr(s);
  return r.ok ? null : r.error;
};

// github.com/antonmedv/expr v1.15.5 parser/parser.go, parser/lexer/*.go, parser/operator/operator.go.
describe('expr-lang parser', () => {
  it.each([
    ['a + b * c', '(a + (b * c))'],
    ['a or b and c', '(a or (b and c))'],
    ['not a == b', '((not a) == b)'],
    ['-2 ** 2', '(- (2 ** 2))'],
    ['2 ** 3 ** 2', '(2 ** (3 ** 2))'],
    ['a not in b', '(not (a in b))'],
    ['a not matches "x"', '(not (a matches "x"))'],
    ['a ? b : c ? d : e', '(a ? b : (c ? d : e))'],
    ['a ?: b', '(a ? a : b)'],
    ['a?.b.c', 'chain(a?.["b"].["c"])'],
    ['a[1:]', 'a[1:]'],
    ['a[:2]', 'a[:2]'],
    ['a["x"]', 'a.["x"]'],
    ['all(xs, {# > 1})', 'all!(xs, {(# > 1)})'],
    ['filter(xs, .active)', 'filter!(xs, {#.["active"]})'],
    ['xs | map(#index)', 'map!(xs, {#index})'],
    ['len(x) + asInt("1")', '(len!(x) + asInt("1"))'],
    ['let x = 1; x + 2', 'let x = 1; (x + 2)'],
    ['{a: 1, "b": 2, 3: c}', '{"a": 1, "b": 2, "3": c}'],
    ['0x1F + 1_000 + .5', '((31 + 1000) + 0.5f)'],
    ['1..3', '(1 .. 3)'],
    ['sprig.upper(x)', 'sprig.["upper"](x)'],
    ['a // comment\n + /* b */ c', '(a + c)'],
  ])('%s parses as %s', (src, want) => {
    expect(tree(src)).toBe(want);
  });

  it('reports errors where upstream does', () => {
    expect(error('a +')).toMatchObject({ message: 'unexpected token EOF', line: 1, column: 2 });
    expect(error('a ?? b || c')).toMatchObject({
      message: expect.stringContaining('cannot be mixed'),
      column: 7,
    });
    expect(error('"abc"[0]')).toMatchObject({ message: 'unexpected token Bracket("[")' });
    expect(error('a.+')?.message).toBe('expected name');
    expect(error('a.1')?.message).toBe('unexpected token Number(".1")');
    expect(error('"unterminated')?.message).toBe('literal not terminated');
    expect(error('1x')?.message).toBe('bad number syntax: "1x"');
    expect(error('a ~ b')?.message).toBe("unrecognized character: U+007E '~'");
    expect(error('#')?.message).toBe('cannot use pointer accessor outside closure');
    expect(error('0o17')?.message).toMatch(/invalid integer literal/);
  });
});
