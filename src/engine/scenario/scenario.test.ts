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

const FILE = `apiVersion: eventflow.dev/v1alpha1
kind: Scenarios
scenarios:
  - name: the webhook submits the workflow
    steps:
      - send: webhook/build
        body: {project: kubedojo, branch: main, commit: abc123}
    expect:
      - fire: build-sensor/trigger-workflow
        values: {spec.arguments.parameters.0.value: kubedojo}
        output: "Received event data: kubedojo"
`;

describe('scenario files', () => {
  it('parse, and format back to the same scenarios', () => {
    const parsed = parseScenarioFile(FILE);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.file.scenarios[0]).toMatchObject({
      name: 'the webhook submits the workflow',
      start: '2026-01-01T09:00:00Z',
    });
    const again = parseScenarioFile(formatScenarioFile(parsed.file));
    expect(again.ok && again.file).toEqual(parsed.file);
  });

  it('report mistakes with their line', () => {
    const bad = parseScenarioFile(
      FILE.replace('send: webhook/build', 'send: webhook').replace(
        'fire: build-sensor/trigger-workflow',
        'fire: x',
      ),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => [p.line, p.message])).toEqual([
      [6, 'scenarios.0.steps.0.send: SOURCE/EVENT, e.g. webhook/build'],
      [9, 'scenarios.0.expect.0.fire: SENSOR/TRIGGER'],
    ]);
    expect(parseScenarioFile('kind: Other\n')).toMatchObject({ ok: false });
    expect(parseScenarioFile('kind: [\n')).toMatchObject({ ok: false });
  });
});

describe('checkScenario', () => {
  const parsed = parseScenarioFile(FILE);
  if (!parsed.ok) throw new Error('fixture');
  const scenario = parsed.file.scenarios[0]!;

  it('passes when the firings, values and predicted output match', async () => {
    const r = await checkScenario(design, scenario);
    expect(r.failures).toEqual([]);
    expect(r.pass).toBe(true);
  });

  it('says what differs: a value, the output, a missing or an extra firing', async () => {
    const other = { ...scenario, steps: [{ send: 'webhook/build', body: { project: 'other' } }] };
    expect((await checkScenario(design, other)).failures).toEqual([
      'build-sensor/trigger-workflow: spec.arguments.parameters.0.value is "other", expected "kubedojo"',
      'build-sensor/trigger-workflow: output "Received event data:\\nother", expected it to contain "Received event data: kubedojo"',
    ]);
    expect((await checkScenario(design, { ...scenario, steps: [] })).failures).toEqual([
      'expected build-sensor/trigger-workflow to fire, but nothing fired',
    ]);
    expect((await checkScenario(design, { ...scenario, expect: [] })).failures).toEqual([
      'build-sensor/trigger-workflow fired, which the scenario does not expect',
    ]);
  });
});
