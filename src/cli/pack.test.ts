// Issue 21, "Done means": pack the package, install it into a folder outside the repository and run
// every command there, with the output formats, standard input, exit codes and a closed pipe; and
// run the README's CI recipes as written.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { WebSocket } from 'ws';
import { beforeAll, describe, expect, it } from 'vitest';
import { client, createUpstreamStream } from './live/liveTest.testkit';
import { consumerNames, skipLive, startNatsServer } from './live/natsServer.testkit';

const ROOT = join(import.meta.dirname, '../..');
const EXAMPLES = join(ROOT, 'src/examples');
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
const HANDS_ON = 'webhook/build={"project":"kubedojo","branch":"main","commit":"abc123"}';

let app = '';
let bin = '';

function eventflow(
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv } = {},
): SpawnSyncReturns<string> {
  return spawnSync(bin, args, {
    cwd: app,
    encoding: 'utf8',
    timeout: 60_000,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '', ...options.env },
  });
}

function shell(command: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync('bash', ['-c', command], {
    cwd: app,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
}

beforeAll(() => {
  const tmp = mkdtempSync(join(tmpdir(), 'eventflow-pack-'));
  expect(relative(ROOT, tmp).startsWith('..')).toBe(true);
  const pack = spawnSync('npm', ['pack', '--pack-destination', tmp], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(pack.status, pack.stderr).toBe(0);
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'))!;
  app = join(tmp, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{"name": "consumer", "private": true}\n');
  const install = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--offline', join(tmp, tarball)],
    {
      cwd: app,
      encoding: 'utf8',
    },
  );
  expect(install.status, install.stderr).toBe(0);
  bin = join(app, 'node_modules/.bin/eventflow');
  mkdirSync(join(app, 'deploy'));
  cpSync(join(EXAMPLES, 'seed-build-pipeline.yaml'), join(app, 'deploy/pipeline.yaml'));
  writeFileSync(
    join(app, 'deploy/pipeline.scenarios.yaml'),
    readFileSync(join(EXAMPLES, 'seed-build-pipeline.scenarios.yaml'), 'utf8').replace(
      /^design:.*\n/m,
      '',
    ),
  );
  writeFileSync(join(app, 'broken.yaml'), 'kind: [\n');
  cpSync(join(ROOT, 'src/lessons/01-build-pipeline.lesson.yaml'), join(app, 'lesson.yaml'));
  cpSync(join(EXAMPLES, 'github-push-build.yaml'), join(app, 'github.yaml'));
  cpSync(join(ROOT, 'third_party/argo-events/examples'), join(app, 'examples'), {
    recursive: true,
  });
}, 240_000);

describe('the packed package, installed outside the repository', { timeout: 120_000 }, () => {
  it('is one bundled file with no TypeScript and no dependencies', () => {
    const pkg = join(app, 'node_modules/eventflow-studio');
    const files = readdirSync(pkg, { recursive: true }).map(String);
    expect(files.filter((f) => /\.tsx?$/.test(f))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/cli/eventflow.mjs',
        'dist/cli/THIRD_PARTY_NOTICES.txt',
        'fixtures/vectors/public.json',
      ]),
    );
    expect(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([
      'eventflow-studio',
    ]);
  });

  it('--version, --help, help CMD and CMD -h', () => {
    expect(eventflow(['--version'])).toMatchObject({
      status: 0,
      stdout: `${VERSION}\n`,
      stderr: '',
    });
    expect(eventflow(['--help'])).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('commands:'),
    });
    const help = eventflow(['help', 'validate']);
    expect(help).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^usage: eventflow validate /),
    });
    expect(eventflow(['validate', '-h']).stdout).toBe(help.stdout);
    expect(eventflow([])).toMatchObject({ status: 2, stdout: '' });
  });

  it('validate: text, json, github; exit 0, 1 and 2; standard input', () => {
    expect(eventflow(['validate', 'deploy'])).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/1 file\(s\) checked: 0 error/),
    });
    const json = eventflow(['validate', 'broken.yaml', '-o', 'json']);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      format: 'eventflow-cli/1',
      command: 'validate',
      exitCode: 1,
    });
    expect(eventflow(['validate', 'broken.yaml', '-o', 'github']).stdout).toMatch(
      /^::error file=broken\.yaml,line=\d+,col=\d+,/m,
    );
    expect(eventflow(['validate', 'missing.yaml']).status).toBe(2);
    expect(
      eventflow(['validate', '-'], {
        input: readFileSync(join(EXAMPLES, 'seed-build-pipeline.yaml'), 'utf8'),
      }),
    ).toMatchObject({ status: 0 });
    expect(eventflow(['validate', '-'], { input: 'kind: [\n' }).stdout).toMatch(
      /^<stdin>:\d+:\d+ error yaml\.syntax/m,
    );
    // helm template output piped in; an unrendered {{ … }} raises no library warning on stderr.
    const helm = eventflow(['validate', '-'], {
      input: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\n',
    });
    expect(helm.stderr).toBe('');
  });

  it('roundtrip, simulate, test, export, share, lesson and conformance', () => {
    expect(eventflow(['roundtrip', 'examples']).stdout).toMatch(/134 passed, 0 failed\n$/);
    const sim = eventflow(['simulate', 'deploy/pipeline.yaml', '--event', HANDS_ON]);
    expect(sim.status).toBe(0);
    expect(sim.stdout).toContain('predicted output: Received event data: kubedojo');
    const simJson = JSON.parse(
      eventflow(['simulate', 'deploy', '--event', 'webhook/build=@-', '-o', 'json'], {
        input: '{"project":"kubedojo"}',
      }).stdout,
    ) as { firings: { output: string[] }[] };
    expect(simJson.firings[0]?.output).toEqual(['Received event data:', 'kubedojo']);
    // A GitHub source with a webhookSecret: the signature header comes from --header.
    const push = 'github/app-repo={"ref":"refs/heads/main","after":"abc"}';
    expect(eventflow(['simulate', 'github.yaml', '-e', push]).status).toBe(1);
    const signed = eventflow([
      'simulate',
      'github.yaml',
      '-e',
      push,
      '--header',
      'X-GitHub-Event: push',
      '--header',
      'X-Hub-Signature-256: sha256=00',
      '--method',
      'POST',
    ]);
    expect(signed.status, signed.stdout).toBe(0);
    expect(signed.stdout).toContain('Trigger github-build/build FIRED');
    expect(eventflow(['simulate', 'github.yaml', '-e', push, '--header', 'nocolon']).status).toBe(
      2,
    );
    expect(eventflow(['test', 'deploy']).stdout).toMatch(/3 passed, 0 failed\n$/);
    const exported = eventflow(['export', 'deploy', '--out', 'gitops', '-o', 'json']);
    expect(JSON.parse(exported.stdout).written).toContain('sensors/build-sensor.yaml');
    expect(eventflow(['test', 'gitops']).stdout).toMatch(/3 passed, 0 failed\n$/);
    expect(eventflow(['share', 'deploy']).stdout).toMatch(
      /^http:\/\/127\.0\.0\.1:4173\/#design=v1\./,
    );
    expect(eventflow(['lesson', 'lesson.yaml']).stdout).toMatch(/1 passed, 0 failed\n$/);
    expect(eventflow(['lesson', 'lesson.yaml', '--grade', 'deploy/pipeline.yaml']).stdout).toMatch(
      /6 of 6 checks pass\n$/,
    );
    expect(eventflow(['conformance'])).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/120 passed, 0 failed\n$/),
    });
  });

  it('a closed pipe ends quietly, with the command’s exit code', () => {
    const r = shell(
      `"${bin}" roundtrip examples | head -1; echo "eventflow exit \${PIPESTATUS[0]}" >&2`,
    );
    expect(r.stdout).toMatch(/^PASS \S+\n$/);
    expect(r.stderr).toBe('eventflow exit 0\n');
  });

  it('colours on a terminal only, never with NO_COLOR', () => {
    const tty = (env: NodeJS.ProcessEnv) =>
      shell(`script -qec '"${bin}" validate broken.yaml' /dev/null`, env);
    expect(tty({ NO_COLOR: '' }).stdout).toContain('\u001b[31merror');
    expect(tty({ NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
    expect(eventflow(['validate', 'broken.yaml']).stdout).not.toContain('\u001b[');
  });

  it('the watchdog and the bounded reads hold in the bundle', () => {
    writeFileSync(
      join(app, 'runaway.yaml'),
      readFileSync(join(EXAMPLES, 'seed-build-pipeline.yaml'), 'utf8').replace(
        'eventName: build\n',
        'eventName: build\n      transform:\n        jq: "def f: f; f"\n',
      ),
    );
    const r = eventflow(['simulate', 'runaway.yaml', '--event', HANDS_ON, '--timeout', '1s']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /error engine\.stopped-time .*the jq program `def f: f; f` \(the jq transform of build-sensor\/webhook-build\)/,
    );
    expect(eventflow(['validate', '/dev/zero']).stdout).toContain(
      'this is a character device, not a regular file',
    );
  });
});

describe.skipIf(skipLive)(
  'tap and publish from the installed bundle, on a real nats-server',
  { timeout: 120_000 },
  () => {
    it('follows the bus, serves the app, publishes after --yes, and stops on Ctrl-C leaving nothing', async () => {
      const server = await startNatsServer();
      try {
        const nc = await client(server.url);
        await createUpstreamStream(nc);
        await nc.close();
        const tap = spawn(bin, ['tap', '--bus', server.url, 'deploy/pipeline.yaml', '--serve'], {
          cwd: app,
          env: { ...process.env, NO_COLOR: '1' },
        });
        let out = '';
        const seen = (re: RegExp) =>
          new Promise<string>((resolve, reject) => {
            const t = setTimeout(() => reject(new Error(`no ${re} in:\n${out}`)), 30_000);
            const check = () => {
              const m = re.exec(out);
              if (m) {
                clearTimeout(t);
                resolve(m[0]);
              }
            };
            tap.stdout.on('data', (d: Buffer) => ((out += d.toString()), check()));
            check();
          });
        const url = await seen(/ws:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/);
        await seen(/^Following /m);
        const ws = new WebSocket(url);
        const events: string[] = [];
        ws.on('message', (d) => events.push(String(d)));
        await new Promise((r) => ws.once('open', r));
        const published = eventflow([
          'publish',
          '--bus',
          server.url,
          'deploy/pipeline.yaml',
          '--event',
          HANDS_ON,
          '--yes',
        ]);
        expect(published.stdout).toMatch(
          /^Published webhook\/build to nats:\/\/127\.0\.0\.1:\d+ as event [0-9a-f]{32}: stream default, seq 1\.\n$/,
        );
        await seen(/predicted output: Received event data: kubedojo/);
        await new Promise((r) => setTimeout(r, 200));
        expect(events.some((e) => e.includes('"type":"event"'))).toBe(true);
        const exited = new Promise<number | null>((r) => tap.once('exit', (c) => r(c)));
        tap.kill('SIGINT');
        expect(await exited).toBe(0);
        expect(out.trimEnd().split('\n').at(-1)).toBe(
          '1 event(s) followed, 1 trigger firing(s), 0 bad message(s).',
        );
        expect(consumerNames(await server.jsz())).toEqual([]);
        ws.close();
      } finally {
        await server.dispose();
      }
    });
  },
);

describe('the README CI recipes, run as written', { timeout: 120_000 }, () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = (name: string) => {
    const at = readme.indexOf(`<!-- ci-recipe: ${name} -->`);
    expect(at).toBeGreaterThan(-1);
    const fence = readme.indexOf('```', at);
    return readme.slice(readme.indexOf('\n', fence) + 1, readme.indexOf('\n```', fence));
  };
  const commands = (text: string) =>
    text
      .split('\n')
      .map((l) => l.replace(/^\s*- run: /, '').trim())
      .filter((l) => l.startsWith('npx --no-install eventflow '));

  it('the GitHub Actions job and the pre-commit hook pass on a good design and stop a broken one', () => {
    const all = [...commands(block('github-actions')), ...commands(block('pre-commit'))];
    expect(all.map((c) => c.split(' ')[3])).toEqual(['validate', 'test', 'validate', 'test']);
    for (const c of all) expect([c, shell(c).status]).toEqual([c, 0]);
    const hook = block('pre-commit');
    writeFileSync(join(app, 'pre-commit'), hook);
    expect(shell('sh pre-commit').status).toBe(0);
    writeFileSync(
      join(app, 'deploy/typo.yaml'),
      readFileSync(join(EXAMPLES, 'seed-build-pipeline.yaml'), 'utf8').replace(
        'kind: Sensor',
        'kind: Sensr',
      ),
    );
    const failed = shell('sh pre-commit');
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/^deploy\/typo\.yaml:\d+:\d+ error resource\.unknown-kind/m);
    const annotated = shell(commands(block('github-actions'))[0]!);
    expect(annotated.stdout).toMatch(/^::error file=deploy\/typo\.yaml,/m);
  });
});
