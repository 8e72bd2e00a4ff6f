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

  it('reports a broken scenarios file with its location and exit 2', async () => {
    const dir = scratch({
      'pipeline.yaml': SEED,
      'scenarios.yaml':
        'kind: Scenarios\nscenarios:\n  - name: x\n    steps:\n      - advance: soon\n',
    });
    const r = await run(['test', join(dir, 'scenarios.yaml')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /scenarios\.yaml:5:\d+ error scenario.invalid scenarios.0.steps.0.advance/,
    );
    expect((await run(['test', join(dir, 'pipeline.yaml')])).code).toBe(2);
  });
});

describe('eventflow export and share', () => {
  it('exports the Git layout whose scenarios pass where they land, byte-stable across runs', async () => {
    const out1 = mkdtempSync(join(tmpdir(), 'eventflow-export-'));
    const out2 = mkdtempSync(join(tmpdir(), 'eventflow-export-'));
    const inputs = [
      join(EXAMPLES, 'seed-build-pipeline.yaml'),
      join(EXAMPLES, 'seed-build-pipeline.scenarios.yaml'),
    ];
    expect((await run(['export', ...inputs, '--out', out1])).code).toBe(0);
    expect((await run(['export', ...inputs, '--out', out2])).code).toBe(0);
    for (const f of [
      'eventbus/default.yaml',
      'event-sources/webhook.yaml',
      'sensors/build-sensor.yaml',
      'kustomization.yaml',
      'scenarios.yaml',
    ]) {
      expect(readFileSync(join(out1, f), 'utf8')).toBe(readFileSync(join(out2, f), 'utf8'));
    }
    const tested = await run(['test', out1]);
    expect(tested.out.trimEnd().split('\n').at(-1)).toBe('3 passed, 0 failed');
    expect((await run(['export', ...inputs])).code).toBe(2);
  });

  it('prints a share link the app opens', async () => {
    const r = await run([
      'share',
      join(EXAMPLES, 'seed-build-pipeline.yaml'),
      '--base',
      'https://studio.example/',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^https:\/\/studio\.example\/#design=v1\.[A-Za-z0-9_-]+\n$/);
  });
});
