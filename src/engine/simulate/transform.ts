import { isPlainObject } from '../../lib/deepEqual';
import type { SensorEvent } from '../event';
import { goMarshal } from '../json/goJson';
import { runLuaTransform } from '../lua/luaScripts';
import { parseJson, type JsonValue } from '../../lib/jsonValue';

/** Looks up a precomputed jq result for (program, input JSON); undefined when not computed. */
export type JqLookup = (program: string, input: string) => JqResult | undefined;
export type JqResult = { ok: true; outputs: string[] } | { ok: false; error: string };

export type TransformOutcome =
  | { ok: true; kind: 'jq' | 'script'; event: SensorEvent }
  | { ok: false; kind: 'jq' | 'script'; error: string };

/**
 * A dependency's `transform` (SEMANTICS §2.7), run before its filters: jq (wins when both are set)
 * or Lua. The data must be a JSON object; the result replaces it (as Go marshals it: sorted keys).
 * Returns null when there is no transform.
 */
export function applyTransform(
  transform: unknown,
  event: SensorEvent,
  jq: JqLookup | undefined,
): TransformOutcome | null {
  if (!isPlainObject(transform)) return null;
  const program = typeof transform.jq === 'string' && transform.jq !== '' ? transform.jq : null;
  const script =
    typeof transform.script === 'string' && transform.script !== '' ? transform.script : null;
  if (!program && !script) return null;
  const kind = program ? 'jq' : 'script';
  let data: JsonValue;
  try {
    data = parseJson(event.data ?? '');
  } catch {
    return { ok: false, kind, error: 'transform needs the event data to be JSON' };
  }
  if (!isPlainObject(data))
    return { ok: false, kind, error: 'transform needs the event data to be a JSON object' };
  if (program) {
    const r = jq?.(program, event.data ?? '');
    if (!r)
      return {
        ok: false,
        kind,
        error: 'jq is not available here (it runs in the simulator worker and the CLI)',
      };
    if (!r.ok) return { ok: false, kind, error: r.error };
    const first = r.outputs[0];
    let value: unknown;
    try {
      value = first === undefined ? undefined : JSON.parse(first);
    } catch {
      value = undefined;
    }
    if (!isPlainObject(value))
      return { ok: false, kind, error: 'the jq program must output a JSON object first' };
    return { ok: true, kind, event: { ...event, data: goMarshal(value) } };
  }
  const r = runLuaTransform(script ?? '', data);
  if (!r.ok) return { ok: false, kind, error: r.error };
  if (!isPlainObject(r.data))
    return { ok: false, kind, error: 'the transform script must return a table with keys' };
  return { ok: true, kind, event: { ...event, data: goMarshal(r.data) } };
}
