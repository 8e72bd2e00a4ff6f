import { describe, expect, it } from 'vitest';
import { runLuaTransform, runScriptFilter } from './luaScripts';

const DATA = {
  body: { user: 'alice', count: 10, items: [{ name: 'a' }, null, [1], { name: 'b' }], gone: null },
  header: { 'X-Event': ['push'] },
};

describe('Lua script filter', () => {
  it.each([
    ['return event.body.user == "alice"', true],
    ['return event.body.count > 5', true],
    ['return event.body.items[1].name == "a" and event.body.items[2].name == "b"', true],
    ['return event.body.gone == nil', true],
    ['return tostring(event.body.count) == "10"', true],
    ['return 1', false],
    ['return "yes"', false],
    ['local x = 1', false],
    ['return event.context == nil', true],
  ])('%s → %s', (script, pass) => {
    expect(runScriptFilter(script, DATA)).toEqual({ ok: true, pass });
  });

  it.each([
    ['if x then return true', 'syntax error'],
    ['error("boom")', 'boom'],
    ['while true do end', 'exceeded'],
    ['local function f() return f() + 1 end return f()', ''],
    ['return os.exit(1)', "global 'os'"],
    ['return io.open("/etc/passwd")', "global 'io'"],
    ['return require("x")', "global 'require'"],
    ['return load("return 1")()', "global 'load'"],
    ['return string.dump(print)', ''],
    ['return string.rep("x", 1e9)', 'too large'],
  ])('%s is an error that drops the event', (script, fragment) => {
    const r = runScriptFilter(script, DATA);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(fragment);
  });
});

describe('Lua transform', () => {
  it('returns the table as the new data: arrays for integer keys, objects otherwise', () => {
    const r = runLuaTransform(
      'event.body.user = string.upper(event.body.user); event.list = {"x", "y"}; return event',
      DATA,
    );
    expect(r).toMatchObject({
      ok: true,
      data: { body: { user: 'ALICE', count: 10 }, list: ['x', 'y'] },
    });
  });

  it('requires a table', () => {
    expect(runLuaTransform('return 1', DATA)).toEqual({
      ok: false,
      error: 'transform script must return a table',
    });
  });
});
