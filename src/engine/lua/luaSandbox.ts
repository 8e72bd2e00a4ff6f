import { lauxlib, lua, lualib, to_luastring, type LuaState } from 'fengari';
import type { GoValue } from '../json/gjsonResult';

/** Instructions a script may run before it is stopped (a runaway loop must not hang the simulator). */
export const LUA_INSTRUCTION_LIMIT = 1_000_000;
const HOOK_EVERY = 1000;

export type LuaRun = { ok: true; state: LuaState } | { ok: false; error: string };

/**
 * A fresh Lua state with only base, string, table, math and utf8 (no io, os, package, debug,
 * file loading or dynamic chunk loading), a global `event` holding the data, and an instruction
 * limit. The caller reads the results and must call `lua.lua_close`.
 */
export function runLua(script: string, event: GoValue): LuaRun {
  const L = lauxlib.luaL_newstate();
  try {
    for (const [name, open] of [
      ['_G', lualib.luaopen_base],
      ['string', lualib.luaopen_string],
      ['table', lualib.luaopen_table],
      ['math', lualib.luaopen_math],
      ['utf8', lualib.luaopen_utf8],
    ] as const) {
      lauxlib.luaL_requiref(L, to_luastring(name), open, 1);
      lua.lua_pop(L, 1);
    }
    for (const name of [
      'dofile',
      'loadfile',
      'load',
      'loadstring',
      'require',
      'collectgarbage',
      'print',
    ]) {
      lua.lua_pushnil(L);
      lua.lua_setglobal(L, to_luastring(name));
    }
    lua.lua_getglobal(L, to_luastring('math'));
    lua.lua_pushnil(L);
    lua.lua_setfield(L, -2, to_luastring('random'));
    lua.lua_pushnil(L);
    lua.lua_setfield(L, -2, to_luastring('randomseed'));
    lua.lua_pop(L, 1);
    lua.lua_getglobal(L, to_luastring('string'));
    lua.lua_pushnil(L);
    lua.lua_setfield(L, -2, to_luastring('dump'));
    lua.lua_pop(L, 1);
    const guard = lauxlib.luaL_loadbuffer(L, to_luastring(REP_GUARD), null, to_luastring('=guard'));
    if (guard !== lua.LUA_OK || lua.lua_pcall(L, 0, 0, 0) !== lua.LUA_OK)
      throw new Error('sandbox setup failed');
    pushGoValue(L, event);
    lua.lua_setglobal(L, to_luastring('event'));
    let count = 0;
    lua.lua_sethook(
      L,
      (state) => {
        count += HOOK_EVERY;
        if (count > LUA_INSTRUCTION_LIMIT)
          lauxlib.luaL_error(
            state,
            to_luastring(`script exceeded ${LUA_INSTRUCTION_LIMIT} instructions`),
          );
      },
      lua.LUA_MASKCOUNT,
      HOOK_EVERY,
    );
    if (
      lauxlib.luaL_loadbuffer(L, to_luastring(script), null, to_luastring('=script')) !== lua.LUA_OK
    ) {
      const error = lua.lua_tojsstring(L, -1);
      lua.lua_close(L);
      return { ok: false, error: `syntax error: ${error}` };
    }
    if (lua.lua_pcall(L, 0, 1, 0) !== lua.LUA_OK) {
      const error =
        lua.lua_type(L, -1) === lua.LUA_TSTRING ? lua.lua_tojsstring(L, -1) : 'script error';
      lua.lua_close(L);
      return { ok: false, error };
    }
    return { ok: true, state: L };
  } catch (e) {
    lua.lua_close(L);
    return {
      ok: false,
      error:
        e instanceof RangeError
          ? 'script ran out of stack'
          : `script failed: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

// string.rep can build gigabytes in one call; cap it so a script cannot exhaust memory.
const REP_GUARD = `local rep = string.rep
string.rep = function(s, n, sep)
  if type(n) == "number" and n * (#tostring(s) + #tostring(sep or "")) > 1000000 then error("string.rep result too large") end
  return rep(s, n, sep)
end`;

/**
 * Pushes JSON data the way Argo's mapToTable does (SEMANTICS §2.6): numbers as numbers, objects as
 * tables, arrays as 1-based tables, null as absent; nested arrays and nulls inside arrays are dropped,
 * which shifts later indices.
 */
export function pushGoValue(L: LuaState, v: GoValue): void {
  if (v === null) lua.lua_pushnil(L);
  else if (typeof v === 'boolean') lua.lua_pushboolean(L, v);
  else if (typeof v === 'number') {
    // Lua 5.3 would print whole floats as "10.0"; gopher-lua (5.1) prints "10".
    if (Number.isInteger(v) && Math.abs(v) < 2 ** 53) lua.lua_pushinteger(L, v);
    else lua.lua_pushnumber(L, v);
  } else if (typeof v === 'string') lua.lua_pushstring(L, to_luastring(v));
  else if (Array.isArray(v)) {
    lua.lua_newtable(L);
    let n = 0;
    for (const item of v) {
      if (item === null || Array.isArray(item)) continue;
      pushGoValue(L, item);
      lua.lua_rawseti(L, -2, ++n);
    }
  } else {
    lua.lua_newtable(L);
    for (const [k, item] of Object.entries(v)) {
      if (item === null) continue;
      pushGoValue(L, item);
      lua.lua_setfield(L, -2, to_luastring(k));
    }
  }
}

/** Reads the Lua value at `idx` back as JSON: tables with positive integer keys (or `__is_array`) become arrays. */
export function readGoValue(L: LuaState, idx: number, depth = 0): GoValue {
  if (depth > 100) throw new Error('table nesting too deep');
  const t = lua.lua_type(L, idx);
  if (t === lua.LUA_TNIL) return null;
  if (t === lua.LUA_TBOOLEAN) return lua.lua_toboolean(L, idx);
  if (t === lua.LUA_TNUMBER) return lua.lua_tonumber(L, idx);
  if (t === lua.LUA_TSTRING) return lua.lua_tojsstring(L, idx);
  if (t !== lua.LUA_TTABLE) return null;
  const abs = lua.lua_absindex(L, idx);
  let isArray = false;
  if (lua.lua_getmetatable(L, abs)) {
    isArray = lua.lua_getfield(L, -1, to_luastring('__is_array')) !== lua.LUA_TNIL;
    lua.lua_pop(L, 2);
  }
  const entries: [GoValue, GoValue][] = [];
  lua.lua_pushnil(L);
  while (lua.lua_next(L, abs) !== 0) {
    const key =
      lua.lua_type(L, -2) === lua.LUA_TNUMBER
        ? lua.lua_tonumber(L, -2)
        : lua.lua_type(L, -2) === lua.LUA_TSTRING
          ? lua.lua_tojsstring(L, -2)
          : null;
    entries.push([key, readGoValue(L, -1, depth + 1)]);
    lua.lua_pop(L, 1);
  }
  if (isArray || entries.some(([k]) => typeof k === 'number' && k > 0 && Number.isInteger(k))) {
    return entries
      .filter(([k]) => typeof k === 'number')
      .sort((a, b) => (a[0] as number) - (b[0] as number))
      .map(([, v]) => v);
  }
  const out: Record<string, GoValue> = {};
  for (const [k, v] of entries) if (typeof k === 'string') out[k] = v;
  return out;
}
