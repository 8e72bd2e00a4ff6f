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
