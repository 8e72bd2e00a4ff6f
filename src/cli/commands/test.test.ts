import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';

const EXAMPLES = join(import.meta.dirname, '../../examples');

async function run(argv: string[], cwd = process.cwd()) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), cwd });
  return { code, out, err };
}

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'eventflow-test-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const SEED = readFileSync(join(EXAMPLES, 'seed-build-pipeline.yaml'), 'utf8');
const scenarios = (expectBlock: string) => `kind: Scenarios
scenarios:
  - name: fires
    steps:
      - send: webhook/build
        body: {project: kubedojo}
    expect:
${expectBlock}`;

describe('eventflow test', () => {
  it('passes on the shipped scenarios, last line N passed, M failed', async () => {
    const r = await run(['test', EXAMPLES]);
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n').at(-1)).toMatch(/^[1-9]\d* passed, 0 failed$/);
  });

  it('uses the YAML beside a scenarios file without a design list, and exits 1 with the reason on failure', async () => {
    const dir = scratch({
      'pipeline.yaml': SEED,
      'scenarios.yaml': scenarios(
        '      - fire: build-sensor/trigger-workflow\n        values: {spec.arguments.parameters.0.value: other}\n',
      ),
    });
    const r = await run(['test', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ fires');
    expect(r.out).toContain('spec.arguments.parameters.0.value is "kubedojo", expected "other"');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });

  it('reports a broken scenarios file with its location (exit 1); no scenarios at all is a usage error (exit 2)', async () => {
    const dir = scratch({
      'pipeline.yaml': SEED,
      'scenarios.yaml':
        'kind: Scenarios\nscenarios:\n  - name: x\n    steps:\n      - advance: soon\n',
    });
    const r = await run(['test', join(dir, 'scenarios.yaml')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /scenarios\.yaml:5:\d+ error scenario.invalid scenarios.0.steps.0.advance/,
    );
    expect((await run(['test', join(dir, 'pipeline.yaml')])).code).toBe(2);
  });
  it('replays a CloudEvent as the sensor received it (receive: with data or its exact dataRaw text)', async () => {
    // What Save run as scenario writes for a live event from `tap --serve`.
    const context = `{id: e1, source: webhook, specversion: "1.0", type: webhook, subject: build,
            time: "2026-01-01T09:00:00Z", datacontenttype: application/json}`;
    const dir = scratch({
      'pipeline.yaml': SEED,
      'scenarios.yaml': `kind: Scenarios
scenarios:
  - name: data as YAML
    steps:
      - receive:
          context: ${context}
          data: {header: {}, body: {project: kubedojo}}
    expect:
      - fire: build-sensor/trigger-workflow
        values: {spec.arguments.parameters.0.value: kubedojo}
  - name: data as its exact text
    steps:
      - receive:
          context: ${context}
          dataRaw: '{"header":{},"body":{"project":"raw"}}'
    expect:
      - fire: build-sensor/trigger-workflow
        values: {spec.arguments.parameters.0.value: raw}
`,
    });
    const r = await run(['test', dir]);
    expect(r.err).toBe('');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('2 passed, 0 failed');
    expect(r.code).toBe(0);
  });
});
