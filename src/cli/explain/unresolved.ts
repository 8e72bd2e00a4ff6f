import type { ManifestEntry } from '../../domain/design/design';
import { gjsonGet } from '../../engine/json/gjson';
import { closestPath, listPayloadPaths } from '../../engine/json/payloadPaths';
import type { TraceEvent } from '../../engine/trace';
import { isPlainObject } from '../../lib/deepEqual';

const obj = (v: unknown): Record<string, unknown> => (isPlainObject(v) ? v : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Why a trigger's parameters did not resolve, in words the user can act on: each dataKey that is
 * not in its dependency's event, with the closest path the event does have; each dependencyName
 * the sensor does not have. Read from the trace (the events' data) and the sensor's manifest.
 */
export function unresolvedKeys(
  failed: Extract<TraceEvent, { type: 'trigger.failed' }>,
  trace: readonly TraceEvent[],
  entries: readonly ManifestEntry[],
): string[] {
  const sensor = entries.find((e) => e.kind === 'Sensor' && e.name === failed.sensor);
  if (!sensor) return [];
  const spec = obj(sensor.value.spec);
  const depNames = list(spec.dependencies).map((d) => String(obj(d).name));
  const trigger = list(spec.triggers)
    .map(obj)
    .find((t) => obj(t.template).name === failed.trigger);
  if (!trigger) return [];
  const template = obj(trigger.template);
  const params = [
    ...list(trigger.parameters),
    ...Object.values(template).flatMap((v) =>
      isPlainObject(v) ? [...list(v.parameters), ...list(v.payload)] : [],
    ),
  ].map(obj);
  const data = new Map<string, string | null>();
  for (const t of trace) if (t.type === 'event.received') data.set(t.eventId, t.data);
  const out: string[] = [];
  for (const p of params) {
    const src = obj(p.src);
    const dep = typeof src.dependencyName === 'string' ? src.dependencyName : '';
    if (!depNames.includes(dep)) {
      const guess = closestPath(dep, depNames);
      out.push(
        `a parameter reads dependency ${JSON.stringify(dep)}, which ${failed.sensor} does not have${guess ? `; did you mean ${JSON.stringify(guess)}?` : ''}`,
      );
      continue;
    }
    if (typeof src.dataKey !== 'string' || typeof src.value === 'string') continue;
    const eventId = Object.hasOwn(failed.events, dep) ? failed.events[dep] : undefined;
    const json = eventId === undefined ? null : (data.get(eventId) ?? null);
    if (json === null || gjsonGet(json, src.dataKey).exists) continue;
    let paths: string[];
    try {
      paths = listPayloadPaths(JSON.parse(json));
    } catch {
      paths = [];
    }
    const guess = closestPath(src.dataKey, paths);
    out.push(
      `dataKey ${JSON.stringify(src.dataKey)} of dependency ${JSON.stringify(dep)} is not in its event${guess ? `; the closest path there is ${JSON.stringify(guess)}` : ''}`,
    );
  }
  return out;
}
