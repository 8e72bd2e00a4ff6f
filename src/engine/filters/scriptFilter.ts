import { runScriptFilter } from '../lua/luaScripts';
import type { GoValue } from '../json/gjsonResult';
import type { FamilyOutcome } from './filterTypes';
import { parseJson, type JsonValue } from '../../lib/jsonValue';

/**
 * The data as filterScript decodes it: json.Unmarshal into map[string]interface{}. `null` is an
 * empty map (so an empty `event` table), anything but an object is an error, and so is a number
 * too large for float64.
 */
function decodeScriptData(
  json: string,
): { ok: true; data: GoValue } | { ok: false; error: string } {
  let data: JsonValue;
  try {
    data = parseJson(json);
  } catch (e) {
    return { ok: false, error: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (data === null) return { ok: true, data: {} };
  if (typeof data !== 'object' || Array.isArray(data))
    return {
      ok: false,
      error: `json: cannot unmarshal ${Array.isArray(data) ? 'array' : typeof data === 'string' ? 'string' : typeof data} into Go value of type map[string]interface {}`,
    };
  const huge = findOverflow(data);
  if (huge !== null)
    return {
      ok: false,
      error: `json: cannot unmarshal number ${huge} into Go value of type float64`,
    };
  return { ok: true, data };
}

function findOverflow(v: unknown): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? null : 'out of range';
  if (v === null || typeof v !== 'object') return null;
  for (const x of Object.values(v)) {
    const r = findOverflow(x);
    if (r !== null) return r;
  }
  return null;
}

/** `filters.script` (filter.go filterScript): Lua with `event` = the data, decoded as an object. */
export function evaluateScriptFilter(script: unknown, json: string | null): FamilyOutcome {
  if (typeof script !== 'string' || script === '')
    return { family: 'script', set: false, result: true, checks: [] };
  if (json === null) return { family: 'script', set: true, result: true, checks: [] };
  const subject = script.length > 60 ? `${script.slice(0, 57)}...` : script;
  const decoded = decodeScriptData(json);
  if (!decoded.ok) {
    const error = decoded.error;
    return {
      family: 'script',
      set: true,
      result: false,
      error,
      checks: [{ family: 'script', index: 0, subject, result: false, error }],
    };
  }
  const data = decoded.data;
  const r = runScriptFilter(script, data);
  if (!r.ok)
    return {
      family: 'script',
      set: true,
      result: false,
      error: r.error,
      checks: [{ family: 'script', index: 0, subject, result: false, error: r.error }],
    };
  return {
    family: 'script',
    set: true,
    result: r.pass,
    checks: [
      {
        family: 'script',
        index: 0,
        subject,
        result: r.pass,
        note: r.pass ? 'returned true' : 'did not return true',
      },
    ],
  };
}
