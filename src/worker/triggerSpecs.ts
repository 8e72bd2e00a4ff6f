import type { SimManifest } from '../engine/simulate/simDesign';
import type { Firing } from '../engine/trace';
import { asRecord } from '../lib/jsonValue';

/**
 * Each firing's trigger type spec as it was when it fired (`sensor/trigger` → spec), so time
 * travel shows that mapping; a dead-letter trigger is found under the trigger it serves.
 */
export function triggerSpecsOf(
  manifests: readonly SimManifest[],
  firings: readonly Firing[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of firings) {
    const sensor = manifests.find(
      (m) => m.kind === 'Sensor' && asRecord(m.value.metadata)?.name === f.sensor,
    );
    const triggers = asRecord(sensor?.value.spec)?.triggers;
    for (const t of Array.isArray(triggers) ? triggers : []) {
      const template = findTemplate(t, f.trigger);
      if (template) {
        out[`${f.sensor}/${f.trigger}`] = template[f.triggerType];
        break;
      }
    }
  }
  return out;
}

/** The template named `name`: the trigger's own, or one of its dead-letter triggers'. */
function findTemplate(trigger: unknown, name: string): Record<string, unknown> | null {
  for (let t = asRecord(trigger); t; t = asRecord(t.dlqTrigger)) {
    const template = asRecord(t.template);
    if (template?.name === name) return template;
  }
  return null;
}
