import { runScriptFilter } from '../lua/luaScripts';
import type { GoValue } from '../json/gjsonResult';
import type { FamilyOutcome } from './filterTypes';

/** `filters.script` (SEMANTICS §2.6): Lua with `event` = the data, which must be a JSON object. */
export function evaluateScriptFilter(script: unknown, json: string | null): FamilyOutcome {
  if (typeof script !== 'string' || script === '')
    return { family: 'script', set: false, result: true, checks: [] };
  if (json === null) return { family: 'script', set: true, result: true, checks: [] };
  const subject = script.length > 60 ? `${script.slice(0, 57)}...` : script;
  let data: GoValue;
  try {
    data = JSON.parse(json) as GoValue;
  } catch {
    data = null;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const error = 'script filters need the event data to be a JSON object';
    return {
      family: 'script',
      set: true,
      result: false,
      error,
      checks: [{ family: 'script', index: 0, subject, result: false, error }],
    };
  }
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
