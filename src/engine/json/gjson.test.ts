import { describe, expect, it } from 'vitest';
import { gjsonGet, gjsonString, resultBool, resultFloat, resultString, resultValue } from './gjson';

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

// tidwall/gjson v1.19.0 gjson.go: Get, parseObject/parseArray, the modifiers and Result.Index.
describe('gjson.go edge paths', () => {
  const doc = '{"a":{"b":[1,{"c":"x"}],"t":true,"f":false,"n":null},"s":"hi","arr":[3,1,2]}';
  it.each([
    // parseObjectPath: an escape makes the next byte literal; a trailing backslash is dropped.
    ['a\\', 'a', '{"b":[1,{"c":"x"}],"t":true,"f":false,"n":null}'],
    ['s\\', 's', 'hi'],
    // isDotPiperChar: `.@reverse` pipes the value; `|` too; `..` reads JSON lines.
    ['arr.@reverse', 'arr', '[2,1,3]'],
    ['arr|@reverse|0', 'arr', '2'],
    ['..0.s', '', 'hi'],
    // queries: booleans only know = != and the orderings gjson lists; ~ converts first.
    ['a.b.#(c=="x").c', '', 'x'],
    ['arr.#(>1)#', '', '[3,2]'],
    ['arr.#(=~*)#|#', '', '3'],
    // modifiers on other values
    ['a.b|@flatten', '', '[1,{"c":"x"}]'],
    ['!{"x":[1,[2,[3]]]}.x|@flatten:{"deep":true}', '', '[1,2,3]'],
    // Without `!` a leading `{` is a multipath whose selectors read nothing here.
    ['{"x":[1,[2,[3]]]}.x|@flatten:{"deep":true}', '', '[]'],
    ['@this.s', '', 'hi'],
    ['a.t.@tostr', '', 'true'],
    ['a|@keys', '', '["b","t","f","n"]'],
    ['a|@values|#', '', '4'],
    ['a|@dig:c', '', '["x"]'],
    // execStatic squashes from the quote: an unclosed second string swallows the rest.
    ['!"[1,2]"|@fromstr|1', '', '[1,2]'],
    ['s|@tostr|@fromstr', '', 'hi'],
    ['s|@valid', '', 'hi'],
  ])('%s', (path, _note, expected) => {
    const r = gjsonGet(doc, path);
    expect(resultString(r)).toBe(expected);
  });

  it('a [ ... ] path that does not close reads the empty key (parseSubSelectors leaves "")', () => {
    expect(gjsonString('{"":1,"a":2}', '[a')).toBe('1');
    expect(gjsonString('{"":1,"a":2}', '{a')).toBe('1');
  });

  it('@join merges objects, keeping the last of a key unless told to preserve', () => {
    const j = '[{"a":1,"b":2},{"a":3},5]';
    expect(gjsonString(j, '@join')).toBe('{"a":3,"b":2}');
    expect(gjsonString(j, '@join:{"preserve":true}')).toBe('{"a":1,"b":2,"a":3}');
  });

  it('@group zips arrays of an object into objects', () => {
    expect(gjsonString('{"id":[1,2],"n":["a","b"],"x":7}', '@group')).toBe(
      '[{"id":1,"n":"a"},{"id":2,"n":"b"}]',
    );
  });

  it('@ugly and @pretty reformat (tidwall/pretty)', () => {
    expect(gjsonString('{ "a" : [ 1 , 2 ] }', '@ugly')).toBe('{"a":[1,2]}');
    expect(gjsonString('{"a":[1,2],"b":{"c":1}}', '@pretty')).toBe(
      '{\n  "a": [1, 2],\n  "b": {\n    "c": 1\n  }\n}\n',
    );
    expect(gjsonString('{"b":1,"a":2}', '@pretty:{"sortKeys":true}')).toBe(
      '{\n  "a": 2,\n  "b": 1\n}\n',
    );
  });

  it('Index is the offset of the value in the document, 0 when computed or piped', () => {
    const j = '{"a":{"b":"x"},"l":[{"k":1},{"k":2}]}';
    expect(gjsonGet(j, 'a.b').index).toBe(j.indexOf('"x"'));
    expect(gjsonGet(j, 'a|b').index).toBe(0);
    expect(gjsonGet(j, 'l.#').index).toBe(0);
    expect(gjsonGet(j, 'l.#.k').indexes).toEqual([j.indexOf('1}'), j.indexOf('2}')]);
    expect(gjsonGet(j, 'l.#(k==2).k').index).toBe(j.indexOf('2}'));
    expect(gjsonGet(j, '@this').index).toBe(0);
    expect(gjsonGet(` ${j}`, '@this').index).toBe(1);
  });

  it('unescape ends a string at a control character or an unknown escape', () => {
    // Not valid JSON, which Get does not check: gjson reads what it can.
    expect(gjsonString('{"a":"x\\qy"}', 'a')).toBe('x');
    expect(gjsonString('{"a":"x\\u00e9\\uZZZZy"}', 'a')).toBe('xé\u0000y');
  });

  it('an index past 2^64 wraps like gjson parseUint', () => {
    expect(gjsonString('[7,8]', '18446744073709551617')).toBe('8');
  });

  it('Value() keeps the first of duplicate keys, in a null-prototype map', () => {
    const v = resultValue(gjsonGet('{"o":{"k":1,"k":2,"__proto__":{"x":1}}}', 'o')) as Record<
      string,
      unknown
    >;
    expect(v.k).toBe(1);
    expect(Object.getPrototypeOf(v)).toBeNull();
    expect(Object.keys(v)).toEqual(['k', '__proto__']);
  });
});
