import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, run, scratch, SENSOR, WEBHOOK } from '../testKit';
import { readInputs } from './inputs';

const SEED = readFileSync(join(EXAMPLES, 'seed-build-pipeline.yaml'), 'utf8');
const SCENARIOS = readFileSync(
  join(EXAMPLES, 'seed-build-pipeline.scenarios.yaml'),
  'utf8',
).replace(/^design:.*\n/m, '');

// Issue 15 item 3: "any YAML without kind (GitHub workflows, Helm values.yaml, node_modules) is an
// error; hidden folders are walked; .json is skipped; a folder of examples is one design".
describe('folders as people have them', () => {
  const repo = () =>
    scratch({
      'deploy/design.yaml': `${WEBHOOK}---\n${SENSOR}`,
      'deploy/sensor.json': JSON.stringify({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Sensor',
        metadata: { name: 'from-json' },
        spec: {
          dependencies: [{ name: 'd', eventSourceName: 'webhook', eventName: 'build' }],
          triggers: [{ template: { name: 't', log: {} } }],
        },
      }),
      '.github/workflows/ci.yaml': 'name: ci\non: [push]\njobs: {test: {runs-on: ubuntu-latest}}\n',
      '.git/config.yaml': 'not: [valid\n',
      'node_modules/pkg/chart.yaml': 'kind: [\n',
      'chart/values.yaml': 'replicaCount: 1\nimage: {repository: nginx}\n',
      'chart/Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.1.0\n',
      'package.json': '{"name": "x", "version": "1.0.0"}',
      'package-lock.json': `{"lockfileVersion": 3, "padding": "${'x'.repeat(11 * 1024 * 1024)}"}`,
    });

  it('hidden folders, node_modules and lock files are passed by; other YAML/JSON is skipped with one info line each; exit 0', async () => {
    const dir = repo();
    const r = await run(['validate', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('.github');
    expect(r.out).not.toContain('.git/');
    expect(r.out).not.toContain('node_modules');
    expect(r.out).not.toContain('package-lock.json');
    for (const f of ['chart/values.yaml', 'chart/Chart.yaml', 'package.json'])
      expect(r.out).toMatch(
        new RegExp(`^${f.replace('.', '\\.')}:1:1 info input\\.not-kubernetes `, 'm'),
      );
    expect(r.out).toMatch(/2 file\(s\) checked \(3 skipped\): 0 error/);
  });

  it('.json manifests are read as part of the design', async () => {
    const r = await run(['validate', 'deploy', '-o', 'json'], { cwd: repo() });
    const report = JSON.parse(r.out) as { summary: { files: number } };
    expect(report.summary.files).toBe(2);
  });

  it('a file named on the command line is always checked, manifest or not', async () => {
    const r = await run(['validate', 'chart/values.yaml'], { cwd: repo() });
    expect(r.out).not.toContain('input.not-kubernetes');
    expect(r.out).toContain('file.not-kubernetes');
  });

  it('--exclude GLOB (gitignore syntax, relative to the folder) and .eventflowignore files', async () => {
    const dir = scratch({
      'a.yaml': SENSOR,
      'legacy/old.yaml': 'kind: [\n',
      'drafts/x.tmpl.yaml': 'kind: [\n',
      'nested/.eventflowignore': 'broken.yaml\n',
      'nested/broken.yaml': 'kind: [\n',
      'nested/ok.yaml': WEBHOOK,
    });
    const all = await run(['validate', '.'], { cwd: dir });
    expect(all.out).toContain('legacy/old.yaml');
    expect(all.out).not.toContain('nested/broken.yaml');
    const excluded = await run(
      ['validate', '.', '--exclude', 'legacy/', '--exclude', '*.tmpl.yaml'],
      { cwd: dir },
    );
    expect(excluded.out).not.toContain('old.yaml');
    expect(excluded.out).not.toContain('tmpl.yaml');
    expect(excluded.code).toBe(0);
  });

  it('symbolic links to folders are followed once, so a loop ends', async () => {
    const dir = scratch({ 'a/s.yaml': SENSOR });
    symlinkSync('..', join(dir, 'a', 'up'));
    const inputs = await readInputs(['.'], { cwd: dir });
    expect(inputs.files.map((f) => f.path)).toEqual(['a/s.yaml']);
  });
});

describe('a kustomization.yaml decides membership', () => {
  const design = () =>
    scratch({
      'kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - pipeline.yaml\n  - base\n  - gone.yaml\n  - github.com/argoproj/argo-events/examples?ref=v1.9.0\n',
      'pipeline.yaml': SEED,
      'base/kustomization.yaml': 'resources: [sa.yaml]\n',
      'base/sa.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: sa}\n',
      'base/unlisted.yaml': 'kind: [\n',
      'draft.yaml': 'kind: [\n',
      'pipeline.scenarios.yaml': SCENARIOS,
    });

  it('only listed files (and listed folders, by their own kustomization) are the design', async () => {
    const dir = design();
    const inputs = await readInputs(['.'], { cwd: dir });
    expect(inputs.files.map((f) => f.path).sort()).toEqual([
      'base/sa.yaml',
      'pipeline.scenarios.yaml',
      'pipeline.yaml',
    ]);
    const r = await run(['validate', '.'], { cwd: dir });
    expect(r.out).toMatch(
      /^kustomization\.yaml:6:5 warning input\.kustomization-missing resource "gone\.yaml" is not there/m,
    );
    expect(r.out).toMatch(/^kustomization\.yaml:7:5 info input\.kustomization-remote /m);
    expect(r.out).toMatch(
      /^kustomization\.yaml:1:1 info input\.not-in-kustomization 2 YAML\/JSON file\(s\) .*draft\.yaml/m,
    );
    expect(r.out).not.toMatch(/yaml\.syntax/);
  });

  it('scenarios beside it still run with eventflow test', async () => {
    const r = await run(['test', '.'], { cwd: design() });
    expect(r.out.trim().split('\n').at(-1)).toBe('3 passed, 0 failed');
  });

  it('naming the kustomization file is the same as naming its folder', async () => {
    const dir = design();
    const a = await readInputs(['kustomization.yaml'], { cwd: dir });
    expect(a.files.map((f) => f.path).sort()).toEqual([
      'base/sa.yaml',
      'pipeline.scenarios.yaml',
      'pipeline.yaml',
    ]);
  });
});
