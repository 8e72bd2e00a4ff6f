import type { SensorEvent } from '../event';
import { gjsonGet, resultString } from '../json/gjson';
import { sjsonSetRaw, sjsonSetString } from '../json/sjson';
import { resolveParameter } from './resolveParameter';
import { asRecord, parseJson } from '../../lib/jsonValue';

export { resolveParameter };

const OPERATIONS = ['', 'overwrite', 'append', 'prepend'];

interface Param {
  src?: { useRawData?: unknown; dependencyName?: unknown } & Record<string, unknown>;
  dest?: unknown;
  operation?: unknown;
}

/** A parameter as written; what is not an object names nothing. */
function paramOf(raw: unknown): Param {
  const p = asRecord(raw) ?? {};
  const src = asRecord(p.src);
  return { dest: p.dest, operation: p.operation, ...(src ? { src } : {}) };
}

/** What one parameter did, for the trace. */
interface ParameterStep {
  index: number;
  dependency: string;
  dest: string;
  outcome: 'set' | 'skipped' | 'error';
  value?: string;
  raw?: boolean;
  detail: string;
}

export type ApplyResult =
  | { ok: true; value: unknown; json: string; steps: ParameterStep[] }
  | { ok: false; error: string; steps: ParameterStep[] };

/**
 * ApplyParams (SEMANTICS §4.1, §4.3): resolves each parameter and writes it at `dest` with sjson,
 * in list order. Raw insertion only with useRawData and a non-string value; append/prepend
 * concatenate text. `target` is the object parameters apply to (a resource or a trigger template).
 */
export function applyParameters(
  target: unknown,
  params: readonly unknown[],
  events: Readonly<Record<string, SensorEvent>>,
  now: number,
): ApplyResult {
  let json = JSON.stringify(target ?? {});
  const steps: ParameterStep[] = [];
  for (const [index, raw] of params.entries()) {
    const p = paramOf(raw);
    const dest = typeof p.dest === 'string' ? p.dest : '';
    const dependency = typeof p.src?.dependencyName === 'string' ? p.src.dependencyName : '';
    const op = typeof p.operation === 'string' ? p.operation : '';
    // ApplyParams resolves first: a skipped parameter never reaches the operation check.
    const r = resolveParameter(p.src, events, now);
    if (!r.ok) {
      steps.push({ index, dependency, dest, outcome: 'error', detail: r.error });
      return { ok: false, error: r.budget ? located(index, dest, r.error) : r.error, steps };
    }
    if (r.value === null) {
      steps.push({ index, dependency, dest, outcome: 'skipped', detail: r.via });
      continue;
    }
    if (!OPERATIONS.includes(op)) {
      steps.push({
        index,
        dependency,
        dest,
        outcome: 'error',
        detail: `unsupported operation ${JSON.stringify(op)}`,
      });
      return { ok: false, error: `unsupported trigger parameter operation: ${op}`, steps };
    }
    let value = r.value;
    let type = r.type;
    const current = gjsonGet(json, dest);
    if (current.exists && (op === 'append' || op === 'prepend')) {
      value = op === 'append' ? resultString(current) + value : value + resultString(current);
      type = 'String';
    }
    const rawInsert = p.src?.useRawData === true && type !== 'String';
    const set = rawInsert ? sjsonSetRaw(json, dest, value) : sjsonSetString(json, dest, value);
    if (!set.ok) {
      steps.push({ index, dependency, dest, outcome: 'error', detail: set.error });
      return { ok: false, error: `failed to set ${dest}: ${set.error}`, steps };
    }
    json = set.json;
    steps.push({ index, dependency, dest, outcome: 'set', value, raw: rawInsert, detail: r.via });
  }
  try {
    return { ok: true, value: parseJson(json), json, steps };
  } catch {
    return { ok: false, error: 'parameters produced invalid JSON', steps };
  }
}

/** Names the parameter the simulator stopped: "parameters[2] (dest spec.x): …". */
function located(index: number, dest: string, error: string): string {
  return `parameters[${index}] (dest ${dest === '' ? '""' : dest}): ${error}`;
}

export type PayloadResult =
  | { kind: 'ok'; payload: string; steps: ParameterStep[] }
  | { kind: 'error'; error: string; steps: ParameterStep[] }
  | { kind: 'panic'; error: string; steps: ParameterStep[] };

/**
 * ConstructPayload (SEMANTICS §4.3): builds a request body from nothing. An empty `dest` makes the
 * value the whole body and ends the list. A parameter whose dependency did not fire and has no
 * `value` dereferences a nil pointer in the real sensor, which crashes: reported as `panic`.
 */
export function constructPayload(
  params: readonly unknown[],
  events: Readonly<Record<string, SensorEvent>>,
  now: number,
): PayloadResult {
  let payload = '';
  const steps: ParameterStep[] = [];
  for (const [index, raw] of params.entries()) {
    const p = paramOf(raw);
    const dest = typeof p.dest === 'string' ? p.dest : '';
    const dependency = typeof p.src?.dependencyName === 'string' ? p.src.dependencyName : '';
    const r = resolveParameter(p.src, events, now);
    if (!r.ok) {
      steps.push({ index, dependency, dest, outcome: 'error', detail: r.error });
      return { kind: 'error', error: r.budget ? located(index, dest, r.error) : r.error, steps };
    }
    if (r.value === null && dest === '') {
      steps.push({ index, dependency, dest, outcome: 'skipped', detail: r.via });
      continue;
    }
    if (r.value === null) {
      const error = `payload parameter #${index + 1}: dependency "${dependency}" did not fire and has no value; the real sensor dereferences a nil pointer and crashes`;
      steps.push({ index, dependency, dest, outcome: 'error', detail: error });
      return { kind: 'panic', error, steps };
    }
    if (dest === '') {
      payload = r.value;
      steps.push({
        index,
        dependency,
        dest,
        outcome: 'set',
        value: r.value,
        raw: true,
        detail: `${r.via}; an empty dest makes it the whole body`,
      });
      break;
    }
    const rawInsert = p.src?.useRawData === true && r.type !== 'String';
    const set = rawInsert
      ? sjsonSetRaw(payload, dest, r.value)
      : sjsonSetString(payload, dest, r.value);
    if (!set.ok) return { kind: set.panic ? 'panic' : 'error', error: set.error, steps };
    payload = set.json;
    steps.push({
      index,
      dependency,
      dest,
      outcome: 'set',
      value: r.value,
      raw: rawInsert,
      detail: r.via,
    });
  }
  return { kind: 'ok', payload, steps };
}
