import { lua } from 'fengari';
import type { GoValue } from '../json/gjsonResult';
import { readGoValue, runLua } from './luaSandbox';

export type ScriptFilterResult = { ok: true; pass: boolean } | { ok: false; error: string };
export type LuaTransformResult = { ok: true; data: GoValue } | { ok: false; error: string };

/**
 * A dependency's `filters.script` (filter.go filterScript): passes only when the top of the stack
 * after the script, i.e. its last return value, is exactly `true`.
 */
export function runScriptFilter(script: string, data: GoValue): ScriptFilterResult {
  const run = runLua(script, data);
  if (!run.ok) return run;
  const L = run.state;
  const pass =
    run.results > 0 && lua.lua_type(L, -1) === lua.LUA_TBOOLEAN && lua.lua_toboolean(L, -1);
  lua.lua_close(L);
  return { ok: true, pass };
}

/** `transform.script` (transform.go): the last value returned must be a table; it becomes the data. */
export function runLuaTransform(script: string, data: GoValue): LuaTransformResult {
  const run = runLua(script, data);
  if (!run.ok) return run;
  const L = run.state;
  try {
    if (run.results === 0 || lua.lua_type(L, -1) !== lua.LUA_TTABLE)
      return { ok: false, error: 'transform script must return a table' };
    return { ok: true, data: readGoValue(L, -1) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  } finally {
    lua.lua_close(L);
  }
}
