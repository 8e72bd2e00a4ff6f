import { describe, expect, it } from 'vitest';
import { readConditions } from './conditionNames';

describe('readConditions', () => {
  it('lists names in order of first appearance, treating - and _ alike', () => {
    expect(readConditions('(dep-a && dep_b) || dep_a || c')).toEqual({
      ok: true,
      names: ['dep-a', 'dep_b', 'c'],
    });
  });

  it('drops whitespace inside names the way the sensor does', () => {
    expect(readConditions('( a  &&  b )')).toEqual({ ok: true, names: ['a', 'b'] });
  });

  it('reads `a and b` as the single unknown name `aandb`, as the sensor does', () => {
    expect(readConditions('a and b')).toEqual({ ok: true, names: ['aandb'] });
  });

  it.each([
    ['!a', "unexpected character '!'"],
    ['a &&', 'ends where'],
    ['(a || b', "missing ')'"],
    ['a || b)', "unexpected ')'"],
    ['1a', 'must not start with a digit'],
    ['a.b', "unexpected character '.'"],
    ['', 'empty'],
  ])('reports %j', (text, fragment) => {
    const r = readConditions(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(fragment);
  });
});
