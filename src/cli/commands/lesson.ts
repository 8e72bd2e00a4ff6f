import { basename } from 'node:path';
import { parseLesson, type Lesson } from '../../engine/lesson/lesson';
import { gradeFiles } from '../../engine/lesson/gradeFiles';
import type { CheckGrade } from '../../engine/lesson/gradeLesson';
import { readBundle } from '../../domain/bundle/gitLayout';
import { encodeShareFragment } from '../../domain/share/shareLink';
import { lastOption, parseArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { readInputs } from '../readInputs';

export const LESSON_USAGE =
  'eventflow lesson LESSON.yaml... [--grade FILE|DIR]... [--link [--base URL]]';
const DEFAULT_BASE = 'http://127.0.0.1:4173/';

/**
 * For teachers: checks lesson files (the solution passes every check, the start does not), grades a
 * design against one lesson with `--grade`, or prints a lesson's share link with `--link`.
 */
export async function lessonCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, {
    grade: { takesValue: true },
    link: { takesValue: false },
    base: { takesValue: true },
  });
  if (!parsed.ok) return usage(io, parsed.error);
  const { positionals, options } = parsed.args;
  if (positionals.length === 0) return usage(io, 'give at least one lesson file');
  const grade = options.get('grade') ?? [];
  if ((grade.length || options.has('link')) && positionals.length !== 1)
    return usage(io, '--grade and --link take exactly one lesson file');

  const inputs = readInputs(positionals, io.cwd);
  for (const p of inputs.problems) io.err(`${p.path}:1:1 error ${p.code} ${p.message}\n`);
  if (inputs.problems.length) return EXIT_USAGE;
  const lessons: { path: string; source: string; lesson: Lesson }[] = [];
  let unreadable = false;
  for (const f of inputs.files) {
    const read = parseLesson(f.text);
    if (read.ok) lessons.push({ path: f.path, source: f.text, lesson: read.lesson });
    else {
      unreadable = true;
      for (const p of read.problems)
        io.err(`${f.path}:${p.line}:${p.col} error lesson.invalid ${p.message}\n`);
    }
  }
  if (unreadable) return EXIT_FINDINGS;

  if (options.has('link')) {
    const { lesson, source } = lessons[0]!;
    const enc = encodeShareFragment({ name: lesson.title, files: lesson.start, lesson: source });
    if (!enc.ok) return (io.err(`eventflow lesson: ${enc.message}\n`), EXIT_USAGE);
    io.out(`${lastOption(parsed.args, 'base') ?? DEFAULT_BASE}#${enc.fragment}\n`);
    return EXIT_OK;
  }

  if (grade.length) {
    const design = readInputs(grade, io.cwd);
    for (const p of design.problems) io.err(`${p.path}:1:1 error ${p.code} ${p.message}\n`);
    if (design.problems.length) return EXIT_USAGE;
    const files = readBundle(design.files).files;
    const grades = await gradeFiles(lessons[0]!.lesson, files);
    for (const g of grades) io.out(gradeLine(g));
    const passed = grades.filter((g) => g.pass).length;
    io.out(`${passed} of ${grades.length} checks pass\n`);
    return passed === grades.length ? EXIT_OK : EXIT_FINDINGS;
  }

  let bad = 0;
  for (const { path, lesson } of lessons) {
    const solution = await gradeFiles(lesson, lesson.solution);
    const start = await gradeFiles(lesson, lesson.start);
    const failing = solution.filter((g) => !g.pass);
    const problems = [
      ...failing.map((g) => `the solution fails "${g.title}": ${g.details.join('; ')}`),
      ...(lesson.solution.length === 0 ? ['the lesson has no solution to prove its checks'] : []),
      ...(start.every((g) => g.pass) ? ['the starting design already passes every check'] : []),
    ];
    if (problems.length) bad++;
    io.out(
      `${problems.length ? 'FAIL' : 'ok  '} ${basename(path)} (${lesson.id}, ${lesson.checks.length} checks)\n`,
    );
    for (const p of problems) io.out(`    ${p}\n`);
  }
  io.out(`${lessons.length - bad} passed, ${bad} failed\n`);
  return bad ? EXIT_FINDINGS : EXIT_OK;
}

function gradeLine(g: CheckGrade): string {
  if (g.pass) return `  ✓ ${g.title}\n`;
  return `  ✗ ${g.title}\n      hint: ${g.hint}\n${g.details.map((d) => `      found: ${d}\n`).join('')}`;
}

function usage(io: CliIo, error: string): number {
  io.err(`eventflow lesson: ${error}\nusage: ${LESSON_USAGE}\n`);
  return EXIT_USAGE;
}
