import { gjsonGet } from '../json/gjson';
import type { Firing } from '../trace';

export interface AppliedParameter {
  dest: string;
  /** Where the value came from, e.g. `webhook-build · dataKey body.project`. */
  source: string;
  /** The value now at `dest` in what the trigger produced; null when nothing is there. */
  value: string | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The parameter mappings of a trigger type spec (`parameters`, or `payload` for request triggers)
 * with the value each one left at its destination in the rendered output.
 */
export function appliedParameters(typeSpec: unknown, firing: Firing): AppliedParameter[] {
  if (!isObj(typeSpec)) return [];
  const list = [
    ...(Array.isArray(typeSpec.parameters) ? typeSpec.parameters : []),
    ...(Array.isArray(typeSpec.payload) ? typeSpec.payload : []),
  ].filter(isObj);
  const target =
    firing.resource !== undefined
      ? JSON.stringify(firing.resource)
      : (firing.request?.body ?? null);
  return list.map((p) => {
    const src = isObj(p.src) ? p.src : {};
    const how = ['dataKey', 'dataTemplate', 'contextKey', 'contextTemplate', 'value'].find(
      (k) => typeof src[k] === 'string',
    );
    const dest = String(p.dest ?? '');
    const found = target === null || !dest ? null : gjsonGet(target, dest);
    return {
      dest,
      source: `${String(src.dependencyName ?? '?')}${how ? ` · ${how} ${String(src[how])}` : ''}`,
      value: found?.exists ? (found.type === 'String' ? found.str : found.raw) : null,
    };
  });
}

export interface ChangedValue {
  path: string;
  before: unknown;
  after: unknown;
}

/** Leaf values that differ between the template and the rendered output, as dotted paths. */
export function changedValues(
  before: unknown,
  after: unknown,
  path = '',
  out: ChangedValue[] = [],
): ChangedValue[] {
  if (isObj(before) && isObj(after)) {
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)]))
      changedValues(before[k], after[k], path ? `${path}.${k}` : k, out);
  } else if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++)
      changedValues(before[i], after[i], path ? `${path}.${i}` : String(i), out);
  } else if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ path, before, after });
  return out;
}
