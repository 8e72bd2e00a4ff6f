import { parse as parseYaml } from 'yaml';
import { isValidJson } from './json/jsonScan';
import { goMarshal } from './json/goJson';
import type { SensorEvent } from './event';

export type EventJson = { ok: true; json: string } | { ok: false; error: string };

/**
 * The event's data as JSON text, the way the sensor reads it for parameters
 * (pkg/sensors/triggers/params.go renderEventDataAsJSON): the content type is compared exactly,
 * application/json must be valid JSON, application/yaml goes through ghodss/yaml (YAML 1.1, as
 * yaml.v2 reads it; keys sorted by Go's JSON encoder), and anything else, `""` included, is an
 * error. (Filters read the raw bytes instead, whatever the content type.)
 */
export function renderEventDataAsJson(event: SensorEvent): EventJson {
  // Every dependency and parameter of every trigger reads the same event: validate it once.
  const hit = CACHE.get(event);
  if (hit) return hit;
  const r = render(event);
  CACHE.set(event, r);
  return r;
}

const CACHE = new WeakMap<SensorEvent, EventJson>();

function render(event: SensorEvent): EventJson {
  const data = event.data ?? '';
  const type = event.context.datacontenttype;
  if (type === 'application/json') {
    return isValidJson(data)
      ? { ok: true, json: data }
      : { ok: false, error: 'event data is not valid JSON' };
  }
  if (type === 'application/yaml') {
    try {
      return {
        ok: true,
        json: goMarshal(parseYaml(data, { maxAliasCount: 100, version: '1.1' })),
      };
    } catch (e) {
      return {
        ok: false,
        error: `event data is not valid YAML: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
  }
  return { ok: false, error: `unsupported event content type: ${JSON.stringify(type)}` };
}
