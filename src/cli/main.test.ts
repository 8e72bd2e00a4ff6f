import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main';
import { EXAMPLES_DIR } from '../test/exampleFiles';

async function run(argv: string[], cwd = process.cwd()) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), cwd });
  return { code, out, err };
}

function scratch(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'eventflow-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const SENSOR = `apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: s
spec:
  dependencies:
    - name: dep
      eventSourceName: webhook
      eventName: build
  triggers:
    - template:
        name: t
        log: {}
`;

describe('eventflow (no command)', () => {
  it('prints help with exit 2, and --help with exit 0', async () => {
    expect((await run([])).code).toBe(2);
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('eventflow validate FILE|DIR...');
  });

  it('rejects unknown commands and options', async () => {
    expect((await run(['frobnicate'])).err).toContain("unknown command 'frobnicate'");
    const r = await run(['validate', '--colour', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown option --colour');
  });
});

describe('eventflow roundtrip', () => {
  it('passes every example, one line per file and a summary', async () => {
    const r = await run(['roundtrip', EXAMPLES_DIR]);
    const lines = r.out.trim().split('\n');
    expect(lines.at(-1)).toBe('134 passed, 0 failed');
    expect(lines.filter((l) => l.startsWith('PASS '))).toHaveLength(134);
    expect(r.code).toBe(0);
  });

  it('fails a broken file with its location', async () => {
    const dir = scratch({ 'bad.yaml': 'a: [1, 2\nb: 3\n' });
    const r = await run(['roundtrip', 'bad.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^FAIL bad\.yaml:\d+:\d+ yaml\.syntax /m);
    expect(r.out.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });
});

describe('eventflow validate', () => {
  it('accepts a valid file with exit 0', async () => {
    const dir = scratch({ 'ok.yaml': SENSOR });
    const r = await run(['validate', 'ok.yaml'], dir);
    expect(r.out).not.toMatch(/ error /);
    expect(r.code).toBe(0);
  });

  it('prints path:line:col severity code message and exits 1 on errors', async () => {
    const dir = scratch({
      'dup.yaml': SENSOR.replace(
        '  triggers:',
        '    - name: dep\n      eventSourceName: webhook\n  triggers:',
      ),
    });
    const r = await run(['validate', 'dup.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^dup\.yaml:\d+:\d+ error \S+ .*dep/m);
  });

  it('emits JSON with --format json', async () => {
    const dir = scratch({ 'ok.yaml': SENSOR });
    const r = await run(['validate', '--format', 'json', 'ok.yaml'], dir);
    const report = JSON.parse(r.out) as { files: number; errors: number; diagnostics: unknown[] };
    expect(report.files).toBe(1);
    expect(report.errors).toBe(0);
  });

  it('validates a directory recursively as one design', async () => {
    const r = await run(['validate', join(EXAMPLES_DIR, 'event-sources')]);
    expect(r.out).toMatch(/\d+ file\(s\) checked: 0 error\(s\)/);
    expect(r.code).toBe(0);
  });

  it('checks references across the files of a design', async () => {
    const r = await run(['validate', EXAMPLES_DIR]);
    // Names that do not match are accepted by the controller and cannot work: warnings.
    expect(r.out).toMatch(
      /sensors\/transform\.yaml:\d+:\d+ warning sensor\.dependency\.unknown-event EventSource "webhook" has no event "example-foo"/,
    );
    expect(r.code).toBe(0);
  });

  describe('bad input: a clear located error and a non-zero exit, never a crash or hang', () => {
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['broken YAML', 'kind: Sensor\nspec: {a: 1\n', /^broken\.yaml:\d+:\d+ error yaml\.syntax /m],
      [
        'a non-mapping document',
        'apiVersion: v1\nkind: ConfigMap\n---\n- just\n- a list\n',
        /^non-mapping\.yaml:3:1 error yaml\.not-a-mapping /m,
      ],
      [
        'an unknown kind',
        'apiVersion: argoproj.io/v1alpha1\nkind: EventSorce\nmetadata: {name: x}\n',
        /^unknown-kind\.yaml:\d+:\d+ error resource\.unknown-kind .*EventSource/m,
      ],
      [
        'binary junk',
        new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0xff, 0xfe]),
        /^binary\.yaml:1:1 error input\.binary /m,
      ],
      [
        'invalid UTF-8',
        new Uint8Array([0x61, 0x3a, 0x20, 0xc3, 0x28, 0x0a]),
        /^not-utf8\.yaml:1:1 error input\.not-utf8 /m,
      ],
      [
        'a 20 MB file',
        `# ${'x'.repeat(20 * 1024 * 1024)}\n`,
        /^big\.yaml:1:1 error input\.too-large .*20\.0 MB/m,
      ],
      [
        'an alias bomb',
        [
          'kind: ConfigMap',
          'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
          'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
          'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
          'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
          'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
          'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
          'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
          'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
          'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
          '',
        ].join('\n'),
        /^bomb\.yaml:\d+:\d+ error yaml\.alias-limit /m,
      ],
      [
        '10,000 levels of block nesting',
        `${'- '.repeat(10000)}x\n`,
        /^deep\.yaml:\d+:\d+ error yaml\.too-deep /m,
      ],
      [
        '10,000 levels of flow nesting',
        `a: ${'['.repeat(10000)}${']'.repeat(10000)}\n`,
        /^deep-flow\.yaml:\d+:\d+ error yaml\.too-deep /m,
      ],
    ];
    const names = [
      'broken',
      'non-mapping',
      'unknown-kind',
      'binary',
      'not-utf8',
      'big',
      'bomb',
      'deep',
      'deep-flow',
    ];
    it.each(cases.map((c, i) => [c[0], `${names[i]}.yaml`, c[1], c[2]] as const))(
      '%s',
      async (_, file, content, expected) => {
        const dir = scratch({ [file]: content });
        const r = await run(['validate', file], dir);
        expect(r.out).toMatch(expected);
        expect(r.err).toBe('');
        expect(r.code).toBe(1);
        // An unknown kind is valid YAML: roundtrip keeps such documents and passes them through.
        if (file === 'unknown-kind.yaml') return;
        const rt = await run(['roundtrip', file], dir);
        expect(rt.code).toBe(1);
        expect(rt.out).toMatch(/^FAIL /m);
      },
    );

    it('a missing path', async () => {
      const r = await run(['validate', 'nope.yaml'], scratch({}));
      expect(r.out).toMatch(/^nope\.yaml:1:1 error input\.not-found /m);
      expect(r.code).toBe(1);
    });
  });
});

describe('eventflow simulate', () => {
  const SEED = join(import.meta.dirname, '../examples/seed-build-pipeline.yaml');

  it('fires the hands-on trigger with the project in the Workflow (the acceptance case)', async () => {
    const r = await run([
      'simulate',
      SEED,
      '--event',
      'webhook/build={"project":"kubedojo","branch":"main","commit":"abc123"}',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as {
      firings: {
        sensor: string;
        trigger: string;
        type: string;
        resource: { spec: { arguments: { parameters: { value: string }[] } } };
      }[];
      trace: unknown[];
    };
    expect(out.firings).toHaveLength(1);
    expect(out.firings[0]).toMatchObject({
      sensor: 'build-sensor',
      trigger: 'trigger-workflow',
      type: 'argoWorkflow',
    });
    expect(out.firings[0]?.resource.spec.arguments.parameters[0]?.value).toBe('kubedojo');
    expect(out.trace.length).toBeGreaterThan(0);
  });

  it('explains in words why nothing fired', async () => {
    const r = await run(['simulate', SEED, '--event', 'webhook/build={"branch":"main"}']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "FAILED: argoWorkflow parameters: unable to resolve 'webhook-build' parameter value",
    );
    expect(r.out).toContain('0 trigger firing(s).');
  });

  it('reads bodies from files and rejects bad input with exit 2', async () => {
    const dir = scratch({ 'body.json': '{"project":"x"}' });
    expect(
      (await run(['simulate', SEED, '--event', 'webhook/build=@body.json'], dir)).out,
    ).toContain('FIRED');
    for (const args of [
      ['--event', 'nonsense'],
      ['--event', 'webhook/build=@missing.json'],
      ['--at', 'yesterday', '--event', 'webhook/build={}'],
      ['--advance', '3 days'],
      [],
    ]) {
      const r = await run(['simulate', SEED, ...args], dir);
      expect(r.code).toBe(2);
      expect(r.err).toContain('usage: eventflow simulate');
    }
  });
});

describe('eventflow conformance', () => {
  it('passes all public vectors', async () => {
    const r = await run([
      'conformance',
      join(import.meta.dirname, '../../fixtures/vectors/public.json'),
    ]);
    expect(r.out.trim().split('\n').at(-1)).toBe('120 passed, 0 failed');
    expect(r.code).toBe(0);
  });

  it('rejects a file that is not a vectors file', async () => {
    const dir = scratch({ 'x.json': '{"hello": 1}' });
    const r = await run(['conformance', 'x.json'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('not a vectors file');
  });
});
