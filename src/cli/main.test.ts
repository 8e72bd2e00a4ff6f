import { describe, expect, it } from 'vitest';
import { COMMANDS } from './main';
import { JSON_FORMAT } from './report/report';
import { run, scratch, SEED_PATH, SENSOR, WEBHOOK } from './testKit';
import { VERSION } from './version';

describe('eventflow conventions (issue 21: what kubectl, argo, kubeconform and eslint users expect)', () => {
  it('--version prints the package version on stdout, exit 0', async () => {
    const r = await run(['--version']);
    expect(r).toEqual({ code: 0, out: `${VERSION}\n`, err: '' });
  });

  it('no command: the overview on stderr, exit 2; --help, -h and help: on stdout, exit 0', async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('usage: eventflow COMMAND');
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.out).toContain('validate');
      expect(r.out).toContain('conformance');
      expect(r.err).toBe('');
    }
  });

  it.each([...COMMANDS.keys()])(
    '%s: help CMD, CMD --help and CMD -h print its usage and options on stdout, exit 0',
    async (name) => {
      const outs = [];
      for (const argv of [
        ['help', name],
        [name, '--help'],
        [name, '-h'],
        [name, 'x.yaml', '-h'],
      ]) {
        const r = await run(argv);
        expect(r.code).toBe(0);
        expect(r.err).toBe('');
        outs.push(r.out);
      }
      expect(new Set(outs).size).toBe(1);
      expect(outs[0]).toMatch(new RegExp(`^usage: eventflow ${name} `));
      expect(outs[0]).toContain('-o, --output FORMAT');
      expect(outs[0]).toContain('--max-warnings N');
      expect(outs[0]).toContain('exit codes: 0 clean');
    },
  );

  it('unknown commands and options are usage errors (exit 2, stderr)', async () => {
    const cmd = await run(['frobnicate']);
    expect(cmd.code).toBe(2);
    expect(cmd.err).toContain("unknown command 'frobnicate'");
    expect((await run(['help', 'frobnicate'])).code).toBe(2);
    const opt = await run(['validate', '--colour', 'x.yaml']);
    expect(opt.code).toBe(2);
    expect(opt.err).toContain('unknown option --colour');
    expect(opt.err).toContain('usage: eventflow validate');
    expect((await run(['validate', '-z', 'x.yaml'])).err).toContain('unknown option -z');
    expect((await run(['validate', '-o', 'yaml', 'x.yaml'])).err).toContain(
      '-o must be text, json or github',
    );
    expect((await run(['validate', '--max-warnings', 'many', 'x.yaml'])).code).toBe(2);
  });

  it('the same exit codes for every command: 2 for a path that is not there', async () => {
    const dir = scratch();
    const argvs = [
      ['validate', 'nope.yaml'],
      ['roundtrip', 'nope.yaml'],
      ['simulate', 'nope.yaml', '--event', 'a/b={}'],
      ['test', 'nope.yaml'],
      ['export', 'nope.yaml', '--out', 'out'],
      ['share', 'nope.yaml'],
      ['lesson', 'nope.yaml'],
      ['conformance', 'nope.json'],
      ['tap', '--bus', 'nats://127.0.0.1:1', 'nope.yaml'],
      ['publish', 'nope.yaml', '--event', 'a/b={}'],
    ];
    expect(argvs.map((a) => a[0])).toEqual([...COMMANDS.keys()]);
    // tap reads its design before it connects: nothing listens on port 1.
    for (const argv of argvs) {
      const r = await run(argv, { cwd: dir });
      expect([argv[0], r.code]).toEqual([argv[0], 2]);
      expect(r.out).toMatch(/^nope\.(yaml|json):1:1 error input\.not-found /m);
    }
  });
});

describe('output formats: -o text|json|github on every command', () => {
  const dir = scratch({ 'design.yaml': `${WEBHOOK}---\n${SENSOR}`, 'bad.yaml': 'kind: [\n' });

  it('json: one versioned document with exitCode, summary and located findings', async () => {
    const r = await run(['validate', 'bad.yaml', '-o', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as {
      format: string;
      command: string;
      exitCode: number;
      summary: { errors: number; files: number };
      findings: { file: string; line: number; col: number; severity: string; code: string }[];
    };
    expect(report).toMatchObject({ format: JSON_FORMAT, command: 'validate', exitCode: 1 });
    expect(report.summary).toMatchObject({ errors: 1, files: 1 });
    expect(report.findings[0]).toMatchObject({
      file: 'bad.yaml',
      severity: 'error',
      code: 'yaml.syntax',
    });
  });

  it.each([...COMMANDS.keys()])(
    '%s -o json prints one JSON document, even for unreadable input',
    async (name) => {
      const r = await run(
        [
          name,
          ...(name === 'simulate' ? ['--event', 'a/b={}'] : []),
          ...(name === 'export' ? ['--out', 'o'] : []),
          'missing.yaml',
          '-o',
          'json',
        ],
        { cwd: dir },
      );
      const report = JSON.parse(r.out) as { format: string; command: string; exitCode: number };
      expect(report).toMatchObject({ format: JSON_FORMAT, command: name, exitCode: 2 });
      expect(r.code).toBe(2);
    },
  );

  it('github: ::error file=…,line=…,col=…:: workflow annotations', async () => {
    const r = await run(['validate', 'bad.yaml', '-o', 'github'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^::error file=bad\.yaml,line=\d+,col=\d+,.*title=yaml\.syntax::\S/m);
    const ok = await run(['validate', 'design.yaml', '-o', 'github'], { cwd: dir });
    expect(ok.out).toMatch(/^::notice file=design\.yaml,line=\d+,col=\d+,/m);
  });

  it('--format stays an alias of -o; --output=json and -ojson work too', async () => {
    for (const flags of [['--format', 'json'], ['--output=json'], ['-ojson']]) {
      const r = await run(['validate', 'design.yaml', ...flags], { cwd: dir });
      expect(JSON.parse(r.out).command).toBe('validate');
    }
  });

  it('--quiet keeps errors and results only; --max-warnings N fails past N warnings', async () => {
    const loud = await run(['validate', 'design.yaml'], { cwd: dir });
    expect(loud.out).toMatch(/ info /);
    const quiet = await run(['validate', 'design.yaml', '-q'], { cwd: dir });
    expect(quiet.out).not.toMatch(/ (info|warning) /);
    expect(quiet.out).toMatch(/file\(s\) checked/);
    const warn = scratch({
      'w.yaml': SENSOR.replace(
        'eventName: build',
        'eventName: build\n      filters: {data: [{path: body.x, type: string, value: []}]}',
      ),
    });
    const w = await run(['validate', 'w.yaml', '-o', 'json'], { cwd: warn });
    const warnings = (JSON.parse(w.out) as { summary: { warnings: number } }).summary.warnings;
    expect(warnings).toBeGreaterThan(0);
    expect(
      (await run(['validate', 'w.yaml', '--max-warnings', String(warnings)], { cwd: warn })).code,
    ).toBe(w.code);
    const over = await run(['validate', 'w.yaml', '--max-warnings', String(warnings - 1)], {
      cwd: warn,
    });
    expect(over.code).toBe(1);
    expect(over.out).toContain(`more than --max-warnings ${warnings - 1}`);
  });

  it('colours only when asked for (a terminal without NO_COLOR), and only in text', async () => {
    const plain = await run(['validate', 'bad.yaml'], { cwd: dir });
    expect(plain.out).not.toContain('\u001b[');
    const coloured = await run(['validate', 'bad.yaml'], { cwd: dir, color: true });
    expect(coloured.out).toContain('\u001b[31merror\u001b[0m');
    const json = await run(['validate', 'bad.yaml', '-o', 'json'], { cwd: dir, color: true });
    expect(json.out).not.toContain('\u001b[');
  });
});

describe('standard input: - reads it', () => {
  it('validate - (helm template … | eventflow validate -)', async () => {
    const r = await run(['validate', '-'], { stdin: `${WEBHOOK}---\n${SENSOR}` });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1 file\(s\) checked: 0 error/);
    const bad = await run(['validate', '-'], { stdin: 'kind: [\n' });
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/^<stdin>:\d+:\d+ error yaml\.syntax/m);
  });

  it('simulate with --event …=@- and a design on disk', async () => {
    const r = await run(['simulate', SEED_PATH, '--event', 'webhook/build=@-'], {
      stdin: '{"project":"kubedojo"}',
    });
    expect(r.code).toBe(0);
    expect(r.out).toContain('predicted output: Received event data: kubedojo');
  });

  it('only one reader of standard input', async () => {
    const r = await run(['validate', '-', '-'], { stdin: SENSOR });
    expect(r.code).toBe(2);
    expect(r.err).toContain('standard input (-) can be read only once');
    const both = await run(['simulate', '-', '--event', 'a/b=@-'], { stdin: SENSOR });
    expect(both.code).toBe(2);
  });

  it('no standard input at all is unreadable input', async () => {
    const r = await run(['validate', '-']);
    expect(r.code).toBe(2);
    expect(r.out).toContain('<stdin>:1:1 error input.unreadable');
  });

  it('roundtrip and conformance read it too', async () => {
    expect((await run(['roundtrip', '-'], { stdin: SENSOR })).out).toContain('PASS <stdin>');
    const vectors = await run(['conformance', '-'], {
      stdin: '{"format":"argo-events-semantics-vectors/1","vectors":[]}',
    });
    expect(vectors.out).toContain('0 passed, 0 failed');
  });
});
