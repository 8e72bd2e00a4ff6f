import { lauxlib, lua, lualib, to_luastring, type LuaState } from 'fengari';
import type { GoValue } from '../json/gjsonResult';
import { maxConcatOperands, patchFengari, setBudget, type StringBudget } from './fengariInternals';
import { installLibrary } from './luaLib';
import { prepass } from './luaPrepass';

/** Instructions a script may run before it is stopped (a runaway loop must not hang the simulator). */
const LUA_INSTRUCTION_LIMIT = 1_000_000;
const HOOK_EVERY = 1000;

/**
 * The most bytes one Lua evaluation may allocate in a single string operation. Strings it builds
 * are charged to a budget of this size divided by the widest `..` expression of the script (one
 * concatenation allocates all its operands at once); the library's builders check before building.
 */
const LUA_STRING_BUDGET = 64 * 1024 * 1024;

export type LuaRun = { ok: true; state: LuaState; results: number } | { ok: false; error: string };

patchFengari();

/**
 * A fresh Lua state shaped like the sensor's gopher-lua 5.1 one (see luaLib.ts), without io, os,
 * package, debug, file loading, dynamic chunk loading or randomness, with a global `event` holding
 * the data, an instruction limit and a string budget. The script's results stay on the stack
 * (`results` of them; the sensor reads the last). The caller must call `lua.lua_close`.
 */
export function runLua(script: string, event: GoValue): LuaRun {
  const pre = prepass(script);
  if (!pre.ok) return { ok: false, error: pre.error };
  const L = lauxlib.luaL_newstate();
  const budget: StringBudget = { limit: LUA_STRING_BUDGET, used: 0, exceeded: false };
  const fail = (error: string): LuaRun => {
    lua.lua_close(L);
    return { ok: false, error };
  };
  const budgetError = () =>
    `script stopped: it built more than ${Math.round(budget.limit / 1024)} KiB of strings (the simulator's memory budget for one evaluation)`;
  try {
    for (const [name, open] of [
      ['_G', lualib.luaopen_base],
      ['string', lualib.luaopen_string],
      ['table', lualib.luaopen_table],
      ['math', lualib.luaopen_math],
      ['coroutine', lualib.luaopen_coroutine],
    ] as const) {
      lauxlib.luaL_requiref(L, to_luastring(name), open, 1);
      lua.lua_pop(L, 1);
    }
    for (const name of ['dofile', 'loadfile', 'load', 'loadstring', 'require', 'collectgarbage']) {
      lua.lua_pushnil(L);
      lua.lua_setglobal(L, to_luastring(name));
    }
    installLibrary(L);
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
        if (budget.exceeded)
          lauxlib.luaL_error(state, to_luastring('script exceeded its string memory budget'));
      },
      lua.LUA_MASKCOUNT,
      HOOK_EVERY,
    );
    if (
      lauxlib.luaL_loadbuffer(L, to_luastring(pre.source), null, to_luastring('=script')) !==
      lua.LUA_OK
    )
      return fail(`syntax error: ${lua.lua_tojsstring(L, -1)}`);
    budget.limit = Math.floor(LUA_STRING_BUDGET / maxConcatOperands(L));
    setBudget(budget);
    let status: number;
    try {
      status = lua.lua_pcall(L, 0, lua.LUA_MULTRET, 0);
    } finally {
      setBudget(null);
    }
    if (budget.exceeded) return fail(budgetError());
    if (status !== lua.LUA_OK)
      return fail(
        lua.lua_type(L, -1) === lua.LUA_TSTRING ? lua.lua_tojsstring(L, -1) : 'script error',
      );
    return { ok: true, state: L, results: lua.lua_gettop(L) };
  } catch (e) {
    setBudget(null);
    if (budget.exceeded) return fail(budgetError());
    return fail(
      e instanceof RangeError
        ? 'script ran out of stack or memory'
        : `script failed: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

/**
 * Pushes JSON data the way Argo's mapToTable does (pkg/sensors/dependencies/transform.go): numbers
 * as float64 numbers, objects as tables, arrays as 1-based tables, null as absent; nested arrays and nulls inside arrays are dropped,
 * which shifts later indices.
 */
function pushGoValue(L: LuaState, v: GoValue): void {
  if (v === null) lua.lua_pushnil(L);
  else if (typeof v === 'boolean') lua.lua_pushboolean(L, v);
  // gopher-lua numbers are float64; the patched fengari prints whole ones as gopher-lua does.
  else if (typeof v === 'number') lua.lua_pushnumber(L, v);
  else if (typeof v === 'string') lua.lua_pushstring(L, to_luastring(v));
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
      .flatMap(([k, v]) => (typeof k === 'number' ? [{ k, v }] : []))
      .sort((a, b) => a.k - b.k)
      .map(({ v }) => v);
  }
  // A Lua table key such as `__proto__` is a map key in Go: null-prototype, like event data.
  const out = Object.create(null) as Record<string, GoValue>;
  for (const [k, v] of entries) if (typeof k === 'string') out[k] = v;
  return out;
}
