import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment } from '../../domain/share/shareLink';
import { EXAMPLES, run, scratch, SENSOR, WEBHOOK } from '../testKit';

const SEED = join(EXAMPLES, 'seed-build-pipeline.yaml');
const SEED_SCENARIOS = join(EXAMPLES, 'seed-build-pipeline.scenarios.yaml');
const BUS = (name: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: EventBus\nmetadata:\n  name: ${name}\nspec:\n  jetstream: {version: "2.9.22"}\n`;

/** Every file under `dir` with its bytes, for "same design, same bytes". */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

// Issue 21 "Export you can commit".
describe('eventflow export', () => {
  it('lays the design out for Git; its scenarios pass where they land; the same design gives the same bytes', async () => {
    const out1 = scratch();
    const out2 = scratch();
    expect((await run(['export', SEED, SEED_SCENARIOS, '--out', out1])).code).toBe(0);
    expect((await run(['export', SEED, SEED_SCENARIOS, '--out', out2])).code).toBe(0);
    expect(Object.keys(tree(out1))).toEqual([
      '.eventflow-export.json',
      'event-sources/webhook.yaml',
      'eventbus/default.yaml',
      'kustomization.yaml',
      'scenarios.yaml',
      'sensors/build-sensor.yaml',
    ]);
    expect(tree(out1)).toEqual(tree(out2));
    const tested = await run(['test', out1]);
    expect(tested.out.trimEnd().split('\n').at(-1)).toBe('3 passed, 0 failed');
    const zip1 = join(scratch(), 'a.zip');
    const zip2 = join(scratch(), 'b.zip');
    await run(['export', SEED, '--zip', zip1]);
    await run(['export', SEED, '--zip', zip2]);
    expect(readFileSync(zip1).equals(readFileSync(zip2))).toBe(true);
    expect((await run(['export', SEED])).code).toBe(2);
  });

  it('refuses a design with YAML errors (exit 1, located, nothing written) unless --force', async () => {
    const dir = scratch({ 'design.yaml': readFileSync(SEED, 'utf8'), 'broken.yaml': 'kind: [\n' });
    const out = join(dir, 'out');
    const r = await run(['export', '.', '--out', out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^broken\.yaml:\d+:\d+ error yaml\.syntax /m);
    expect(r.out).toContain(
      'export refused: 1 error(s); nothing was written (fix them, or pass --force)',
    );
    expect(existsSync(out)).toBe(false);
    const forced = await run(['export', '.', '--out', out, '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.out).toMatch(/^broken\.yaml:\d+:\d+ warning yaml\.syntax /m);
    expect(readFileSync(join(out, 'other/broken.yaml'), 'utf8')).toBe('kind: [\n');
    expect(forced.out).toMatch(/out: 5 file\(s\) written$/m);
  });

  it('refuses validation errors too', async () => {
    const dir = scratch({
      // A dependency without eventName: the controller refuses the Sensor.
      's.yaml': SENSOR.replace(
        'eventName: build',
        'eventName: build\n    - name: other\n      eventSourceName: webhook',
      ),
    });
    const r = await run(['export', 's.yaml', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('a file over the document limit is an error, not an empty resource list', async () => {
    const many = Array.from(
      { length: 2500 },
      (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${i}}\n`,
    ).join('---\n');
    const dir = scratch({ 'many.yaml': many });
    const r = await run(['export', 'many.yaml', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^many\.yaml:\d+:\d+ error yaml\.\S+ .*2,?000/m);
  });

  it('two resources that would share a file are an error naming both files, --force or not', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 8; i++) files[`bus-${i}.yaml`] = BUS('default');
    const dir = scratch(files);
    for (const force of [[], ['--force']]) {
      const r = await run(['export', '.', '--out', 'out', '-o', 'json', ...force], { cwd: dir });
      expect(r.code).toBe(1);
      const dup = (
        JSON.parse(r.out) as { findings: { code: string; file: string; message: string }[] }
      ).findings.filter((f) => f.code === 'export.duplicate-name');
      expect(dup).toHaveLength(7);
      expect(dup[0]).toMatchObject({ file: 'bus-2.yaml' });
      expect(dup[0]!.message).toContain('like the one in bus-1.yaml:1:1');
      expect(existsSync(join(dir, 'out'))).toBe(false);
    }
  });

  it('a Service and an Ingress of one name each get a file', async () => {
    const dir = scratch({
      'design.yaml': `${WEBHOOK}---\napiVersion: v1\nkind: Service\nmetadata: {name: webhook}\nspec: {ports: [{port: 12000}]}\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: webhook}\n`,
    });
    const r = await run(['export', 'design.yaml', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(Object.keys(tree(join(dir, 'out')))).toEqual(
      expect.arrayContaining(['other/ingress-webhook.yaml', 'other/service-webhook.yaml']),
    );
  });

  it('keeps every scenarios file, with its design list pointing at the exported files', async () => {
    const two = readFileSync(join(EXAMPLES, 'two-sources-and-or.scenarios.yaml'), 'utf8');
    const dir = scratch({
      'seed.yaml': readFileSync(SEED, 'utf8'),
      'seed.scenarios.yaml': readFileSync(SEED_SCENARIOS, 'utf8').replace(
        /^design:.*$/m,
        'design: [seed.yaml]',
      ),
      // One EventBus "default" for both designs: two would be a duplicate.
      'two.yaml': readFileSync(join(EXAMPLES, 'two-sources-and-or.yaml'), 'utf8')
        .split(/^---\n/m)
        .filter((d) => !/^kind: EventBus$/m.test(d))
        .join('---\n'),
      'two.scenarios.yaml': two.replace(/^design:.*$/m, 'design: [two.yaml]'),
    });
    const r = await run(['export', '.', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = tree(join(dir, 'out'));
    expect(Object.keys(out).filter((p) => p.endsWith('scenarios.yaml'))).toEqual([
      'seed.scenarios.yaml',
      'two.scenarios.yaml',
    ]);
    expect(out['seed.scenarios.yaml']).toMatch(/design:\n {2}- event-sources\/webhook\.yaml/);
    const before = (
      await run(['test', 'seed.scenarios.yaml', 'two.scenarios.yaml'], { cwd: dir })
    ).out
      .trimEnd()
      .split('\n')
      .at(-1);
    const after = (await run(['test', 'out'], { cwd: dir })).out.trimEnd().split('\n').at(-1);
    expect(after).toBe(before);
    expect(after).toMatch(/^([1-9]\d*) passed, 0 failed$/);
    // Exporting again into a folder inside the design does not read the last export back in.
    expect((await run(['export', '.', '--out', 'out'], { cwd: dir })).code).toBe(0);
  });

  it('removes what a previous export wrote and this one does not; --clean also what no manifest lists', async () => {
    const dir = scratch({ 'a.yaml': BUS('default'), 'b.yaml': BUS('other') });
    const out = join(dir, 'out');
    await run(['export', '.', '--out', 'out'], { cwd: dir });
    expect(existsSync(join(out, 'eventbus/other.yaml'))).toBe(true);
    writeFileSync(join(out, 'README.md'), 'mine');
    writeFileSync(join(out, 'sensors.yaml'), 'kind: mine\n');
    const second = await run(['export', 'a.yaml', '--out', 'out', '-o', 'json'], { cwd: dir });
    expect(JSON.parse(second.out)).toMatchObject({ removed: ['eventbus/other.yaml'] });
    expect(existsSync(join(out, 'eventbus/other.yaml'))).toBe(false);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('mine');
    mkdirSync(join(out, 'sensors'));
    writeFileSync(join(out, 'sensors/by-hand.yaml'), SENSOR);
    await run(['export', 'a.yaml', '--out', 'out'], { cwd: dir });
    expect(existsSync(join(out, 'sensors/by-hand.yaml'))).toBe(true);
    await run(['export', 'a.yaml', '--out', 'out', '--clean'], { cwd: dir });
    expect(existsSync(join(out, 'sensors/by-hand.yaml'))).toBe(false);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('mine');
    expect(Object.keys(tree(out)).sort()).toEqual([
      '.eventflow-export.json',
      'README.md',
      'eventbus/default.yaml',
      'kustomization.yaml',
      'sensors.yaml',
    ]);
  });

  it('never writes through, or removes past, a symbolic link; a manifest cannot name other files', async () => {
    const dir = scratch({ 'a.yaml': BUS('default') });
    const elsewhere = scratch({ 'keep.yaml': 'precious\n' });
    const out = join(dir, 'out');
    mkdirSync(out);
    symlinkSync(elsewhere, join(out, 'eventbus'));
    const r = await run(['export', 'a.yaml', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.out).toContain('symbolic link');
    expect(readdirSync(elsewhere)).toEqual(['keep.yaml']);
    const out2 = join(dir, 'out2');
    mkdirSync(out2);
    writeFileSync(
      join(out2, '.eventflow-export.json'),
      JSON.stringify({
        format: 'eventflow-export/1',
        files: ['../a.yaml', '/etc/passwd', 'eventbus/../../a.yaml'],
      }),
    );
    expect((await run(['export', 'a.yaml', '--out', 'out2'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'a.yaml'))).toBe(true);
  });
});

describe('eventflow share', () => {
  it('prints a share link the app opens, with the scenarios', async () => {
    const r = await run(['share', SEED, SEED_SCENARIOS, '--base', 'https://studio.example/']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^https:\/\/studio\.example\/#design=v1\.[A-Za-z0-9_-]+\n$/);
    const decoded = decodeShareFragment(r.out.trim().slice(r.out.indexOf('#')));
    expect(decoded?.ok && decoded.design.scenarios).toContain('kind: Scenarios');
  });

  it('exits 1 over the link limit', async () => {
    let seed = 1;
    const noise = () => ((seed = (seed * 16807) % 2147483647), seed.toString(36));
    const big = Array.from(
      { length: 4000 },
      (_, i) =>
        `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${i}}\ndata: {k: "${noise()}${noise()}${noise()}"}\n`,
    ).join('---\n');
    const r = await run(['share', 'big.yaml'], { cwd: scratch({ 'big.yaml': big }) });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /error share\.too-large This design needs a \d+ KB link; links are limited to 60 KB/,
    );
  });
});
