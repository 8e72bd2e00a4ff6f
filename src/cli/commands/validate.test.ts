import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../test/exampleFiles';
import { run, scratch, SENSOR } from '../testKit';

describe('eventflow validate', () => {
  it('accepts a valid file with exit 0', async () => {
    const r = await run(['validate', 'ok.yaml'], { cwd: scratch({ 'ok.yaml': SENSOR }) });
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
    const r = await run(['validate', 'dup.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^dup\.yaml:\d+:\d+ error \S+ .*dep/m);
  });

  it('validates a directory recursively as one design', async () => {
    const r = await run(['validate', join(EXAMPLES_DIR, 'event-sources')]);
    expect(r.out).toMatch(/\d+ file\(s\) checked: 0 error\(s\)/);
    expect(r.code).toBe(0);
  });

  it('checks references across the files of a design', async () => {
    const r = await run(['validate', EXAMPLES_DIR]);
    expect(r.out).toMatch(
      /sensors\/transform\.yaml:\d+:\d+ warning sensor\.dependency\.unknown-event EventSource "webhook" has no event "example-foo"/,
    );
    // Names that do not match are accepted by the controller and cannot work: warnings.
    expect(r.code).toBe(0);
  });

  it('--each checks a folder of independent examples one file at a time', async () => {
    const r = await run(['validate', '--each', EXAMPLES_DIR, '-q']);
    expect(r.out).not.toContain('sensor.dependency.unknown-event');
    expect(r.out).toMatch(/134 file\(s\) checked/);
  });

  describe('bad input: a located error, never a crash or a hang', () => {
    // Text that cannot be read as YAML text at all is unreadable input (exit 2); YAML that reads
    // but is wrong is a finding (exit 1).
    const cases: [string, string, string | Uint8Array, RegExp, number][] = [
      [
        'broken YAML',
        'broken.yaml',
        'kind: Sensor\nspec: {a: 1\n',
        /^broken\.yaml:\d+:\d+ error yaml\.syntax /m,
        1,
      ],
      [
        'a non-mapping document',
        'list.yaml',
        'apiVersion: v1\nkind: ConfigMap\n---\n- just\n- a list\n',
        /^list\.yaml:3:1 error yaml\.not-a-mapping /m,
        1,
      ],
      [
        'an unknown kind',
        'kind.yaml',
        'apiVersion: argoproj.io/v1alpha1\nkind: EventSorce\nmetadata: {name: x}\n',
        /^kind\.yaml:\d+:\d+ error resource\.unknown-kind .*EventSource/m,
        1,
      ],
      [
        'binary junk',
        'binary.yaml',
        new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0xff, 0xfe]),
        /^binary\.yaml:1:1 error input\.binary /m,
        2,
      ],
      [
        'invalid UTF-8',
        'latin.yaml',
        new Uint8Array([0x61, 0x3a, 0x20, 0xc3, 0x28, 0x0a]),
        /^latin\.yaml:1:1 error input\.not-utf8 /m,
        2,
      ],
      [
        'a 20 MB file',
        'big.yaml',
        `# ${'x'.repeat(20 * 1024 * 1024)}\n`,
        /^big\.yaml:1:1 error input\.too-large more than 10 MiB, the limit/m,
        2,
      ],
      [
        'an alias bomb',
        'bomb.yaml',
        [
          'kind: ConfigMap',
          'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
          ...'bcdefghi'
            .split('')
            .map((c, i) => `${c}: &${c} [${`*${'abcdefghi'[i]},`.repeat(8)}*${'abcdefghi'[i]}]`),
          '',
        ].join('\n'),
        /^bomb\.yaml:\d+:\d+ error yaml\.alias-limit /m,
        1,
      ],
      [
        '10,000 levels of block nesting',
        'deep.yaml',
        `${'- '.repeat(10000)}x\n`,
        /^deep\.yaml:\d+:\d+ error yaml\.too-deep /m,
        1,
      ],
      [
        '10,000 levels of flow nesting',
        'flow.yaml',
        `a: ${'['.repeat(10000)}${']'.repeat(10000)}\n`,
        /^flow\.yaml:\d+:\d+ error yaml\.too-deep /m,
        1,
      ],
    ];
    it.each(cases)('%s', async (_, file, content, expected, code) => {
      const dir = scratch({ [file]: content });
      const r = await run(['validate', file], { cwd: dir });
      expect(r.out).toMatch(expected);
      expect(r.err).toBe('');
      expect(r.code).toBe(code);
      // An unknown kind is valid YAML: roundtrip keeps such documents and passes them through.
      if (file === 'kind.yaml') return;
      const rt = await run(['roundtrip', file], { cwd: dir });
      expect(rt.code).toBe(code);
    });
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
    const r = await run(['roundtrip', 'bad.yaml'], {
      cwd: scratch({ 'bad.yaml': 'a: [1, 2\nb: 3\n' }),
    });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^FAIL bad\.yaml:\d+:\d+ yaml\.syntax /m);
    expect(r.out.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });
});
