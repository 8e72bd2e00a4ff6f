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
    ['return string.rep("x", 1e9)', 'memory budget'],
  ])('%s is an error that drops the event', (script, fragment) => {
    const r = runScriptFilter(script, DATA);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(fragment);
  });
});

// gopher-lua v1.1.2: value.go LNumber.String, utils.go parseNumber, baselib.go baseToNumber,
// parse/lexer.go scanNumber, stringlib.go, mathlib.go, tablelib.go; filter.go reads Get(-1).
describe('gopher-lua 5.1 semantics', () => {
  it.each<[string, unknown]>([
    ['return tostring(3.0) == "3"', {}],
    ['return tostring(event.id) == "12345678901"', { id: 12345678901 }],
    ['return event.id > 2147483648 and event.id + 1 == 12345678902', { id: 12345678901 }],
    ['return tostring(1e15) == "1000000000000000"', {}],
    ['return tostring(1e20) == "1e+20"', {}],
    ['return tostring(1234567.5) == "1.2345675e+06"', {}],
    ['return tostring(math.huge) == "1.7976931348623157e+308"', {}],
    ['return tostring(1/0) == "+Inf" and tostring(0/0) == "NaN"', {}],
    ['return tostring(1e400) == "NaN"', {}],
    ['return tonumber("1e3") == nil and tonumber("1.5e3") == 1500', {}],
    ['return tonumber("0x10") == 16 and tonumber("z", 36) == 35', {}],
    ['return 010 == 10 and 0010 == 8', {}],
    ['return ("10" + 1) == 11 and ("1_000" + 0) == 1000 and ("010" + 0) == 8', {}],
    ['return 1, false, true', {}],
    ['return string.format("%d %s %5.2f", 3.7, 2, 1.5) == "3 2  1.50"', {}],
    ['return string.format("%d", "12") == "12" and string.format("%d", "x") == "0"', {}],
    ['return unpack({ 1, 2 }) == 1 and table.getn({ 1, 2, 3 }) == 3', {}],
    ['return string.upper("é") == "É"', {}],
    ['return math.pow(2, 10) == 1024 and math.log(8, 2) == math.log(8)', {}],
    ['local s = 0 for i = 1, 10 do s = s + i end return tostring(s) == "55"', {}],
    ['print("ignored") return true', {}],
    ['return next(event) == nil', null],
  ])('%s', (script, data) => {
    expect(runScriptFilter(script, (data ?? {}) as never)).toEqual({ ok: true, pass: true });
  });

  it('the last of several return values decides', () => {
    expect(runScriptFilter('return true, false', {})).toEqual({ ok: true, pass: false });
  });

  it.each(['return 7 // 2', 'return 1 & 2', 'return ~1', 'return 1 << 2', 'return 1 >> 2'])(
    '%s is a syntax error in Lua 5.1',
    (script) => {
      const r = runScriptFilter(script, {});
      expect(r.ok === false && r.error).toContain('syntax error');
    },
  );
});

// Issue 23: every string builder is bounded whatever its argument types.
describe('Lua memory budget', () => {
  it.each([
    ['return string.rep("x", "1000000000")', 'number expected'],
    ['local s = "x" for i = 1, 40 do s = s .. s end return true', 'memory budget'],
    ['local s = "" for i = 1, 1e6 do s = s .. "ab" end return true', 'memory budget'],
    [
      'local t = {} for i = 1, 2e5 do t[i] = string.rep("y", 1000) end return table.concat(t)',
      'memory budget',
    ],
    [
      'return string.format("%9000000s%9000000s%9000000s%9000000s%9000000s", 1, 2, 3, 4, 5)',
      'memory budget',
    ],
    ['return string.format("%1000000000s", 1) == "%!(NOVERB)"', ''],
    ['return string.gsub(string.rep("x", 1e5), "", string.rep("y", 1000))', 'memory budget'],
    [
      'local big = string.rep("z", 4e6) return string.gsub(string.rep("x", 100), "x", function() return big end)',
      'memory budget',
    ],
    [
      'local s = string.rep("q", 2e6) local ok = pcall(string.rep, s, 100) return s .. s .. s',
      'memory budget',
    ],
  ])('%s is stopped', (script, fragment) => {
    const r = runScriptFilter(script, {});
    if (fragment === '') expect(r).toEqual({ ok: true, pass: true });
    else expect(r.ok === false && r.error).toContain(fragment);
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
