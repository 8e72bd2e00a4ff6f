import { describe, expect, it } from 'vitest';
import { gjsonGet, gjsonString, resultBool, resultFloat, resultString } from './gjson';

const DOC = JSON.stringify({
  name: { first: 'Tom', last: 'Anderson' },
  age: 37,
  children: ['Sara', 'Alex', 'Jack'],
  'fav.movie': 'Deer Hunter',
  friends: [
    { first: 'Dale', last: 'Murphy', age: 44, nets: ['ig', 'fb', 'tw'] },
    { first: 'Roger', last: 'Craig', age: 68, nets: ['fb', 'tw'] },
    { first: 'Jane', last: 'Murphy', age: 47, nets: ['ig', 'tw'] },
  ],
});

describe('gjsonGet paths', () => {
  it.each([
    ['name.last', 'Anderson'],
    ['age', '37'],
    ['children', '["Sara","Alex","Jack"]'],
    ['children.#', '3'],
    ['children.1', 'Alex'],
    ['child*.2', 'Jack'],
    ['c?ildren.0', 'Sara'],
    ['fav\\.movie', 'Deer Hunter'],
    ['friends.#.first', '["Dale","Roger","Jane"]'],
    ['friends.1.last', 'Craig'],
    ['friends.#(last=="Murphy").first', 'Dale'],
    ['friends.#(last=="Murphy")#.first', '["Dale","Jane"]'],
    ['friends.#(age>45)#.last', '["Craig","Murphy"]'],
    ['friends.#(first%"D*").last', 'Murphy'],
    ['friends.#(first!%"D*").last', 'Craig'],
    ['friends.#(nets.#(=="fb"))#.first', '["Dale","Roger"]'],
    ['children.@reverse', '["Jack","Alex","Sara"]'],
    ['children.@reverse.0', 'Jack'],
    ['children|@reverse|0', 'Jack'],
    ['name.@keys', '["first","last"]'],
    ['name.@values', '["Tom","Anderson"]'],
    ['[name.first,age]', '["Tom",37]'],
    ['{name.first,age,"the-kids":children.#}', '{"first":"Tom","age":37,"the-kids":3}'],
    ['friends.#.nets|@flatten', '["ig","fb","tw","fb","tw","ig","tw"]'],
    ['!true', 'true'],
    ['name.@tostr', '{"first":"Tom","last":"Anderson"}'],
  ])('%s', (path, expected) => {
    const r = gjsonGet(DOC, path);
    expect(r.exists).toBe(true);
    expect(resultString(r)).toBe(expected);
  });

  it.each([
    'name.middle',
    'children.5',
    'age.x',
    'friends.#(last=="Nobody").first',
    '',
    'friends.x',
  ])('%s does not exist', (path) => {
    expect(gjsonGet(DOC, path).exists).toBe(false);
  });

  it('counts a query with no matches as an empty array', () => {
    expect(gjsonString(DOC, 'friends.#(age>100)#')).toBe('[]');
  });

  it('keeps whitespace-insensitive raw values and reads nested documents', () => {
    const pretty = '{ "a" : { "b" : [ 1 , { "c" : "x\\"y" } ] } }';
    expect(gjsonString(pretty, 'a.b.1.c')).toBe('x"y');
    expect(gjsonGet(pretty, 'a.b.1').raw).toBe('{ "c" : "x\\"y" }');
    expect(gjsonString(pretty, 'a.b|@ugly')).toBe('[1,{"c":"x\\"y"}]');
  });
});

describe('gjson result conversions', () => {
  it('String(): integers exactly as written, other numbers normalised, null empty', () => {
    expect(gjsonString('{"n":12345678901234567890}', 'n')).toBe('12345678901234567890');
    expect(gjsonString('{"n":1.50}', 'n')).toBe('1.5');
    expect(gjsonString('{"n":1e3}', 'n')).toBe('1000');
    expect(gjsonString('{"n":-0.000001}', 'n')).toBe('-0.000001');
    expect(gjsonString('{"n":null}', 'n')).toBe('');
    expect(gjsonString('{"h":{"X":["push"]}}', 'h.X')).toBe('["push"]');
  });

  it('Float() coerces strings and booleans like gjson', () => {
    expect(resultFloat(gjsonGet('{"a":"19.99"}', 'a'))).toBe(19.99);
    expect(resultFloat(gjsonGet('{"a":"ten"}', 'a'))).toBe(0);
    expect(resultFloat(gjsonGet('{"a":true}', 'a'))).toBe(1);
    expect(resultFloat(gjsonGet('{"a":1.0}', 'a'))).toBe(1);
  });

  it('Bool() lower-cases strings and parses them', () => {
    expect(resultBool(gjsonGet('{"a":"TRUE"}', 'a'))).toBe(true);
    expect(resultBool(gjsonGet('{"a":"yes"}', 'a'))).toBe(false);
    expect(resultBool(gjsonGet('{"a":2}', 'a'))).toBe(true);
    expect(resultBool(gjsonGet('{"a":null}', 'a'))).toBe(false);
  });

  it('JSON null exists', () => {
    const r = gjsonGet('{"a":null}', 'a');
    expect(r.exists).toBe(true);
    expect(r.type).toBe('Null');
  });
});
