import { checkDesign } from '../../engine/checkDesign';
import { basename } from 'node:path';
import { listManifests, parseDesign, type DesignFile } from '../../domain/design/design';
import { encodeShareFragment } from '../../domain/share/shareLink';
import { gradeLesson, type CheckGrade, type ScenarioRunner } from '../../engine/lesson/gradeLesson';
import { parseLesson, type Lesson } from '../../domain/lesson/lesson';
import { stepInput } from '../../engine/scenario/checkScenario';
import { lastOption, UsageError } from '../args';
import {
  EXCLUDE_OPTION,
  readCommandInputs,
  reportInputs,
  TIMEOUT_OPTION,
  type Command,
  type CommandContext,
} from '../command';
import { loadDesign } from '../design/loadDesign';
import { yamlLocator } from '../design/yamlLocator';
import type { Engine } from '../engine/engine';
import { stopFinding } from '../engine/stopFinding';
import { finding } from '../report/finding';
import { DEFAULT_BASE } from './share';

export const lessonCommand: Command = {
  name: 'lesson',
  summary: 'check workshop lesson files, grade a design against a lesson, or print a lesson link',
  usage: 'lesson LESSON.yaml... [--grade FILE|DIR|-]... [--link [--base URL]] [options]',
  details: `
For teachers. Without options, checks each lesson file: its reference solution passes every check
and its starting design does not (ok/FAIL per lesson, then N passed, M failed). With --grade,
grades a design against one lesson: ✓ or ✗ per check with its hint, last line N of M checks pass.
With --link, prints the lesson's share link. Problems in a lesson file are reported with their line
and column. Scenario checks run under the same time and memory budget as eventflow test.`,
  options: [
    {
      name: 'grade',
      value: 'FILE|DIR|-',
      help: 'grade this design against the lesson (repeatable)',
    },
    { name: 'link', help: 'print the link that opens the lesson in the app' },
    { name: 'base', value: 'URL', help: `the app's address for --link (default ${DEFAULT_BASE})` },
    TIMEOUT_OPTION,
    EXCLUDE_OPTION,
  ],
  async run(context) {
    const { args, report } = context;
    const { positionals, options } = args;
    if (positionals.length === 0) throw new UsageError('give at least one lesson file');
    const grade = options.get('grade') ?? [];
    if ((grade.length || options.has('link')) && positionals.length !== 1)
      throw new UsageError('--grade and --link take exactly one lesson file');
    const inputs = await readCommandInputs(context, positionals);
    if (!reportInputs(report, inputs)) return;
    const lessons: { path: string; source: string; lesson: Lesson }[] = [];
    for (const f of inputs.files) {
      const read = parseLesson(f.text);
      if (read.ok) lessons.push({ path: f.path, source: f.text, lesson: read.lesson });
      else
        for (const p of read.problems)
          report.add(finding('error', 'lesson.invalid', p.message, f.path, p.line, p.col));
    }
    if (report.count('error') || lessons.length === 0) return;

    if (options.has('link')) {
      const { lesson, source } = lessons[0]!;
      const enc = encodeShareFragment({ name: lesson.title, files: lesson.start, lesson: source });
      if (!enc.ok) return void report.add(finding('error', 'share.too-large', enc.message));
      const link = `${lastOption(args, 'base') ?? DEFAULT_BASE}#${enc.fragment}`;
      report.data.link = link;
      report.line(link);
      return;
    }

    if (grade.length) {
      const designInputs = await readCommandInputs(context, grade);
      if (!reportInputs(report, designInputs)) return;
      const { path, source, lesson } = lessons[0]!;
      const files = loadDesign(designInputs.files).files.map((f) => ({
        path: f.path,
        text: f.parsed.text,
      }));
      const grades = await grade1(context, lesson, files);
      const at = yamlLocator(source);
      grades.forEach((g, i) => {
        if (g.pass) return report.line(`  ✓ ${g.title}`, 'ok', 'detail');
        const where = at(['checks', i, 'title']);
        report.add(
          finding(
            'error',
            'lesson.check-failed',
            `${g.title}: ${g.details.join('; ') || g.hint}`,
            path,
            where.line,
            where.col,
          ),
          [
            { text: `  ✗ ${g.title}`, style: 'bad' },
            { text: `      hint: ${g.hint}` },
            ...g.details.map((d) => ({ text: `      found: ${d}` })),
          ],
        );
      });
      const passed = grades.filter((g) => g.pass).length;
      report.counts.passed = passed;
      report.counts.checks = grades.length;
      report.data.checks = grades;
      report.line(
        `${passed} of ${grades.length} checks pass`,
        passed === grades.length ? 'ok' : 'bad',
      );
      return;
    }

    let bad = 0;
    const results: { file: string; id: string; pass: boolean; problems: string[] }[] = [];
    for (const { path, lesson } of lessons) {
      const solution = await grade1(context, lesson, lesson.solution);
      const start = await grade1(context, lesson, lesson.start);
      const problems = [
        ...solution
          .filter((g) => !g.pass)
          .map((g) => `the solution fails "${g.title}": ${g.details.join('; ')}`),
        ...(lesson.solution.length === 0 ? ['the lesson has no solution to prove its checks'] : []),
        ...(start.every((g) => g.pass) ? ['the starting design already passes every check'] : []),
      ];
      results.push({ file: path, id: lesson.id, pass: problems.length === 0, problems });
      const head = `${basename(path)} (${lesson.id}, ${lesson.checks.length} checks)`;
      if (!problems.length) {
        report.line(`ok   ${head}`, 'ok', 'detail');
        continue;
      }
      bad++;
      report.add(finding('error', 'lesson.failed', `${lesson.id}: ${problems.join('; ')}`, path), [
        { text: `FAIL ${head}`, style: 'bad' },
        ...problems.map((p) => ({ text: `    ${p}` })),
      ]);
    }
    report.counts.passed = lessons.length - bad;
    report.counts.failed = bad;
    report.data.results = results;
    report.line(`${lessons.length - bad} passed, ${bad} failed`, bad ? 'bad' : 'ok');
  },
};

/** Grades design files against a lesson, with the scenario checks on the command's engine. */
async function grade1(
  context: CommandContext,
  lesson: Lesson,
  files: readonly DesignFile[],
): Promise<CheckGrade[]> {
  const parsed = parseDesign(files);
  const entries = listManifests(parsed);
  const manifests = entries.map((m) => ({ kind: m.kind, value: m.value }));
  const diagnostics = checkDesign(parsed);
  const engine: Engine = context.engine();
  const runner: ScenarioRunner = async (scenarios) => {
    const verdicts = [];
    for (const s of scenarios) {
      const outcome = await engine.check(manifests, s);
      verdicts.push(
        outcome.ok
          ? { pass: outcome.value.pass, failures: outcome.value.failures }
          : {
              pass: false,
              failures: [
                stopFinding(outcome.stop, {
                  files: parsed,
                  entries,
                  inputs: s.steps.map(stepInput),
                  subject: 'the check',
                }).message,
              ],
            },
      );
    }
    return verdicts;
  };
  return gradeLesson(lesson, manifests, diagnostics, runner);
}
