import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { decodeShareFragment } from '../../domain/share/shareLink';

const LESSONS = join(import.meta.dirname, '../../lessons');
const LESSON_1 = join(LESSONS, '01-build-pipeline.lesson.yaml');
const SEED = join(import.meta.dirname, '../../examples/seed-build-pipeline.yaml');

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (s) => (out += s),
    err: (s) => (err += s),
    cwd: process.cwd(),
  });
  return { code, out, err };
}

function scratch(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'eventflow-lesson-'));
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

describe('eventflow lesson', () => {
  it('checks every shipped lesson: the solution passes, the start does not', async () => {
    const r = await run(['lesson', LESSONS]);
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('7 passed, 0 failed');
  });

  it('grades a design against a lesson', async () => {
    const good = await run(['lesson', LESSON_1, '--grade', SEED]);
    expect(good.code).toBe(0);
    expect(good.out.trimEnd().split('\n').at(-1)).toBe('6 of 6 checks pass');
    const empty = await run(['lesson', LESSON_1, '--grade', scratch('empty.yaml', '')]);
    expect(empty.code).toBe(1);
    expect(empty.out).toContain('✗ An EventBus named default runs on JetStream');
    expect(empty.out).toContain('hint: Search the palette for "JetStream"');
    expect(empty.out.trimEnd().split('\n').at(-1)).toBe('0 of 6 checks pass');
  });

  it('reports a broken lesson file with its line and column', async () => {
    const r = await run([
      'lesson',
      scratch(
        'bad.lesson.yaml',
        'apiVersion: eventflow.dev/v1alpha1\nkind: Lesson\nid: Bad Id\ntitle: t\ngoal: g\nchecks: []\n',
      ),
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/bad\.lesson\.yaml:3:5 error lesson\.invalid id: lowercase letters/);
    expect(r.out).toMatch(
      /bad\.lesson\.yaml:6:9 error lesson\.invalid checks: a list of at least one check/,
    );
  });

  it('says when the solution fails its own checks', async () => {
    const r = await run([
      'lesson',
      scratch(
        'wrong.lesson.yaml',
        'apiVersion: eventflow.dev/v1alpha1\nkind: Lesson\nid: wrong\ntitle: t\ngoal: g\nchecks:\n  - title: a bus\n    hint: add it\n    resource: {kind: EventBus, name: default}\nsolution: |\n  apiVersion: argoproj.io/v1alpha1\n  kind: EventBus\n  metadata: {name: other}\n  spec: {jetstream: {version: "2.9.22"}}\n',
      ),
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('FAIL wrong.lesson.yaml');
    expect(r.out).toContain(
      'the solution fails "a bus": there is no EventBus "default" (the design has "other")',
    );
  });

  it('prints a link that opens the lesson in the app', async () => {
    const r = await run(['lesson', LESSON_1, '--link', '--base', 'https://eventflow.example/']);
    expect(r.code).toBe(0);
    const link = r.out.trim();
    expect(link.startsWith('https://eventflow.example/#design=v1.')).toBe(true);
    const decoded = decodeShareFragment(link.slice(link.indexOf('#')));
    expect(decoded?.ok && decoded.design.lesson).toContain('id: build-pipeline');
  });
});
