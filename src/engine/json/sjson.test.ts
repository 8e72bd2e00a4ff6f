import { describe, expect, it } from 'vitest';
import { sjsonSetRaw, sjsonSetString } from './sjson';
import { goMarshalString } from './goJson';

const ok = (r: ReturnType<typeof sjsonSetRaw>) => {
  if (!r.ok) throw new Error(r.error);
  return r.json;
};

describe('sjson', () => {
  it.each([
    ['', 'name', '"Tom"', '{"name":"Tom"}'],
    ['', 'name.last', '"Anderson"', '{"name":{"last":"Anderson"}}'],
    [
      '{"name":{"last":"Anderson"}}',
      'name.first',
      '"Sara"',
      '{"name":{"last":"Anderson","first":"Sara"}}',
    ],
    ['{"name":"Tom"}', 'name', '"Jerry"', '{"name":"Jerry"}'],
    ['{"friends":["Andy","Carol"]}', 'friends.2', '"Sara"', '{"friends":["Andy","Carol","Sara"]}'],
    ['{"friends":["Andy","Carol"]}', 'friends.-1', '"Sara"', '{"friends":["Andy","Carol","Sara"]}'],
    [
      '{"friends":["Andy","Carol"]}',
      'friends.4',
      '"Sara"',
      '{"friends":["Andy","Carol",null,null,"Sara"]}',
    ],
    ['{"a":{}}', 'a.b', '1', '{"a":{"b":1}}'],
    ['{"a":[]}', 'a.0', '1', '{"a":[1]}'],
    ['', 'a.1', '"x"', '{"a":[null,"x"]}'],
    [
      '{"meta":{}}',
      'meta.annotations.example\\.com/x',
      '"y"',
      '{"meta":{"annotations":{"example.com/x":"y"}}}',
    ],
    ['{"a":{"1":true}}', 'a.:1', 'false', '{"a":{"1":false}}'],
    ['{ "keep" : "spacing" }', 'new', '2', '{ "keep" : "spacing" ,"new":2}'],
  ])('set(%j, %j, %s)', (doc, path, value, expected) => {
    expect(ok(sjsonSetRaw(doc, path, value))).toBe(expected);
  });

  it('rejects empty paths and keys on arrays', () => {
    expect(sjsonSetRaw('{}', '', '1').ok).toBe(false);
    expect(sjsonSetRaw('{"a":[1]}', 'a.b', '1').ok).toBe(false);
  });

  it('quotes strings like sjson: plain for printable ASCII, json.Marshal otherwise', () => {
    expect(ok(sjsonSetString('{}', 'a', '<b>'))).toBe('{"a":"<b>"}');
    expect(ok(sjsonSetString('{}', 'a', 'say "<hi>"\n'))).toBe(
      '{"a":"say \\"\\u003chi\\u003e\\"\\n"}',
    );
    expect(goMarshalString('é & \u2028')).toBe('"é \\u0026 \\u2028"');
  });
});

// tidwall/sjson v1.2.5 sjson.go: parsePath, appendRawPaths, appendBuild and setComplexPath.
describe('sjson.go destinations', () => {
  it.each([
    // An empty part is an index (atoui of "" is 0): it builds or appends to an array.
    ['', 'a..b', '1', '{"a":[{"b":1}]}'],
    ['', '.a', '1', '[{"a":1}]'],
    ['{}', '.a', '1', '{"":{"a":1}}'],
    ['{"a":[1]}', 'a.', '2', '{"a":[1,2]}'],
    // A leading ':' forces an object key when building, but gjson still reads the index.
    ['', 'a.:1', '1', '{"a":{"1":1}}'],
    ['{"a":[0,0]}', 'a.:1', '1', '{"a":[0,1]}'],
    // Escapes: any escaped character is part of the key, and keeps the path simple.
    ['{}', 'a\\*b', '1', '{"a*b":1}'],
    ['{}', 'a\\|b.c', '1', '{"a|b":{"c":1}}'],
    // Whitespace before an object is dropped when a member is added (the parse starts at `{`).
    ['  {"a":1}  ', 'b', '2', '{"a":1,"b":2}'],
    // A scalar where a container is needed is replaced.
    ['5', 'a', '1', '{"a":1}'],
    ['{"a":"x"}', 'a.0', '1', '{"a":[1]}'],
    // Complex paths write where gjson found the value, or change nothing.
    ['{"a":{"x":1,"y":2}}', 'a.*', '0', '{"a":{"x":0,"y":2}}'],
    ['{"a":[{"b":1},{"b":2}]}', 'a.#.b', '0', '{"a":[{"b":0},{"b":0}]}'],
    ['{"a":[{"b":1},{"b":2}]}', 'a.#(b>1).b', '0', '{"a":[{"b":1},{"b":0}]}'],
    ['{"a":1}', 'a|@this', '0', '{"a":1}'],
    ['{"a":1}', 'b?', '0', '{"a":1}'],
    [' {"a":1}', '@this', '0', ' 0'],
  ])('set(%j, %j, %s)', (doc, path, value, expected) => {
    expect(ok(sjsonSetRaw(doc, path, value))).toBe(expected);
  });

  it('reports sjson errors with sjson messages', () => {
    expect(sjsonSetRaw('[1]', 'x', '1')).toEqual({
      ok: false,
      error: "cannot set array element for non-numeric key 'x'",
    });
    expect(sjsonSetRaw('[1]', ':3', '1')).toEqual({
      ok: false,
      error: "cannot set array element for non-numeric key '3'",
    });
    expect(sjsonSetRaw('{}', '', '1')).toEqual({ ok: false, error: 'path cannot be empty' });
    expect(sjsonSetRaw('{}', 'a.99999999', '1').ok).toBe(false);
  });

  it('a complex path whose offsets fall outside the document panics in Go', () => {
    // The multipath's Indexes point into the text gjson built, longer than the document.
    const r = sjsonSetRaw('{"a":[{"b":1}]}', '[a,a,a].2.#.b', '0');
    expect(r).toMatchObject({ ok: false, panic: true });
  });
});
