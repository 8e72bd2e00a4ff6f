import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, scratch, SENSOR } from '../testKit';
import { escapeControl, githubData, githubProperty, oneLine, safeJson } from './escape';

/** Any character a terminal or a CI log would act on. */
const RAW_CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('escaping what is printed', () => {
  it('control characters, C1 controls, line separators and bidi overrides become escapes', () => {
    expect(escapeControl('a\u001b[2Kb\rc\nd\te\u0000f\u009bg\u2028h\u202ei')).toBe(
      'a\\x1b[2Kb\\rc\\nd\\te\\x00f\\x9bg\\u2028h\\u202ei',
    );
    expect(escapeControl('plain ünïcödé ✓')).toBe('plain ünïcödé ✓');
    expect(oneLine('first\n  second\u001b')).toBe('first second\\x1b');
    expect(safeJson({ s: '\u009b\u2028' })).toBe('{\n  "s": "\\u009b\\u2028"\n}');
    expect(JSON.parse(safeJson({ s: '\u009b\u2028\u001b' }))).toEqual({ s: '\u009b\u2028\u001b' });
  });

  it('GitHub annotations: %, CR and LF escaped in data; also : and , in properties', () => {
    expect(githubData('100%\nfake')).toBe('100%25 fake');
    expect(githubProperty('a:b,c')).toBe('a%3Ab%2Cc');
  });
});

// Issue 23 "Spoofing": names with escape sequences rewrote a failing line to read "ALL GOOD", and a
// file name with a new line made a fake PASS line.
describe('names and paths from the input cannot forge output lines', () => {
  const hostile = SENSOR.replace('name: s\n', 'name: "s\\e[2K\\rALL GOOD"\n').replace(
    'name: t\n',
    'name: "t\\e]0;owned\\a\\u202e"\n',
  );

  it('simulate and test print escape sequences from names as text', async () => {
    const dir = scratch({
      'design.yaml': hostile,
      'scenarios.yaml':
        'kind: Scenarios\nscenarios:\n  - name: "ok\\e[2K\\rALL GOOD"\n    steps: [{send: webhook/build, body: {}}]\n    expect: []\n',
    });
    const sim = await run(['simulate', 'design.yaml', '--event', 'webhook/build={}'], { cwd: dir });
    expect(sim.out).toContain('s\\x1b[2K\\rALL GOOD');
    expect(sim.out + sim.err).not.toMatch(RAW_CONTROL);
    for (const format of ['text', 'github', 'json']) {
      const t = await run(['test', '.', '-o', format], { cwd: dir });
      expect(t.code).toBe(1);
      expect(t.out + t.err).not.toMatch(RAW_CONTROL);
      expect(t.out.split('\n').filter((l) => /^\s*ALL GOOD/.test(l))).toEqual([]);
    }
  });

  it('a file name with a new line does not make a PASS line', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'x.yaml\nPASS fake.yaml'), 'kind: [\n');
    writeFileSync(join(dir, '\u001b[32mgreen.yaml'), SENSOR);
    for (const argv of [
      ['roundtrip', '.'],
      ['validate', '.'],
      ['validate', '.', '-o', 'github'],
    ]) {
      const r = await run(argv, { cwd: dir });
      expect(r.out).not.toMatch(/^PASS fake\.yaml/m);
      expect(r.out).toContain('x.yaml\\nPASS fake.yaml');
      expect(r.out).not.toMatch(RAW_CONTROL);
    }
  });

  it('a line that would start like a workflow command does not become one', async () => {
    const dir = scratch();
    writeFileSync(join(dir, '::error file=x::forged.yaml'), 'kind: [\n');
    const r = await run(['roundtrip', '.', '-o', 'github'], { cwd: dir });
    expect(r.out.split('\n').filter((l) => l.startsWith('::error'))).toEqual([
      expect.stringMatching(/^::error file=%3A%3Aerror file=x%3A%3Aforged\.yaml,/),
    ]);
  });
});
