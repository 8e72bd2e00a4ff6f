import { describe, expect, it } from 'vitest';
import { listManifests, parseDesign, type ManifestEntry } from '../../domain/design/design';
import { eventSourceTypes } from '../../domain/graph/resourceParts';
import { lookupEventSourceType } from '../../domain/catalog/eventSourceTypes';
import { loadExampleFiles } from '../../test/exampleFiles';
import { buildEvent } from '../sources/buildEvent';
import { samplePayload } from '../sources/samples';
import { compileSimDesign } from './simDesign';
import { initialSimState } from './simState';
import { step } from './step';

const files = loadExampleFiles();
const all = files.flatMap((f) => listManifests(parseDesign([{ path: f.path, text: f.text }])));
const sources = all.filter((m) => m.kind === 'EventSource');

function eventConfig(sourceName: string, eventName: string): { type: string; config: unknown } {
  for (const es of sources.filter((s) => s.name === sourceName)) {
    const spec = es.value.spec as Record<string, Record<string, unknown>>;
    for (const t of eventSourceTypes(es.value))
      if (spec[t]?.[eventName] !== undefined) return { type: t, config: spec[t]?.[eventName] };
  }
  return { type: 'webhook', config: lookupEventSourceType('webhook')?.defaultConfig };
}

describe('simulating every upstream example Sensor with sample payloads', () => {
  const sensors = files.flatMap((f) =>
    listManifests(parseDesign([{ path: f.path, text: f.text }]))
      .filter((m) => m.kind === 'Sensor')
      .map((m) => [`${f.path} ${m.name}`, m] as [string, ManifestEntry]),
  );

  it('covers the example sensors', () => {
    expect(sensors.length).toBeGreaterThan(40);
  });

  it.each(sensors)('%s runs without an exception', (_, sensor) => {
    const design = compileSimDesign([{ kind: 'Sensor', value: sensor.value }]);
    let state = initialSimState(Date.UTC(2026, 2, 1, 12));
    for (const dep of design.sensors[0]?.dependencies ?? []) {
      const { type, config } = eventConfig(dep.eventSourceName, dep.eventName);
      const sample = samplePayload(type, config);
      const built = buildEvent({
        eventSourceName: dep.eventSourceName,
        sourceType: type,
        eventName: dep.eventName,
        eventConfig: config,
        payload: sample?.payload ?? {},
        id: `id-${dep.name}`,
        nowMs: state.nowMs,
      });
      if (!built.ok) continue;
      const r = step(design, state, { type: 'sensor-event', event: built.event });
      state = r.state;
      expect(r.trace.length).toBeGreaterThan(0);
    }
  });
});
