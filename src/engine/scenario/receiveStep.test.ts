import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listManifests, parseDesign } from '../../domain/design/design';
import { compileSimDesign } from '../simulate/simDesign';
import { checkScenario } from './checkScenario';
import { formatScenarioFile, parseScenarioFile } from '../../domain/scenario/scenario';

const SEED = readFileSync(
  join(import.meta.dirname, '../../examples/seed-build-pipeline.yaml'),
  'utf8',
);
const design = compileSimDesign(
  listManifests(parseDesign([{ path: 'seed.yaml', text: SEED }])).map((m) => ({
    kind: m.kind,
    value: m.value,
  })),
);

// A live event saved from the bus: the CloudEvent as the sensor got it
// (pkg/eventbus/jetstream/sensor/trigger_conn.go processMsg → pkg/sensors/listener.go convertEvent).
const FILE = `apiVersion: eventflow.dev/v1alpha1
kind: Scenarios
scenarios:
  - name: a real event from the bus submits the workflow
    steps:
      - receive:
          context:
            id: 5f2c8e4ad1b94c6f9e0a7b3c2d1e0f9a
            source: webhook
            subject: build
            type: webhook
            specversion: "1.0"
            time: 2026-03-01T09:30:15Z
            datacontenttype: application/json
          dataRaw: '{"header":{},"body":{"project":"kubedojo","n":1.0}}'
    expect:
      - fire: build-sensor/trigger-workflow
        values: {spec.arguments.parameters.0.value: kubedojo}
`;

describe('the receive step: a CloudEvent as the sensor receives it', () => {
  it('runs as a ready-made event, its data byte for byte', async () => {
    const parsed = parseScenarioFile(FILE);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const check = await checkScenario(design, parsed.file.scenarios[0]!);
    expect(check.failures).toEqual([]);
    const received = check.result.trace.find((t) => t.type === 'event.received');
    expect(received).toMatchObject({
      eventId: '5f2c8e4ad1b94c6f9e0a7b3c2d1e0f9a',
      time: '2026-03-01T09:30:15Z',
      data: '{"header":{},"body":{"project":"kubedojo","n":1.0}}',
    });
  });

  it('formats back to the same steps', () => {
    const parsed = parseScenarioFile(FILE);
    if (!parsed.ok) throw new Error('parse');
    const again = parseScenarioFile(formatScenarioFile(parsed.file));
    expect(again.ok && again.file.scenarios).toEqual(parsed.file.scenarios);
  });

  it('says what is missing, with the location', () => {
    const bad = parseScenarioFile(
      'kind: Scenarios\nscenarios:\n  - name: x\n    steps:\n      - receive: {context: {source: webhook}}\n',
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems[0]).toMatchObject({
        message: expect.stringContaining('source and subject'),
        line: 5,
      });
  });
});
