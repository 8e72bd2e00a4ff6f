import { describe, expect, it } from 'vitest';
import { formatLesson, parseLesson } from '../domain/lesson/lesson';
import { gradeFiles } from '../engine/lesson/gradeFiles';
import { LESSONS, LESSON_SOURCES } from './shippedLessons';

describe('shipped lessons', () => {
  it('are the seven lessons of the module, with unique ids', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([
      'build-pipeline',
      'only-main',
      'commit-sha',
      's3-csv-upload',
      'nightly-cleanup',
      'and-or',
      'secret-reference',
    ]);
    for (const l of LESSONS)
      for (const c of l.checks) expect(c.hint, `${l.id}: ${c.title}`).not.toBe('');
  });

  it.each(LESSONS.map((l) => [l.id, l] as const))(
    '%s: the reference solution passes every check',
    async (_id, lesson) => {
      const grades = await gradeFiles(lesson, lesson.solution);
      expect(
        grades.filter((g) => !g.pass).map((g) => `${g.title}: ${g.details.join('; ')}`),
      ).toEqual([]);
    },
  );

  it.each(LESSONS.map((l) => [l.id, l] as const))(
    '%s: the starting design does not pass yet, and says why',
    async (_id, lesson) => {
      const grades = await gradeFiles(lesson, lesson.start);
      const failed = grades.filter((g) => !g.pass);
      expect(failed.length).toBeGreaterThan(0);
      for (const g of failed) expect(g.details.length, g.title).toBeGreaterThan(0);
    },
  );

  it.each(LESSON_SOURCES.map((s, i) => [LESSONS[i]!.id, s] as const))(
    '%s: formatting and reading back gives the same lesson',
    (_id, source) => {
      const first = parseLesson(source);
      if (!first.ok) throw new Error(JSON.stringify(first.problems));
      const again = parseLesson(formatLesson(first.lesson));
      if (!again.ok) throw new Error(JSON.stringify(again.problems));
      expect(again.lesson).toEqual(first.lesson);
    },
  );
});

describe('lesson 1 grading, as a learner gets it wrong', () => {
  const lesson = LESSONS[0]!;
  const solution = lesson.solution[0]!.text;
  it('a wrong dataKey fails the output check with the hint and what was printed', async () => {
    const grades = await gradeFiles(lesson, [
      {
        path: 'design.yaml',
        text: solution.replace('dataKey: body.project', 'dataKey: body.projct'),
      },
    ]);
    const output = grades.find((g) => g.title.includes('kubedojo'))!;
    expect(output.pass).toBe(false);
    expect(output.hint).toMatch(/body\.project/);
    expect(output.details.join('\n')).toMatch(/kubedojo|fire/);
    expect(grades.filter((g) => !g.pass)).toHaveLength(1);
  });
  it('a webhook on another port fails the webhook check and names the field', async () => {
    const grades = await gradeFiles(lesson, [
      { path: 'design.yaml', text: solution.replace('port: "12000"', 'port: "8080"') },
    ]);
    const hook = grades.find((g) => g.title.startsWith('The webhook'))!;
    expect(hook.details).toEqual([
      'EventSource "webhook": spec.webhook.build.port is "8080", expected "12000"',
    ]);
  });
  it('a missing bus is named', async () => {
    const grades = await gradeFiles(lesson, [
      { path: 'design.yaml', text: solution.split('---').slice(1).join('---') },
    ]);
    expect(grades[0]!.details).toEqual(['there is no EventBus "default"']);
  });
});
