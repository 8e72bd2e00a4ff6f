// Minimal typings for the parts of fengari (a Lua 5.3 VM in JavaScript) the engine uses.
declare module 'fengari' {
  /** A compiled function's prototype (lobject.js Proto): its instructions and nested functions. */
  export interface LuaProto {
    code: { opcode: number; B: number; C: number }[];
    p: LuaProto[];
  }
  /**
   * lstate.js lua_State, opaque but for the value stack, which the sandbox reads to find the
   * prototype of the chunk it just loaded (a closure at the top).
   */
  export type LuaState = {
    readonly __lua_state: unique symbol;
    readonly stack: readonly { value: { p?: LuaProto } | null }[];
    readonly top: number;
  };
  export type LuaString = Uint8Array;
  export function to_luastring(s: string): LuaString;
  export const FENGARI_VERSION: string;
  export function to_jsstring(s: LuaString): string;
  export const lua: {
    LUA_OK: number;
    LUA_TNIL: number;
    LUA_TBOOLEAN: number;
    LUA_TNUMBER: number;
    LUA_TSTRING: number;
    LUA_TTABLE: number;
    LUA_MASKCOUNT: number;
    LUA_REGISTRYINDEX: number;
    lua_close(L: LuaState): void;
    lua_sethook(
      L: LuaState,
      hook: ((L: LuaState) => void) | null,
      mask: number,
      count: number,
    ): void;
    lua_pcall(L: LuaState, nargs: number, nresults: number, errfunc: number): number;
    lua_gettop(L: LuaState): number;
    lua_settop(L: LuaState, idx: number): void;
    lua_pop(L: LuaState, n: number): void;
    lua_type(L: LuaState, idx: number): number;
    lua_toboolean(L: LuaState, idx: number): boolean;
    lua_tonumber(L: LuaState, idx: number): number;
    lua_isinteger(L: LuaState, idx: number): boolean;
    lua_tojsstring(L: LuaState, idx: number): string;
    lua_pushnil(L: LuaState): void;
    lua_pushboolean(L: LuaState, b: boolean): void;
    lua_pushnumber(L: LuaState, n: number): void;
    lua_pushinteger(L: LuaState, n: number): void;
    lua_pushstring(L: LuaState, s: LuaString): void;
    lua_pushvalue(L: LuaState, idx: number): void;
    lua_newtable(L: LuaState): void;
    lua_setfield(L: LuaState, idx: number, k: LuaString): void;
    lua_getfield(L: LuaState, idx: number, k: LuaString): number;
    lua_rawseti(L: LuaState, idx: number, n: number): void;
    lua_setglobal(L: LuaState, name: LuaString): void;
    lua_getglobal(L: LuaState, name: LuaString): number;
    lua_next(L: LuaState, idx: number): number;
    lua_getmetatable(L: LuaState, idx: number): number;
    lua_absindex(L: LuaState, idx: number): number;
    lua_pushjsfunction(L: LuaState, f: (L: LuaState) => number): void;
    lua_isstring(L: LuaState, idx: number): boolean;
    lua_rawgeti(L: LuaState, idx: number, n: number): number;
    lua_rawlen(L: LuaState, idx: number): number;
    lua_tostring(L: LuaState, idx: number): LuaString;
    lua_pushlstring(L: LuaState, s: LuaString, len: number): void;
    lua_insert(L: LuaState, idx: number): void;
    LUA_MULTRET: number;
    LUA_TFUNCTION: number;
  };
  export const lauxlib: {
    luaL_newstate(): LuaState;
    luaL_loadbuffer(L: LuaState, buff: LuaString, sz: number | null, name: LuaString): number;
    luaL_requiref(L: LuaState, name: LuaString, open: (L: LuaState) => number, glb: number): void;
    luaL_error(L: LuaState, fmt: LuaString): never;
    luaL_checkany(L: LuaState, arg: number): void;
    luaL_checklstring(L: LuaState, arg: number): LuaString;
    luaL_checknumber(L: LuaState, arg: number): number;
    luaL_optnumber(L: LuaState, arg: number, def: number): number;
    luaL_checktype(L: LuaState, arg: number, t: number): void;
    luaL_tolstring(L: LuaState, idx: number): LuaString;
    luaL_argerror(L: LuaState, arg: number, msg: LuaString): never;
  };
  export const lualib: {
    luaopen_base(L: LuaState): number;
    luaopen_string(L: LuaState): number;
    luaopen_table(L: LuaState): number;
    luaopen_math(L: LuaState): number;
    luaopen_utf8(L: LuaState): number;
    luaopen_coroutine(L: LuaState): number;
  };
}

// fengari's internal modules (CommonJS objects): the sandbox patches some of their functions.
declare module 'fengari/src/lobject.js' {
  import type { LuaState } from 'fengari';
  /** lobject.js TValue: a slot of the stack. */
  export interface TValue {
    ttisinteger(): boolean;
    value: number;
    setfltvalue(v: number): void;
    setsvalue(ts: TString): void;
  }
  /** lstring.js TString. */
  export interface TString {
    realstring: Uint8Array;
  }
  const m: {
    luaO_str2num(s: Uint8Array, o: TValue): number;
    luaO_tostring(L: LuaState, o: TValue): void;
    setsvalue2s(L: LuaState, idx: number, ts: TString): void;
    pushsvalue2s(L: LuaState, ts: TString): void;
  };
  export default m;
}
declare module 'fengari/src/lstring.js' {
  import type { LuaState } from 'fengari';
  import type { TString } from 'fengari/src/lobject.js';
  const m: { luaS_bless(L: LuaState, s: Uint8Array): TString };
  export default m;
}
declare module 'fengari/src/ldebug.js' {
  import type { LuaState } from 'fengari';
  const m: { luaG_runerror(L: LuaState, fmt: Uint8Array): never };
  export default m;
}
declare module 'fengari/src/lopcodes.js' {
  const m: { OpCodesI: { OP_CONCAT: number } };
  export default m;
}
declare module 'fengari/src/fengari.js' {
  const m: { FENGARI_VERSION: string };
  export default m;
}
