import { lauxlib, lua, to_luastring, type LuaState } from 'fengari';
import { GoInt, type TValue } from '../template/values';
import { sprintf } from '../template/printf';
import { utf8Decode, utf8Encode } from '../../lib/utf8';
import { ensure } from './fengariInternals';
import { luaNumberString, luaParseNumber, luaToNumber } from './luaNumbers';

/**
 * The library a gopher-lua v1.1.2 state offers (baselib.go, stringlib.go, tablelib.go, mathlib.go),
 * on top of fengari's 5.3 one: 5.1 names (`unpack`, `table.getn`, `math.pow`…) added, 5.3-only
 * ones removed, and the functions whose behaviour differs replaced by gopher-lua's. The functions
 * that build strings check the evaluation's memory budget before building.
 */
type LuaFn = (L: LuaState) => number;

const str = (L: LuaState, i: number) => lua.lua_tojsstring(L, i);

function bytesOf(L: LuaState, i: number): Uint8Array {
  return lauxlib.luaL_checklstring(L, i);
}

function setField(L: LuaState, table: string, name: string, fn: LuaFn | null): void {
  lua.lua_getglobal(L, to_luastring(table));
  if (fn) lua.lua_pushjsfunction(L, fn);
  else lua.lua_pushnil(L);
  lua.lua_setfield(L, -2, to_luastring(name));
  lua.lua_pop(L, 1);
}

function setGlobal(L: LuaState, name: string, fn: LuaFn | null): void {
  if (fn) lua.lua_pushjsfunction(L, fn);
  else lua.lua_pushnil(L);
  lua.lua_setglobal(L, to_luastring(name));
}

/** CheckInt: a number (not a numeric string), truncated like Go's int(float64). */
function checkInt(L: LuaState, i: number, fn: string): number {
  if (lua.lua_type(L, i) !== lua.LUA_TNUMBER)
    lauxlib.luaL_error(
      L,
      to_luastring(
        `bad argument #${i} to ${fn} (number expected, got ${lua.lua_type(L, i) === lua.LUA_TNIL ? 'no value' : 'string'})`,
      ),
    );
  return Math.trunc(lua.lua_tonumber(L, i));
}

/** strings.ToUpper/ToLower: rune by rune (so non-ASCII letters change), invalid bytes become U+FFFD. */
function goCase(bytes: Uint8Array, upper: boolean): Uint8Array {
  if (bytes.every((b) => b < 0x80)) {
    const out = Uint8Array.from(bytes);
    for (let i = 0; i < out.length; i++) {
      const b = out[i]!;
      if (upper && b >= 97 && b <= 122) out[i] = b - 32;
      if (!upper && b >= 65 && b <= 90) out[i] = b + 32;
    }
    return out;
  }
  const text = utf8Decode(bytes);
  let mapped = '';
  for (const c of text) {
    const m = upper ? c.toUpperCase() : c.toLowerCase();
    mapped += [...m].length === 1 ? m : c;
  }
  return utf8Encode(mapped);
}

/** An LValue as Go's fmt sees it for one verb (LNumber and LString implement fmt.Formatter). */
function fmtArg(L: LuaState, i: number, verb: string): [TValue, string] {
  const t = lua.lua_type(L, i);
  if (t === lua.LUA_TNUMBER) {
    const n = lua.lua_tonumber(L, i);
    if (verb === 'q' || verb === 's') return [luaNumberString(n), verb];
    if ('bcdoxXU'.includes(verb)) return [new GoInt(int64(n)), verb];
    if (verb === 'i') return [new GoInt(int64(n)), 'd'];
    if ('eEfFgG'.includes(verb)) return [n, verb];
    return Number.isInteger(n) && Math.abs(n) < 2 ** 63 ? [new GoInt(n), verb] : [n, verb];
  }
  if (t === lua.LUA_TSTRING) {
    const s = str(L, i);
    if (verb === 'd' || verb === 'i')
      return luaParseNumber(s) === null ? [new GoInt(0), 'd'] : [s, 's'];
    return [s, verb];
  }
  if (t === lua.LUA_TBOOLEAN) {
    const b = lua.lua_toboolean(L, i);
    return 'vsxXq'.includes(verb) ? [b ? 'true' : 'false', verb] : [b, verb];
  }
  if (t === lua.LUA_TNIL) return 'vsxXq'.includes(verb) ? ['nil', verb] : [null, verb];
  return [lua.lua_tojsstring(L, i), verb];
}

function int64(n: number): number {
  return Number.isFinite(n) && Math.abs(n) < 2 ** 63 ? Math.trunc(n) : -(2 ** 63);
}

/** fmt's parsenum: numbers past 1e6 are "crazy long" and end the format (%!(NOVERB)). */
const SPEC = /^%([-+# 0]*)(\d*)(?:\.(\d*))?([a-zA-Z%])?/;

/** strFormat: Go's fmt.Sprintf over the arguments, as many as the format has `%` (minus `%%`). */
const format: LuaFn = (L) => {
  const f = str(L, 1);
  const top = lua.lua_gettop(L);
  const npat = (f.match(/%/g) ?? []).length - 2 * (f.match(/%%/g) ?? []).length;
  const nargs = Math.max(0, Math.min(npat, top - 1));
  let out = '';
  let arg = 2;
  for (let i = 0; i < f.length;) {
    const c = f[i]!;
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    const m = SPEC.exec(f.slice(i));
    const width = m?.[2] ?? '';
    const prec = m?.[3] ?? '';
    if (
      !m ||
      !m[4] ||
      width.length > 8 ||
      prec.length > 8 ||
      Number(width) > 1e7 ||
      Number(prec) > 1e7
    ) {
      out += '%!(NOVERB)';
      break;
    }
    i += m[0].length;
    const verb = m[4];
    if (verb === '%') {
      out += '%';
      continue;
    }
    ensure(L, out.length + Number(width || 0) + Number(prec || 0));
    if (arg > nargs + 1) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const [v, goVerb] = fmtArg(L, arg++, verb);
    out += sprintf(`%${m[1] ?? ''}${width}${m[3] !== undefined ? `.${prec}` : ''}${goVerb}`, [v]);
  }
  ensure(L, out.length);
  lua.lua_pushstring(L, to_luastring(out));
  return 1;
};

const rep: LuaFn = (L) => {
  const s = bytesOf(L, 1);
  const n = checkInt(L, 2, 'rep');
  if (n <= 0 || s.length === 0) {
    lua.lua_pushstring(L, to_luastring(''));
    return 1;
  }
  ensure(L, n * s.length);
  const out = new Uint8Array(n * s.length);
  out.set(s, 0);
  for (let filled = s.length; filled < out.length; filled *= 2)
    out.copyWithin(filled, 0, Math.min(filled, out.length - filled));
  lua.lua_pushlstring(L, out, out.length);
  return 1;
};

/** tableConcat: i and j clamped to the length, values must be strings or numbers. */
const concat: LuaFn = (L) => {
  lauxlib.luaL_checktype(L, 1, lua.LUA_TTABLE);
  const sep =
    lua.lua_gettop(L) >= 2 && lua.lua_type(L, 2) !== lua.LUA_TNIL
      ? bytesOf(L, 2)
      : new Uint8Array();
  const len = lua.lua_rawlen(L, 1);
  let i =
    lua.lua_gettop(L) >= 3 && lua.lua_type(L, 3) !== lua.LUA_TNIL ? checkInt(L, 3, 'concat') : 1;
  let j =
    lua.lua_gettop(L) >= 4 && lua.lua_type(L, 4) !== lua.LUA_TNIL ? checkInt(L, 4, 'concat') : len;
  if (lua.lua_gettop(L) === 3 && (i > len || i < 1)) {
    lua.lua_pushstring(L, to_luastring(''));
    return 1;
  }
  i = Math.max(Math.min(i, len), 1);
  j = Math.min(j, len);
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let k = i; k <= j; k++) {
    const t = lua.lua_rawgeti(L, 1, k);
    if (t !== lua.LUA_TSTRING && t !== lua.LUA_TNUMBER)
      lauxlib.luaL_error(L, to_luastring(`invalid value at index ${k} in table for concat`));
    const b = Uint8Array.from(lua.lua_tostring(L, -1));
    lua.lua_pop(L, 1);
    parts.push(b);
    total += b.length + (k < j ? sep.length : 0);
    ensure(L, total);
  }
  const out = new Uint8Array(Math.max(0, total));
  let at = 0;
  parts.forEach((b, k) => {
    out.set(b, at);
    at += b.length;
    if (k < parts.length - 1) {
      out.set(sep, at);
      at += sep.length;
    }
  });
  lua.lua_pushlstring(L, out, out.length);
  return 1;
};

const tonumber: LuaFn = (L) => {
  lauxlib.luaL_checkany(L, 1);
  const t = lua.lua_type(L, 1);
  const base =
    lua.lua_gettop(L) >= 2 && lua.lua_type(L, 2) !== lua.LUA_TNIL
      ? checkInt(L, 2, 'tonumber')
      : null;
  const v =
    t === lua.LUA_TNUMBER ? lua.lua_tonumber(L, 1) : t === lua.LUA_TSTRING ? str(L, 1) : null;
  const n = luaToNumber(v, base);
  if (n === null) lua.lua_pushnil(L);
  else lua.lua_pushnumber(L, n);
  return 1;
};

const num1 =
  (f: (x: number) => number): LuaFn =>
  (L) => {
    lua.lua_pushnumber(L, f(lauxlib.luaL_checknumber(L, 1)));
    return 1;
  };

/** luaModulo: the result takes the sign of the divisor. */
function luaMod(a: number, b: number): number {
  let v = a % b;
  if ((b > 0 && v < 0) || (b < 0 && v > 0)) v += b;
  return v;
}

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * 2 ** -e;
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  return [m, e];
}

// gopher-lua runs the Lua 5.1 library shape; these Lua lines give fengari the same names.
const PRELUDE = `
unpack = table.unpack
table.unpack, table.pack, table.move = nil, nil, nil
table.getn = function(t) return #t end
table.maxn = function(t)
  local n = 0
  for k in pairs(t) do if type(k) == "number" and k > n then n = k end end
  return n
end
string.gfind = string.gmatch
local rawgsub, tostr, typ, sel, ensure = string.gsub, tostring, type, select, __ensure
__ensure = nil
string.gsub = function(s, pat, repl, n)
  local t = typ(repl)
  local total = #tostr(s)
  if t == "function" or t == "table" then
    return rawgsub(s, pat, function(...)
      local v
      if t == "function" then v = repl(...) else v = repl[(...)] end
      if v then total = total + #tostr(v); ensure(total) end
      return v
    end, n)
  end
  if t == "string" or t == "number" then
    local r = tostr(repl)
    local lit, idx, i = 0, {}, 1
    while i <= #r do
      if r:sub(i, i) == "%" then
        local k = r:byte(i + 1)
        if k and k >= 48 and k <= 57 then idx[#idx + 1] = k - 48 else lit = lit + 1 end
        i = i + 2
      else
        lit, i = lit + 1, i + 1
      end
    end
    local captures = tostr(pat):find("%(") ~= nil
    rawgsub(s, pat, function(...)
      local add = lit
      for _, k in ipairs(idx) do
        local c = k == 0 and (captures and s or (...)) or sel(k, ...)
        add = add + #tostr(c or "")
      end
      total = total + add
      ensure(total)
    end, n)
  end
  return rawgsub(s, pat, repl, n)
end
`;

/**
 * baseToString (ToStringMeta): __tostring if set, numbers as LNumber.String(); fengari's own goes
 * through luaL_tolstring, which formats numbers itself.
 */
const tostring: LuaFn = (L) => {
  lauxlib.luaL_checkany(L, 1);
  if (lua.lua_type(L, 1) === lua.LUA_TNUMBER && !lua.lua_getmetatable(L, 1))
    lua.lua_pushstring(L, to_luastring(luaNumberString(lua.lua_tonumber(L, 1))));
  else lauxlib.luaL_tolstring(L, 1);
  return 1;
};

/** Gives an opened fengari state gopher-lua's library surface. */
export function installLibrary(L: LuaState): void {
  setGlobal(L, 'tonumber', tonumber);
  setGlobal(L, 'tostring', tostring);
  setGlobal(L, 'print', () => 0);
  setGlobal(L, 'rawlen', null);
  setGlobal(L, '__ensure', (S) => {
    ensure(S, lua.lua_tonumber(S, 1));
    return 0;
  });
  lua.lua_pushstring(L, to_luastring('Lua 5.1'));
  lua.lua_setglobal(L, to_luastring('_VERSION'));
  setField(L, 'string', 'format', format);
  setField(L, 'string', 'rep', rep);
  for (const upper of [true, false])
    setField(L, 'string', upper ? 'upper' : 'lower', (S) => {
      const out = goCase(bytesOf(S, 1), upper);
      ensure(S, out.length);
      lua.lua_pushlstring(S, out, out.length);
      return 1;
    });
  for (const name of ['pack', 'packsize', 'unpack', 'dump']) setField(L, 'string', name, null);
  setField(L, 'table', 'concat', concat);
  for (const name of [
    'tointeger',
    'type',
    'ult',
    'maxinteger',
    'mininteger',
    'random',
    'randomseed',
  ])
    setField(L, 'math', name, null);
  setField(L, 'math', 'log', num1(Math.log));
  setField(L, 'math', 'log10', num1(Math.log10));
  setField(L, 'math', 'cosh', num1(Math.cosh));
  setField(L, 'math', 'sinh', num1(Math.sinh));
  setField(L, 'math', 'tanh', num1(Math.tanh));
  setField(L, 'math', 'pow', (S) => {
    lua.lua_pushnumber(S, Math.pow(lauxlib.luaL_checknumber(S, 1), lauxlib.luaL_checknumber(S, 2)));
    return 1;
  });
  setField(L, 'math', 'mod', (S) => {
    lua.lua_pushnumber(S, luaMod(lauxlib.luaL_checknumber(S, 1), lauxlib.luaL_checknumber(S, 2)));
    return 1;
  });
  setField(L, 'math', 'fmod', (S) => {
    lua.lua_pushnumber(S, lauxlib.luaL_checknumber(S, 1) % lauxlib.luaL_checknumber(S, 2));
    return 1;
  });
  setField(L, 'math', 'ldexp', (S) => {
    lua.lua_pushnumber(
      S,
      lauxlib.luaL_checknumber(S, 1) * 2 ** Math.trunc(lauxlib.luaL_checknumber(S, 2)),
    );
    return 1;
  });
  setField(L, 'math', 'frexp', (S) => {
    const [m, e] = frexp(lauxlib.luaL_checknumber(S, 1));
    lua.lua_pushnumber(S, m);
    lua.lua_pushnumber(S, e);
    return 2;
  });
  lua.lua_getglobal(L, to_luastring('math'));
  lua.lua_pushnumber(L, Number.MAX_VALUE);
  lua.lua_setfield(L, -2, to_luastring('huge'));
  lua.lua_pop(L, 1);
  if (
    lauxlib.luaL_loadbuffer(L, to_luastring(PRELUDE), null, to_luastring('=prelude')) !==
      lua.LUA_OK ||
    lua.lua_pcall(L, 0, 0, 0) !== lua.LUA_OK
  )
    throw new Error(`Lua library setup failed: ${lua.lua_tojsstring(L, -1)}`);
}
